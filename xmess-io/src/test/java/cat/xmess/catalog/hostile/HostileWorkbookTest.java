package cat.xmess.catalog.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Language;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad workbook and CSV directory of {@link HostileWorkbooks} is refused, as a whole catalog
 * and as an overlay, with its one clear error at its cell, a complete one-line message in every
 * language, in under 2 seconds. The 256 MB heap bound is checked by {@link HostileWorkbookBoundsTest}.
 */
class HostileWorkbookTest {
  private static final CatalogReader READER = CatalogReader.standard();

  @TempDir Path dir;

  /** The first import in a JVM compiles the schema and loads the validators: not what is timed. */
  @org.junit.jupiter.api.BeforeAll
  static void warmUp(@TempDir Path warm) {
    Path csv = warm.resolve("csv");
    cat.xmess.catalog.CatalogExporter.write(XmessCatalog.bundled(), cat.xmess.catalog.ExportFormat.CSV, csv, Language.CA);
    READER.importSpreadsheet(csv);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cat.xmess.catalog.hostile.HostileWorkbooks#all")
  void eachBadWorkbookIsRefusedWithOneClearErrorAtItsCell(HostileWorkbooks.Case bad) {
    Path input = bad.writeTo(dir);
    long start = System.nanoTime();
    CatalogValidationException thrown = assertThrows(CatalogValidationException.class,
        () -> READER.importSpreadsheet(input));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 2_000, bad + ": " + millis + " ms");
    assertTrue(thrown.report().errors().stream().anyMatch(bad::matches),
        () -> bad + ": expected " + bad.code() + " at " + bad.cell() + ", got " + thrown.report());
    for (ValidationError error : thrown.report().errors()) {
      for (Language language : Language.values()) {
        String message = error.message(language);
        assertFalse(message.contains("%s") || message.contains("\n") || message.length() > 600, error::toString);
      }
    }
    assertThrows(CatalogValidationException.class, () -> READER.importSpreadsheetOverlay(input, XmessCatalog.bundled()));
  }

  @Test
  void aMistypedCodeSuggestsTheNearestValidOne() {
    HostileWorkbooks.Case typo = HostileWorkbooks.workbooks().stream()
        .filter(c -> c.code() == ErrorCode.UNKNOWN_CODE).findFirst().orElseThrow();
    CatalogValidationException thrown = assertThrows(CatalogValidationException.class,
        () -> READER.importSpreadsheet(typo.writeTo(dir)));
    ValidationError error = thrown.report().errors().get(0);
    assertEquals("/initiatives/0/category", error.pointer());
    assertEquals(typo.cell(), error.cell());
    assertTrue(error.message(Language.EN).endsWith("did you mean \"knowledge-planning\"?"), error::toString);
    assertTrue(error.message(Language.CA).contains("potser volíeu dir «knowledge-planning»"), error::toString);
  }
}
