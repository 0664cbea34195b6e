package cat.xmess.catalog.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.ExportFormat;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Catalog;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts longer than the 32,767 characters an XLSX cell holds (issue 13, item 3). Excel truncates such
 * a cell or "repairs" the file, so export to XLSX refuses them with one error naming the cell, the
 * record, the field and the limit, and writes nothing; JSON and CSV carry them, and import from CSV
 * reads them back (within {@code ReadLimits.maxStringLength}).
 */
class LongTextTest {
  private static final int LIMIT = 32_767;
  private static final Catalog BUNDLED = XmessCatalog.bundled().catalog();

  @TempDir Path dir;

  /** The bundled catalog with the first initiative's English summary {@code length} characters long. */
  private static XmessCatalog withSummaryOf(int length) {
    Initiative first = BUNDLED.initiatives().get(0);
    StringBuilder text = new StringBuilder(length);
    String words = "Una política municipal d'economia social, amb text llarg: ";
    while (text.length() < length) {
      text.append(words.charAt(text.length() % words.length()));
    }
    LocalizedText summary = new LocalizedText(first.summary().ca(), first.summary().es(), text.toString());
    List<Initiative> initiatives = new ArrayList<>(BUNDLED.initiatives());
    initiatives.set(0, first.toBuilder().summary(summary).build());
    return XmessCatalog.of(BUNDLED.toBuilder().metadata(BUNDLED.metadata().toBuilder().checksum(null).build())
        .initiatives(initiatives).build());
  }

  private static Catalog reloaded(String json) {
    Catalog catalog = XmessCatalog.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).catalog();
    return catalog.toBuilder().metadata(catalog.metadata().toBuilder().checksum(null).build()).build();
  }

  @Test
  void aTextOverTheCellLimitIsRefusedByTheWorkbookExportAndNothingIsWritten() {
    XmessCatalog catalog = withSummaryOf(LIMIT + 1);
    String id = catalog.catalog().initiatives().get(0).id();
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> CatalogExporter.xlsx(catalog));
    String message = refused.getMessage();
    assertTrue(message.contains("initiatives \"" + id + "\", summary_en: " + (LIMIT + 1) + " characters"), message);
    assertTrue(message.contains("32767"), message);
    assertTrue(message.contains("Export as JSON or CSV"), message);
    assertTrue(message.startsWith("Cannot write an XLSX workbook: 1 text is longer"), message);

    Path workbook = dir.resolve("catalog.xlsx");
    assertThrows(IllegalArgumentException.class, () -> CatalogExporter.write(catalog, ExportFormat.XLSX, workbook,
        Language.CA));
    assertFalse(Files.exists(workbook), "nothing written");
  }

  @Test
  void aTextOfExactlyTheLimitRoundTripsThroughAWorkbook() throws Exception {
    XmessCatalog catalog = withSummaryOf(LIMIT);
    Path workbook = dir.resolve("catalog.xlsx");
    CatalogExporter.write(catalog, ExportFormat.XLSX, workbook, Language.CA);
    Catalog back = reloaded(CatalogReader.standard().importSpreadsheet(workbook));
    assertEquals(LIMIT, back.initiatives().get(0).summary().en().length());
    assertEquals(catalog.catalog(), back);
  }

  @Test
  void csvCarriesLongerTextsBothWays() throws Exception {
    XmessCatalog catalog = withSummaryOf(100_000);
    Path csv = dir.resolve("csv");
    CatalogExporter.write(catalog, ExportFormat.CSV, csv, Language.CA);
    assertTrue(Files.size(csv.resolve("initiatives.csv")) > 100_000);
    Catalog back = reloaded(CatalogReader.standard().importSpreadsheet(csv));
    assertEquals(100_000, back.initiatives().get(0).summary().en().length());
    assertEquals(catalog.catalog(), back);
  }
}
