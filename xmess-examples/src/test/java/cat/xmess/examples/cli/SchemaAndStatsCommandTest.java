package cat.xmess.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.Facet;
import cat.xmess.catalog.FacetCounts;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Catalog;
import cat.xmess.model.CatalogFormat;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Confidence;
import cat.xmess.model.Province;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SchemaAndStatsCommandTest {
  private final XmessCatalog catalog = XmessCatalog.bundled();

  @Test
  void schemaIsPrintedExactly() {
    Cli.Result result = Cli.run("schema").expectExit(0);

    assertEquals(CatalogFormat.schemaJson(), result.out());
    assertEquals(CatalogFormat.SCHEMA_ID, result.json().get("$id").asString());
    // The format option does not change the schema: it is JSON already.
    assertEquals(result.out(), Cli.run("schema", "--format", "json").expectExit(0).out());
  }

  @Test
  void statsJsonCountsAreTheApiCounts() {
    JsonNode stats = Cli.run("stats", "--format", "json").expectExit(0).json();
    Catalog data = catalog.catalog();

    JsonNode records = stats.get("records");
    assertEquals(data.initiatives().size(), records.get("initiative").asInt());
    assertEquals(data.memberBodies().size(), records.get("member-body").asInt());
    assertEquals(data.sources().size(), records.get("source").asInt());
    for (CodelistKind kind : CodelistKind.values()) {
      assertEquals(data.codelists().entries(kind).size(),
          records.get(RecordType.of(kind).code()).asInt(), kind.code());
    }

    FacetCounts facets = catalog.facets(InitiativeQuery.all());
    int categorised = 0;
    for (CodeDefinition category : data.codelists().entries(CodelistKind.POLICY_CATEGORIES)) {
      int count = stats.get("initiativesPerCategory").get(category.code()).asInt();
      assertEquals(facets.count(Facet.POLICY_CATEGORY, category.code()), count, category.code());
      categorised += count;
    }
    assertEquals(data.initiatives().size(), categorised);

    for (Province province : Province.values()) {
      long expected =
          data.memberBodies().stream().filter(b -> b.province() == province).count();
      assertEquals(expected,
          stats.get("memberBodiesPerProvince").get(province.code()).asLong(), province.code());
    }
    for (Confidence confidence : Confidence.values()) {
      assertEquals(
          catalog.initiatives(InitiativeQuery.builder().confidence(confidence).build()).size(),
          stats.get("initiativesPerConfidence").get(confidence.code()).asInt());
      assertEquals(
          data.memberBodies().stream().filter(b -> b.confidence() == confidence).count(),
          stats.get("memberBodiesPerConfidence").get(confidence.code()).asLong());
    }

    JsonNode metadata = stats.get("metadata");
    assertEquals(catalog.metadata().dataVersion(), metadata.get("dataVersion").asString());
    assertEquals(catalog.metadata().schemaVersion(), metadata.get("schemaVersion").asString());
    assertEquals(catalog.metadata().license().id(), metadata.get("license").get("id").asString());
  }

  @Test
  void statsTextIsLocalised() {
    String en = Cli.run("stats", "--lang", "en").expectExit(0).out();
    assertTrue(en.startsWith(catalog.metadata().title().en()), en);
    assertTrue(en.contains("Member bodies per province"), en);
    assertTrue(en.contains("Data version: " + catalog.metadata().dataVersion()), en);

    String ca = Cli.run("stats").expectExit(0).out();
    assertTrue(ca.contains("Ens membres per província"), ca);
  }

  @Test
  void statsOfAUserCatalog(@TempDir Path dir) throws Exception {
    Path file = TestCatalogs.validCopy(dir);
    assertEquals(
        Cli.run("stats", "--format", "json").expectExit(0).out(),
        Cli.run("stats", "--format", "json", "--catalog", file.toString()).expectExit(0).out());
  }
}
