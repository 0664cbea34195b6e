package cat.xmess.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code xmess export} and {@code xmess diff}, and {@code --overlay} on search, show and stats. */
class ExportAndDiffCommandTest {
  private static final XmessCatalog BUNDLED = XmessCatalog.bundled();

  @TempDir Path dir;

  /**
   * An overlay adding one initiative, a copy of the first bundled one under a new id and title: the
   * bundled catalog's metadata (without its checksum) and that initiative, nothing else.
   */
  private Path overlay(String id) throws Exception {
    ObjectNode bundled = (ObjectNode) Json.MAPPER.readTree(CatalogExporter.json(BUNDLED.catalog()));
    ObjectNode root = Json.object();
    root.set("metadata", ((ObjectNode) bundled.get("metadata")).without("checksum"));
    root.putObject("codelists");
    ObjectNode initiative = (ObjectNode) bundled.at("/initiatives/0");
    initiative.put("id", id);
    initiative.withObjectProperty("title").put("ca", "Moneda local zumzeig").put("en", "Zumzeig local currency");
    ((ArrayNode) root.putArray("initiatives")).add(initiative);
    return TestCatalogs.text(dir, id + ".json", Json.write(root));
  }

  @Test
  void exportWritesEachFormatAndPrintsTheFilesWritten() throws Exception {
    Path json = dir.resolve("catalog.json");
    Cli.Result result = Cli.run("export", "--format", "json", "--output", json.toString()).expectExit(0);
    assertEquals(json.toString(), result.out().strip());
    assertEquals(CatalogExporter.json(BUNDLED.catalog()), Files.readString(json, StandardCharsets.UTF_8));

    Path csv = dir.resolve("csv");
    List<String> files = Cli.run("export", "--format", "csv", "--output", csv.toString()).expectExit(0).out().lines()
        .toList();
    assertEquals(CatalogExporter.csv(BUNDLED).size(), files.size());
    assertEquals(CatalogExporter.csv(BUNDLED).get("initiatives.csv"), Files.readString(csv.resolve("initiatives.csv")));

    Path jsonld = dir.resolve("catalog.jsonld");
    Cli.run("export", "--format", "jsonld", "--output", jsonld.toString()).expectExit(0);
    assertEquals(CatalogExporter.jsonLd(BUNDLED), Files.readString(jsonld));

    Path html = dir.resolve("report.html");
    Cli.run("export", "--format", "html", "--lang", "en", "--output", html.toString()).expectExit(0);
    assertEquals(CatalogExporter.html(BUNDLED, Language.EN), Files.readString(html));
  }

  @Test
  void exportWithAnOverlayIncludesItsRecords() throws Exception {
    Path out = dir.resolve("merged.json");
    Cli.run("export", "--format", "json", "--output", out.toString(), "--overlay", overlay("moneda-zumzeig").toString())
        .expectExit(0);
    JsonNode merged = Json.MAPPER.readTree(Files.readString(out));
    assertEquals(BUNDLED.catalog().initiatives().size() + 1, merged.get("initiatives").size());
  }

  @Test
  void exportUsageAndFailures() throws Exception {
    Cli.run("export", "--format", "xml", "--output", dir.resolve("x").toString()).expectExit(2);
    Cli.run("export", "--format", "json").expectExit(2);
    Cli.Result missing = Cli.run("export", "--format", "json", "--output", dir.resolve("x.json").toString(),
        "--overlay", dir.resolve("absent.json").toString()).expectExit(1);
    assertEquals(List.of("xmess: overlay file not found: " + dir.resolve("absent.json")), missing.errLines());
    Path blocker = TestCatalogs.text(dir, "file", "not a directory");
    Cli.Result unwritable = Cli.run("export", "--format", "csv", "--output", blocker.toString()).expectExit(1);
    assertTrue(unwritable.err().startsWith("xmess: cannot write " + blocker), unwritable.err());
  }

  @Test
  void anInvalidOverlayIsReportedWithItsFileAndPointer() throws Exception {
    ObjectNode clash = (ObjectNode) Json.MAPPER.readTree(Files.readString(overlay("x")));
    ((ObjectNode) clash.at("/initiatives/0")).put("id", BUNDLED.catalog().initiatives().get(1).id());
    Path file = TestCatalogs.text(dir, "clash.json", Json.write(clash));
    Cli.Result result = Cli.run("stats", "--overlay", file.toString(), "--lang", "en").expectExit(1);
    assertEquals("xmess: invalid catalog with overlays " + file + ": 1 error", result.errLines().get(0));
    assertTrue(result.errLines().get(1).startsWith("  " + file + " /initiatives/0 [overlay-conflict] "),
        result.err());
  }

  @Test
  void manyOverlayErrorsSuggestNoCommandThatDoesNotExist() throws Exception {
    // Seven initiatives with an unknown category: more errors than the CLI shows. xmess validate
    // cannot check an overlay against its base, so it must not be suggested.
    ObjectNode bad = (ObjectNode) Json.MAPPER.readTree(Files.readString(overlay("x")));
    ArrayNode initiatives = (ArrayNode) bad.get("initiatives");
    ObjectNode first = (ObjectNode) initiatives.get(0);
    initiatives.removeAll();
    for (int i = 0; i < 7; i++) {
      initiatives.add(first.deepCopy().put("id", "bad-" + i).put("category", "no-such-category"));
    }
    Path file = TestCatalogs.text(dir, "bad.json", Json.write(bad));
    Cli.Result result = Cli.run("stats", "--overlay", file.toString(), "--lang", "en").expectExit(1);
    String last = result.errLines().get(result.errLines().size() - 1);
    assertTrue(last.startsWith("  ... and "), result.err());
    assertFalse(result.err().contains("xmess validate"), result.err());

    // A single catalog file does get the hint, and the command it names runs and lists every error.
    Path catalog = TestCatalogs.text(dir, "catalog.json", Json.write(bad));
    Cli.Result alone = Cli.run("stats", "--catalog", catalog.toString(), "--lang", "en").expectExit(1);
    String hint = "run 'xmess validate " + catalog + "' to see them all";
    assertTrue(alone.err().contains(hint), alone.err());
    Cli.Result validate = Cli.run("validate", catalog.toString(), "--lang", "en").expectExit(1);
    assertFalse(validate.out().isBlank() && validate.err().isBlank(), "validate printed nothing");
  }

  @Test
  void searchShowAndStatsSeeTheOverlaysRecords() throws Exception {
    String overlay = overlay("moneda-zumzeig").toString();
    JsonNode stats = Cli.run("stats", "--format", "json", "--overlay", overlay).expectExit(0).json();
    assertEquals(BUNDLED.catalog().initiatives().size() + 1, stats.at("/records/initiative").asInt());
    String shown = Cli.run("show", "moneda-zumzeig", "--overlay", overlay).expectExit(0).out();
    assertTrue(shown.startsWith("Moneda local zumzeig"), shown);
    JsonNode hits = Cli.run("search", "zumzeig", "--format", "json", "--overlay", overlay).expectExit(0).json();
    assertTrue(hits.toString().contains("moneda-zumzeig"), hits.toString());
    Cli.run("show", "moneda-zumzeig").expectExit(1);
  }

  @Test
  void diffInTextJsonAndChangelog() throws Exception {
    Path older = TestCatalogs.validCopy(dir);
    Path newer = dir.resolve("newer.json");
    Cli.run("export", "--format", "json", "--output", newer.toString(), "--overlay", overlay("moneda-zumzeig").toString())
        .expectExit(0);
    String text = Cli.run("diff", older.toString(), newer.toString()).expectExit(0).out();
    assertTrue(text.contains("\n+ initiative moneda-zumzeig\n"), text);
    JsonNode json = Cli.run("diff", older.toString(), newer.toString(), "--format", "json").expectExit(0).json();
    assertEquals("added", json.at("/changes/0/change").asString());
    assertEquals("moneda-zumzeig", json.at("/changes/0/id").asString());
    String changelog = Cli.run("diff", older.toString(), newer.toString(), "--changelog").expectExit(0).out();
    assertTrue(changelog.contains("### Added\n\n- Initiative `moneda-zumzeig`\n"), changelog);
    assertTrue(Cli.run("diff", older.toString(), older.toString()).expectExit(0).out().contains("No differences."));
  }

  @Test
  void diffFailures() throws Exception {
    Path older = TestCatalogs.validCopy(dir);
    Cli.run("diff", older.toString()).expectExit(2);
    Cli.Result missing = Cli.run("diff", older.toString(), dir.resolve("absent.json").toString()).expectExit(1);
    assertEquals(List.of("xmess: catalog file not found: " + dir.resolve("absent.json")), missing.errLines());
    Path broken = TestCatalogs.broken(dir, "broken.json", root -> root.remove("codelists"));
    Cli.Result invalid = Cli.run("diff", older.toString(), broken.toString()).expectExit(1);
    assertTrue(invalid.errLines().get(0).startsWith("xmess: invalid catalog " + broken), invalid.err());
  }

  @Test
  void aTextTooLongForASpreadsheetCellIsOneClearErrorAndNoWorkbook() throws Exception {
    String longSummary = "a".repeat(40_000);
    Path catalog = TestCatalogs.broken(dir, "long.json",
        root -> ((ObjectNode) root.get("initiatives").get(0).get("summary")).put("es", longSummary));
    String id = XmessCatalog.bundled().catalog().initiatives().get(0).id();
    Path workbook = dir.resolve("long.xlsx");
    Cli.Result result = Cli.run("export", "--format", "xlsx", "--catalog", catalog.toString(), "--output",
        workbook.toString()).expectExit(1);
    assertEquals(1, result.errLines().size(), result.err());
    assertTrue(result.err().startsWith("xmess: Cannot write an XLSX workbook"), result.err());
    assertTrue(result.err().contains("\"" + id + "\", summary_es: 40000 characters"), result.err());
    assertFalse(Files.exists(workbook), "nothing written");
    // JSON and CSV carry it.
    Cli.run("export", "--format", "csv", "--catalog", catalog.toString(), "--output", dir.resolve("csv").toString())
        .expectExit(0);
  }
}
