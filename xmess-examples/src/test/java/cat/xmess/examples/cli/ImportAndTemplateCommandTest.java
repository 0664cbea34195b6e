package cat.xmess.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.hostile.HostileWorkbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code xmess export --format xlsx}, {@code xmess import} and {@code xmess template}. */
class ImportAndTemplateCommandTest {
  private static final XmessCatalog BUNDLED = XmessCatalog.bundled();

  @TempDir Path dir;

  @Test
  void exportThenImportGivesBackTheCatalogFile() throws Exception {
    Path workbook = dir.resolve("catalog.xlsx");
    Cli.run("export", "--format", "xlsx", "--output", workbook.toString()).expectExit(0);
    Path json = dir.resolve("out/catalog.json");
    JsonNode result = Cli.run("import", workbook.toString(), "--output", json.toString(), "--format", "json")
        .expectExit(0).json();
    assertEquals(CatalogExporter.json(BUNDLED.catalog()), Files.readString(json));
    assertEquals(BUNDLED.metadata().checksum(), result.get("checksum").asString());
    Cli.run("validate", json.toString()).expectExit(0);
  }

  @Test
  void everyErrorNamesItsCellAndNothingIsWritten() throws Exception {
    HostileWorkbooks.Case typo = HostileWorkbooks.workbooks().stream()
        .filter(c -> c.code().code().equals("unknown-code")).findFirst().orElseThrow();
    Path workbook = typo.writeTo(dir);
    Path json = dir.resolve("catalog.json");
    Files.writeString(json, "previous");
    JsonNode report = Cli.run("import", workbook.toString(), "--output", json.toString(), "--format", "json")
        .expectExit(1).json();
    JsonNode error = report.get("errors").get(0);
    assertEquals(typo.cell(), error.get("cell").asString());
    assertEquals("unknown-code", error.get("code").asString());
    assertEquals("/initiatives/0/category", error.get("pointer").asString());
    assertEquals("previous", Files.readString(json), "nothing written");

    Cli.Result text = Cli.run("import", workbook.toString(), "--output", json.toString(), "--lang", "en").expectExit(1);
    assertTrue(text.out().contains(typo.cell() + " /initiatives/0/category [unknown-code]"), text.out());
    assertTrue(text.out().contains("did you mean \"knowledge-planning\"?"), text.out());
  }

  @Test
  void eachBadWorkbookExitsWithOneAndWritesNothing() {
    for (HostileWorkbooks.Case bad : HostileWorkbooks.all()) {
      Path input = bad.writeTo(dir);
      Path json = dir.resolve(bad.fileName() + ".json");
      JsonNode report = Cli.run("import", input.toString(), "--output", json.toString(), "--format", "json")
          .expectExit(1).json();
      assertFalse(Files.exists(json), bad.name());
      boolean found = false;
      for (JsonNode error : report.get("errors")) {
        assertTrue(error.has("cell"), bad.name());
        found |= error.get("code").asString().equals(bad.code().code())
            && (bad.cell() == null ? error.get("cell").isNull() : bad.cell().equals(error.get("cell").asString()));
      }
      assertTrue(found, bad.name() + ": " + report);
    }
  }

  @Test
  void aTemplateHasItsInstructionsInTheChosenLanguage() throws Exception {
    Path template = dir.resolve("blank.xlsx");
    Cli.run("template", "--format", "xlsx", "--output", template.toString(), "--lang", "en").expectExit(0);
    try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(template.toFile())) {
      assertEquals("en", workbook.findSheet("instructions").orElseThrow().read().get(0).getCellText(0));
    }
    Cli.run("template", "--format", "csv", "--output", dir.resolve("x").toString()).expectExit(2);
  }

  @Test
  void anOverlayImportKeepsOnlyWhatIsNewAndMergesOntoTheBase() throws Exception {
    Path csv = dir.resolve("csv");
    Cli.run("export", "--format", "csv", "--output", csv.toString()).expectExit(0);
    Path initiatives = csv.resolve("initiatives.csv");
    List<String> lines = Files.readAllLines(initiatives, StandardCharsets.UTF_8);
    String id = BUNDLED.catalog().initiatives().get(0).id();
    Files.writeString(initiatives, String.join("\r\n", lines) + "\r\n"
        + lines.get(1).replaceFirst("\"" + id + "\"", "\"mercat-del-consell\"") + "\r\n", StandardCharsets.UTF_8);
    Path overlay = dir.resolve("overlay.json");
    Cli.run("import", csv.toString(), "--overlay", "--output", overlay.toString()).expectExit(0);
    JsonNode own = tools.jackson.databind.json.JsonMapper.shared().readTree(overlay.toFile());
    assertEquals(1, own.get("initiatives").size());
    assertEquals("mercat-del-consell", own.get("initiatives").get(0).get("id").asString());
    assertFalse(own.has("memberBodies") || own.has("sources") || own.has("network"), own.toString());
    assertEquals(BUNDLED.catalog().initiatives().size() + 1,
        BUNDLED.withOverlays(overlay).catalog().initiatives().size());
  }
}
