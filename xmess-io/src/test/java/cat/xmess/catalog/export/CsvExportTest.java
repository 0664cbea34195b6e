package cat.xmess.catalog.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.ExportFormat;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Catalog;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The CSV export of the bundled catalog, read back with a CSV parser. */
class CsvExportTest {
  private static final XmessCatalog BUNDLED = XmessCatalog.bundled();
  private static final CsvMapper CSV = new CsvMapper();

  /** Rows as maps from header to cell. */
  static List<Map<String, String>> rows(String csv) {
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void oneFilePerRecordTypeWithOneRowPerRecord() {
    Map<String, String> files = CatalogExporter.csv(BUNDLED);
    Catalog catalog = BUNDLED.catalog();
    assertEquals(List.of("metadata.csv", "initiatives.csv", "member-bodies.csv", "sources.csv", "policy-categories.csv",
        "administration-roles.csv", "policy-instruments.csv", "themes.csv", "target-groups.csv", "entity-forms.csv",
        "sdgs.csv", "network.csv"), List.copyOf(files.keySet()));
    assertEquals(catalog.initiatives().size(), rows(files.get("initiatives.csv")).size());
    assertEquals(catalog.memberBodies().size(), rows(files.get("member-bodies.csv")).size());
    assertEquals(catalog.sources().size(), rows(files.get("sources.csv")).size());
    assertEquals(catalog.codelists().themes().size(), rows(files.get("themes.csv")).size());
    int codes = 0;
    for (CodelistKind kind : CodelistKind.values()) {
      String name = kind.fieldName().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT) + ".csv";
      List<Map<String, String>> rows = rows(files.get(name));
      assertEquals(catalog.codelists().entries(kind).size(), rows.size(), name);
      codes += rows.size();
    }
    assertEquals(133, codes, "the README's count of codelist entries");
  }

  @Test
  void cellsHoldTheRecordsValuesInTheDocumentedLayout() {
    List<Map<String, String>> rows = rows(CatalogExporter.csv(BUNDLED).get("initiatives.csv"));
    for (int i = 0; i < rows.size(); i++) {
      Initiative initiative = BUNDLED.catalog().initiatives().get(i);
      Map<String, String> row = rows.get(i);
      assertEquals(initiative.id(), row.get("id"));
      assertEquals(initiative.title().ca(), row.get("title_ca"));
      assertEquals(initiative.title().en(), row.get("title_en"));
      assertEquals(String.join("|", initiative.themes()), row.get("themes"));
      assertEquals(String.join("|", initiative.sourceIds()), row.get("sourceIds"));
      assertEquals(initiative.confidence().code(), row.get("confidence"));
      assertEquals("bundled", row.get("layer"));
    }
    String text = CatalogExporter.csv(BUNDLED).get("member-bodies.csv");
    assertTrue(text.startsWith("\"id\",\"name_ca\",\"name_es\",\"name_en\",\"kind\""), text.substring(0, 80));
    assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\r"), "CRLF line ends");
    assertTrue(text.contains("Lluçanès"), "UTF-8 text kept as it is");
  }

  @Test
  void formulasAreNeutralisedAndListItemsStaySplittable() {
    XmessCatalog hostile = Catalogs.hostile();
    Map<String, String> row = rows(CatalogExporter.csv(hostile).get("initiatives.csv")).get(0);
    String partners = row.get("partners");
    assertTrue(partners.startsWith("'" + Catalogs.FORMULA + "|"), partners);
    assertTrue(partners.endsWith("|Cooperativa A\\|B \\\\ C"), partners);
    List<String> items = new ArrayList<>();
    for (String item : partners.substring(1).split("(?<!\\\\)\\|")) {
      items.add(item.replace("\\|", "|").replace("\\\\", "\\"));
    }
    assertEquals(hostile.catalog().initiatives().get(0).partners(), items, "the join can be undone");
    Map<String, String> body = rows(CatalogExporter.csv(hostile).get("member-bodies.csv")).get(0);
    assertEquals("'-1+1", body.get("place"));
    assertEquals(Catalogs.SCRIPT, row.get("title_ca"), "CSV is not HTML: script text is kept as text");
  }

  @Test
  void writeCreatesTheDirectoryAndOneFilePerEntry(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("csv");
    List<Path> written = CatalogExporter.write(BUNDLED, ExportFormat.CSV, out, Language.CA);
    assertEquals(12, written.size());
    for (Path file : written) {
      assertEquals(CatalogExporter.csv(BUNDLED).get(file.getFileName().toString()), Files.readString(file));
    }
  }
}
