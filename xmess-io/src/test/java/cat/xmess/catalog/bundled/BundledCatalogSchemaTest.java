package cat.xmess.catalog.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.CatalogFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The bundled catalog conforms to the published schema and passes every validation layer. */
class BundledCatalogSchemaTest {
  private static Schema schema;

  @BeforeAll
  static void compileSchema() {
    JsonNode schemaNode = BundledJson.MAPPER.readTree(CatalogFormat.schemaJson());
    assertEquals(CatalogFormat.SCHEMA_ID, schemaNode.get("$id").asString(),
        "the published schema's $id is the one CatalogFormat announces");
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(CatalogFormat.SCHEMA_ID), schemaNode);
  }

  @Test
  void bundledJsonHasNoSchemaErrorsWithNetworkntDirectly() {
    List<com.networknt.schema.Error> errors = schema.validate(BundledJson.tree());
    assertTrue(errors.isEmpty(), () -> "schema errors in the bundled catalog:\n" + errors);
  }

  @Test
  void theSameSchemaRejectsABrokenCopy() {
    // Guards against a vacuous pass: the compiled schema must actually constrain documents.
    ObjectNode broken = BundledJson.tree();
    broken.remove("metadata");
    ((ObjectNode) broken.get("initiatives").get(0)).put("yearStart", "soon");
    List<com.networknt.schema.Error> errors = schema.validate(broken);
    assertTrue(errors.stream().anyMatch(e -> "required".equals(e.getKeyword())), errors::toString);
    assertTrue(errors.stream().anyMatch(e -> "type".equals(e.getKeyword())), errors::toString);
  }

  @Test
  void aCopyOfTheResourceValidatesAsAFile(@TempDir Path dir) {
    ValidationReport report = XmessCatalog.validate(BundledJson.copyTo(dir));
    assertTrue(report.isValid(), report::toString);
  }

  @Test
  void theResourceBytesAndStreamValidateThroughTheStandardReader() {
    byte[] bytes = BundledJson.bytes();
    ValidationReport fromBytes = CatalogReader.standard().validate(bytes);
    assertTrue(fromBytes.isValid(), fromBytes::toString);
    ValidationReport fromStream = CatalogReader.standard().validate(new ByteArrayInputStream(bytes));
    assertTrue(fromStream.isValid(), fromStream::toString);
  }

  @Test
  void loadingTheFileThroughEveryLayerGivesTheSameModelAsTheBundledCatalog(@TempDir Path dir) {
    XmessCatalog validated = XmessCatalog.load(BundledJson.copyTo(dir));
    assertEquals(XmessCatalog.bundled().catalog(), validated.catalog());
    assertFalse(validated.catalog().initiatives().isEmpty());
    ValidationReport modelReport = XmessCatalog.validate(validated.catalog());
    assertTrue(modelReport.isValid(), modelReport::toString);
  }
}
