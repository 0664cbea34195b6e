package cat.xmess.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.XmessCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The council workflow example runs on a real overlay and says what it did. */
class CouncilOverlayTest {
  @Test
  void mergesReportsProvenanceAndDiffAndExports(@TempDir Path dir) throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    JsonNode bundled = json.readTree(CatalogExporter.json(XmessCatalog.bundled().catalog()));
    ObjectNode overlay = json.createObjectNode();
    overlay.set("metadata", ((ObjectNode) bundled.get("metadata")).without("checksum"));
    overlay.putObject("codelists");
    ObjectNode initiative = ((ObjectNode) bundled.at("/initiatives/0")).put("id", "mercat-social-del-consell");
    overlay.putArray("initiatives").add(initiative);
    Path file = Files.writeString(dir.resolve("council.json"), json.writeValueAsString(overlay));

    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    CouncilOverlay.run(file, dir.resolve("out"), new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String printed = buffer.toString(StandardCharsets.UTF_8);

    assertTrue(printed.contains("layer 1: " + file), printed);
    assertTrue(printed.contains("mercat-social-del-consell comes from " + file), printed);
    assertTrue(printed.contains("+ initiative mercat-social-del-consell"), printed);
    assertTrue(Files.readString(dir.resolve("out/csv/initiatives.csv")).contains("\"mercat-social-del-consell\""));
    assertTrue(Files.readString(dir.resolve("out/report.html")).contains("id=\"initiative-mercat-social-del-consell\""));
  }
}
