package cat.xmess.catalog.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.XmessCatalog;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzz tests of the parsers that read untrusted input: a catalog file, an overlay file, a workbook
 * and a CSV file of a CSV directory. Any bytes must end in a loaded catalog or a {@link
 * CatalogValidationException} with at least one error, never another exception, a hang or running
 * out of memory; and the outcome must agree with {@code validate} on the same bytes. A catalog that
 * loads must survive a write and a second load unchanged; an imported spreadsheet must give a
 * catalog that loads.
 *
 * <p>In every build these run as regression tests on the seeds in {@code
 * CatalogParsersFuzzTestInputs} (and on the empty input). {@code scripts/fuzz.sh} runs them as
 * coverage-guided fuzzing ({@code JAZZER_FUZZ=1}); a finding is saved as a new seed there, which
 * then runs in every build. The two JSON targets fuzz with a dictionary of the schema's property
 * names and enumerated values ({@code catalog-json.dict}), so that mutations reach past the syntax.
 */
class CatalogParsersFuzzTest {
  private static final CatalogReader READER = CatalogReader.standard();
  private static Path overlay;

  @BeforeAll
  static void overlayFile() throws IOException {
    overlay = Files.createTempFile("fuzz-overlay", ".json");
  }

  @AfterAll
  static void removeOverlayFile() throws IOException {
    Files.deleteIfExists(overlay);
  }

  @DictionaryFile(resourcePath = "catalog-json.dict")
  @FuzzTest(maxDuration = "10m")
  void loadCatalog(byte[] json) {
    ValidationReport report = READER.validate(json);
    XmessCatalog loaded;
    try {
      loaded = READER.load(json);
    } catch (CatalogValidationException e) {
      assertFalse(e.report().errors().isEmpty(), "a refused catalog says why");
      assertFalse(report.isValid(), "load refused what validate accepted");
      return;
    }
    assertTrue(report.isValid(), "load accepted what validate refused: " + report);
    String written = CatalogExporter.json(loaded.catalog());
    XmessCatalog again = READER.load(written.getBytes(StandardCharsets.UTF_8));
    assertEquals(loaded.catalog().initiatives(), again.catalog().initiatives(), "a write and a load changed it");
    assertEquals(loaded.catalog().codelists(), again.catalog().codelists(), "a write and a load changed it");
  }

  /** Any bytes as an .xlsx file: a catalog JSON that loads, or errors; every cell error names its sheet. */
  @FuzzTest(maxDuration = "10m")
  void importWorkbook(byte[] xlsx) throws IOException {
    Path file = Files.createTempFile("fuzz", ".xlsx");
    try {
      Files.write(file, xlsx);
      importsOrExplains(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Any bytes as the initiatives.csv of the bundled catalog's CSV directory. */
  @FuzzTest(maxDuration = "10m")
  void importCsvDirectory(byte[] initiativesCsv) throws IOException {
    Path dir = Files.createTempDirectory("fuzz-csv");
    try {
      for (java.util.Map.Entry<String, String> file : CSV.entrySet()) {
        Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
      Files.write(dir.resolve("initiatives.csv"), initiativesCsv);
      importsOrExplains(dir);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  private static final java.util.Map<String, String> CSV =
      cat.xmess.catalog.CatalogExporter.csv(XmessCatalog.bundled());

  private static void importsOrExplains(Path input) {
    String json;
    try {
      json = READER.importSpreadsheet(input);
    } catch (CatalogValidationException e) {
      assertFalse(e.report().errors().isEmpty(), "a refused spreadsheet says why");
      return;
    }
    XmessCatalog loaded = READER.load(json.getBytes(StandardCharsets.UTF_8));
    assertEquals(json, CatalogExporter.json(loaded.catalog()), "an imported catalog loads unchanged");
  }

  @DictionaryFile(resourcePath = "catalog-json.dict")
  @FuzzTest(maxDuration = "10m")
  void mergeOverlay(byte[] json) throws IOException {
    Files.write(overlay, json);
    XmessCatalog bundled = XmessCatalog.bundled();
    try {
      XmessCatalog merged = bundled.withOverlays(overlay);
      assertEquals(2, merged.layers().size(), "a merged catalog has the base and the overlay");
      assertTrue(merged.catalog().initiatives().size() >= bundled.catalog().initiatives().size(),
          "an overlay adds or replaces, never removes");
    } catch (CatalogValidationException e) {
      assertFalse(e.report().errors().isEmpty(), "a refused overlay says why");
      for (ValidationError error : e.report().errors()) {
        assertEquals(overlay.toString(), error.origin(), "every error names the overlay file: " + error);
      }
    }
  }
}
