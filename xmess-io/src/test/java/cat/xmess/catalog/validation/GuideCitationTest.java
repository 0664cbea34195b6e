package cat.xmess.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ExportFormat;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import cat.xmess.model.AbcGuideStatus;
import cat.xmess.model.Catalog;
import cat.xmess.model.GuideCitation;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import cat.xmess.model.Source;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13, item 5: {@code inAbcGuide: verified} needs a citation of the guide itself with its
 * page. Every case starts from the real bundled catalog (changed with the builders) or from its
 * real workbook and CSV files.
 */
class GuideCitationTest {
  private static final Catalog BUNDLED = XmessCatalog.bundled().catalog();
  private static final CatalogReader READER = CatalogReader.standard();

  @TempDir Path dir;

  /** The bundled catalog without its checksum, its first initiative replaced by {@code change} of it. */
  private static Catalog withFirst(java.util.function.UnaryOperator<Initiative.Builder> change) {
    List<Initiative> initiatives = new ArrayList<>(BUNDLED.initiatives());
    initiatives.set(0, change.apply(initiatives.get(0).toBuilder()).build());
    return BUNDLED.toBuilder().metadata(BUNDLED.metadata().toBuilder().checksum(null).build())
        .initiatives(initiatives).build();
  }

  /** The id of the one bundled source marked as the guide, read from the bundled JSON itself. */
  private static String guideSourceInJson() {
    List<String> ids = new ArrayList<>();
    for (JsonNode source : BundledJson.tree().get("sources")) {
      if (source.path("abcGuide").asBoolean(false)) {
        ids.add(source.get("id").asString());
      }
    }
    assertEquals(1, ids.size(), "one bundled source is the guide: " + ids);
    return ids.get(0);
  }

  private static List<ValidationError> errors(Catalog catalog, ErrorCode code) {
    return XmessCatalog.validate(catalog).errors().stream().filter(e -> e.code() == code).toList();
  }

  @Test
  void theBundledGuideSourceIsTheGuidesCopyAndNoBundledInitiativeIsVerified() {
    String guide = guideSourceInJson();
    Source source = BUNDLED.sources().stream().filter(s -> s.id().equals(guide)).findFirst().orElseThrow();
    assertTrue(source.title().startsWith("L'ABC de l'economia social i solidària als municipis"), source::title);
    assertTrue(BUNDLED.initiatives().stream().allMatch(it -> it.inAbcGuide() == AbcGuideStatus.UNVERIFIED
        && it.guideCitation() == null), "no bundled initiative claims to be in the guide");
  }

  @Test
  void verifiedWithoutACitationIsAnIntegrityErrorAtInAbcGuide() {
    Catalog catalog = withFirst(b -> b.inAbcGuide(AbcGuideStatus.VERIFIED));
    List<ValidationError> missing = errors(catalog, ErrorCode.MISSING_GUIDE_CITATION);
    assertEquals(1, missing.size(), missing::toString);
    assertEquals("/initiatives/0/inAbcGuide", missing.get(0).pointer());
    assertEquals(ValidationLayer.INTEGRITY, missing.get(0).layer());
    assertTrue(missing.get(0).message(Language.CA).contains("guideCitation"), missing.get(0)::toString);
    assertThrows(CatalogValidationException.class, () -> XmessCatalog.of(catalog));
  }

  @Test
  void aVerifiedInitiativeCitingAPageOfTheGuideLoads() {
    String guide = guideSourceInJson();
    Catalog catalog = withFirst(b -> b.inAbcGuide(AbcGuideStatus.VERIFIED).guideCitation(new GuideCitation(guide, 12)));
    ValidationReport report = XmessCatalog.validate(catalog);
    assertTrue(report.isValid(), report::toString);
    Initiative it = XmessCatalog.of(catalog).initiative(BUNDLED.initiatives().get(0).id()).orElseThrow();
    assertEquals(new GuideCitation(guide, 12), it.guideCitation());
  }

  @Test
  void aCitationOfAnotherSourceIsNotTheGuide() {
    Initiative first = BUNDLED.initiatives().get(0);
    String other = first.sourceIds().stream().filter(id -> !id.equals(guideSourceInJson())).findFirst().orElseThrow();
    Catalog catalog = withFirst(b -> b.inAbcGuide(AbcGuideStatus.VERIFIED).guideCitation(new GuideCitation(other, 3)));
    List<ValidationError> wrong = errors(catalog, ErrorCode.NOT_THE_GUIDE);
    assertEquals(List.of("/initiatives/0/guideCitation/sourceId"), wrong.stream().map(ValidationError::pointer).toList());
    assertTrue(wrong.get(0).message(Language.EN).contains("\"" + other + "\""), wrong.get(0)::toString);
    assertTrue(errors(catalog, ErrorCode.GUIDE_SOURCE_NOT_LISTED).isEmpty(), "the source is listed");
  }

  @Test
  void theGuideMustAlsoBeAmongTheSources() {
    String guide = guideSourceInJson();
    String other = BUNDLED.sources().stream().map(Source::id).filter(id -> !id.equals(guide)).findFirst().orElseThrow();
    Catalog catalog = withFirst(b -> b.inAbcGuide(AbcGuideStatus.VERIFIED).guideCitation(new GuideCitation(guide, 7))
        .sourceIds(List.of(other)));
    List<ValidationError> unlisted = errors(catalog, ErrorCode.GUIDE_SOURCE_NOT_LISTED);
    assertEquals(List.of("/initiatives/0/guideCitation/sourceId"), unlisted.stream().map(ValidationError::pointer).toList());
    assertTrue(errors(catalog, ErrorCode.NOT_THE_GUIDE).isEmpty(), "the cited source is the guide");
  }

  @Test
  void aCitationOnAnUnverifiedInitiativeIsAContradiction() {
    String guide = guideSourceInJson();
    Catalog catalog = withFirst(b -> b.guideCitation(new GuideCitation(guide, 5)));
    assertEquals(AbcGuideStatus.UNVERIFIED, catalog.initiatives().get(0).inAbcGuide());
    List<ValidationError> contradiction = errors(catalog, ErrorCode.UNVERIFIED_GUIDE_CITATION);
    assertEquals(1, contradiction.size(), contradiction::toString);
    assertEquals("/initiatives/0/guideCitation", contradiction.get(0).pointer());
    assertTrue(contradiction.get(0).message(Language.EN).contains("page 5"), contradiction.get(0)::toString);
    assertTrue(contradiction.get(0).message(Language.EN).contains("unverified"), contradiction.get(0)::toString);
  }

  @Test
  void aSourceMarkedAsTheGuideInAnOverlayCanBeCited() {
    // The secretariat's full copy of the guide as a new source, marked as the guide in an overlay.
    Initiative base = BUNDLED.initiatives().get(0);
    Source copy = Source.builder().id("S900").title("L'ABC de l'economia social i solidària als municipis (full copy)")
        .date("2019-04").abcGuide(true).build();
    Initiative verified = base.toBuilder().id("guide-initiative-1").inAbcGuide(AbcGuideStatus.VERIFIED)
        .guideCitation(new GuideCitation("S900", 21)).sourceIds(List.of("S900")).build();
    Catalog overlay = Catalog.builder().metadata(BUNDLED.metadata().toBuilder().checksum(null).build())
        .codelists(cat.xmess.model.Codelists.empty()).sources(List.of(copy)).initiatives(List.of(verified)).build();
    String json = CatalogExporter.json(overlay);
    Path file = dir.resolve("guide-overlay.json");
    try {
      Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    XmessCatalog merged = XmessCatalog.bundled().withOverlays(file);
    assertEquals(new GuideCitation("S900", 21), merged.initiative("guide-initiative-1").orElseThrow().guideCitation());
  }

  // -- spreadsheets ---------------------------------------------------------------------------

  @Test
  void theCitationRoundTripsThroughAWorkbookAndCsvFiles() {
    String guide = guideSourceInJson();
    Catalog catalog = withFirst(b -> b.inAbcGuide(AbcGuideStatus.VERIFIED).guideCitation(new GuideCitation(guide, 31)));
    XmessCatalog loaded = XmessCatalog.of(catalog);
    Path workbook = dir.resolve("guide.xlsx");
    Path csv = dir.resolve("guide-csv");
    CatalogExporter.write(loaded, ExportFormat.XLSX, workbook, Language.CA);
    CatalogExporter.write(loaded, ExportFormat.CSV, csv, Language.CA);
    for (Path input : List.of(workbook, csv)) {
      Catalog back = XmessCatalog.load(new ByteArrayInputStream(READER.importSpreadsheet(input)
          .getBytes(StandardCharsets.UTF_8))).catalog();
      Catalog unstamped = back.toBuilder().metadata(back.metadata().toBuilder().checksum(null).build()).build();
      assertEquals(catalog, unstamped, input.toString());
      assertEquals(new GuideCitation(guide, 31), back.initiatives().get(0).guideCitation());
      assertEquals(Boolean.TRUE, back.sources().stream().filter(s -> s.id().equals(guide)).findFirst().orElseThrow()
          .abcGuide());
    }
  }

  @Test
  void theCitationHasTwoColumnsAndTheSourcesSheetAnAbcGuideColumn() throws Exception {
    Map<String, String> files = CatalogExporter.csv(XmessCatalog.bundled());
    String initiativesHeader = files.get("initiatives.csv").lines().findFirst().orElseThrow();
    assertTrue(initiativesHeader.contains("\"inAbcGuide\",\"guideCitation_sourceId\",\"guideCitation_page\""),
        initiativesHeader);
    assertTrue(files.get("sources.csv").lines().findFirst().orElseThrow().contains("\"abcGuide\""));
    // The template offers them too: its initiatives sheet has the same header.
    Path template = dir.resolve("blank.xlsx");
    Files.write(template, CatalogExporter.xlsxTemplate(XmessCatalog.bundled(), Language.CA));
    try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(template.toFile())) {
      var sheet = workbook.findSheet("initiatives").orElseThrow();
      List<String> header = new ArrayList<>();
      sheet.openStream().findFirst().orElseThrow().forEach(cell -> header.add(cell.getText()));
      assertTrue(header.containsAll(List.of("guideCitation_sourceId", "guideCitation_page")), header::toString);
    }
  }

  @Test
  void aVerifiedRowWithoutACitationIsReportedAtItsCellAndNothingIsImported() throws Exception {
    Path csv = dir.resolve("csv");
    CatalogExporter.write(XmessCatalog.bundled(), ExportFormat.CSV, csv, Language.CA);
    Path file = csv.resolve("initiatives.csv");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
    int column = header.indexOf("inAbcGuide");
    // Row 2 is the first initiative; its inAbcGuide cell is the only "unverified" of that line
    // if the record's texts do not say it, which the assertion on the cell below would reveal.
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String firstId = BUNDLED.initiatives().get(0).id();
    int start = text.indexOf("\r\n\"" + firstId + "\",");
    int end = text.indexOf("\"unverified\"", start);
    assertTrue(start > 0 && end > start, "the first initiative's row");
    Files.writeString(file, text.substring(0, end) + "\"verified\"" + text.substring(end + "\"unverified\"".length()),
        StandardCharsets.UTF_8);

    CatalogValidationException thrown = assertThrows(CatalogValidationException.class,
        () -> READER.importSpreadsheet(csv));
    List<ValidationError> errors = thrown.report().errors();
    assertEquals(1, errors.size(), errors::toString);
    ValidationError error = errors.get(0);
    assertEquals(ErrorCode.MISSING_GUIDE_CITATION, error.code());
    assertEquals("initiatives.csv!" + cat.xmess.io.internal.sheets.Grid.columnName(column) + "2", error.cell());
    assertNotNull(error.message(Language.ES));
  }

  @Test
  void aCsvFileSavedByASpreadsheetWithTrueInCapitalsMarksTheGuide() throws Exception {
    String guide = guideSourceInJson();
    Path csv = dir.resolve("csv");
    CatalogExporter.write(XmessCatalog.bundled(), ExportFormat.CSV, csv, Language.CA);
    Path sources = csv.resolve("sources.csv");
    String text = Files.readString(sources, StandardCharsets.UTF_8);
    String saved = text.replace("true", "TRUE");
    assertEquals(1, (text.length() - text.replace("true", "").length()) / 4, "one true cell: the guide's");
    Files.writeString(sources, saved, StandardCharsets.UTF_8);
    Catalog back = XmessCatalog.load(new ByteArrayInputStream(READER.importSpreadsheet(csv)
        .getBytes(StandardCharsets.UTF_8))).catalog();
    assertEquals(Boolean.TRUE, back.sources().stream().filter(s -> s.id().equals(guide)).findFirst().orElseThrow()
        .abcGuide());
  }

  @Test
  void aWorkbookRowWithTheGuideAndAPageImportsAsAVerifiedInitiative() throws Exception {
    // The secretariat's path: in the bundled workbook, mark the first initiative verified and give
    // the guide's source and page in the two citation columns.
    String guide = guideSourceInJson();
    List<cat.xmess.io.internal.sheets.Grid.Sheet> sheets = new ArrayList<>(cat.xmess.io.internal.sheets.SheetImport
        .sheets(cat.xmess.catalog.XmessCatalog.bundled(),
            new cat.xmess.io.internal.codec.CatalogCodec(cat.xmess.catalog.ReadLimits.DEFAULT)));
    for (int i = 0; i < sheets.size(); i++) {
      var sheet = sheets.get(i);
      if (!sheet.name().equals("initiatives")) {
        continue;
      }
      var rows = new ArrayList<>(sheet.rows());
      var cells = new ArrayList<>(rows.get(0).cells());
      cells.set(sheet.header().indexOf("inAbcGuide"), new cat.xmess.io.internal.sheets.Grid.Cell("verified",
          cat.xmess.io.internal.sheets.Grid.Cell.Type.TEXT, false));
      cells.set(sheet.header().indexOf("guideCitation_sourceId"), new cat.xmess.io.internal.sheets.Grid.Cell(guide,
          cat.xmess.io.internal.sheets.Grid.Cell.Type.TEXT, false));
      cells.set(sheet.header().indexOf("guideCitation_page"), new cat.xmess.io.internal.sheets.Grid.Cell("14",
          cat.xmess.io.internal.sheets.Grid.Cell.Type.NUMBER, false));
      rows.set(0, new cat.xmess.io.internal.sheets.Grid.Row(rows.get(0).number(), cells));
      sheets.set(i, new cat.xmess.io.internal.sheets.Grid.Sheet(sheet.name(), sheet.header(), rows));
    }
    Path workbook = dir.resolve("verified.xlsx");
    Files.write(workbook, cat.xmess.io.internal.sheets.XlsxWrite.write(sheets, List.of(Language.CA)));
    Initiative it = XmessCatalog.load(new ByteArrayInputStream(READER.importSpreadsheet(workbook)
        .getBytes(StandardCharsets.UTF_8))).catalog().initiatives().get(0);
    assertEquals(AbcGuideStatus.VERIFIED, it.inAbcGuide());
    assertEquals(new GuideCitation(guide, 14), it.guideCitation());
    assertFalse(it.sourceIds().isEmpty());
  }

  /** The bundled workbook with {@code from} replaced by {@code to} in every worksheet part. */
  private Path bundledWorkbookWith(String from, String to) throws Exception {
    Path original = dir.resolve("original.xlsx");
    Files.write(original, CatalogExporter.xlsx(XmessCatalog.bundled()));
    Path path = dir.resolve("edited-" + Integer.toHexString(to.hashCode()) + ".xlsx");
    int replaced = 0;
    try (var in = new java.util.zip.ZipFile(original.toFile());
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(path))) {
      for (var entry : java.util.Collections.list(in.entries())) {
        byte[] content;
        try (var stream = in.getInputStream(entry)) {
          content = stream.readAllBytes();
        }
        if (entry.getName().startsWith("xl/worksheets/")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          if (xml.contains(from)) {
            replaced++;
            content = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
          }
        }
        out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        out.write(content);
      }
    }
    assertEquals(1, replaced, "one sheet holds the guide's true cell");
    return path;
  }

  @Test
  void aGuideMarkSavedByLibreOfficeAsTheFormulaTrueIsReadAsTrue() throws Exception {
    // LibreOffice Calc saves a typed TRUE as <c t="b"><f>TRUE()</f><v>1</v></c>: a constant.
    Path saved = bundledWorkbookWith("t=\"b\"><v>1</v></c>", "t=\"b\"><f aca=\"false\">TRUE()</f><v>1</v></c>");
    assertEquals(CatalogExporter.json(BUNDLED), READER.importSpreadsheet(saved));
    // Any other formula in that cell is still refused, never evaluated.
    Path formula = bundledWorkbookWith("t=\"b\"><v>1</v></c>", "t=\"b\"><f>1=1</f><v>1</v></c>");
    CatalogValidationException thrown = assertThrows(CatalogValidationException.class,
        () -> READER.importSpreadsheet(formula));
    assertEquals(List.of(ErrorCode.FORMULA_CELL), thrown.report().errors().stream().map(ValidationError::code).toList());
  }

  // -- other exports --------------------------------------------------------------------------

  @Test
  void theHtmlReportAndJsonLdShowTheGuidesPage() {
    String guide = guideSourceInJson();
    XmessCatalog catalog = XmessCatalog.of(withFirst(b -> b.inAbcGuide(AbcGuideStatus.VERIFIED)
        .guideCitation(new GuideCitation(guide, 9))));
    String html = CatalogExporter.html(catalog, Language.EN);
    assertTrue(html.contains("<dt>In the 2019 ABC guide</dt><dd>p. 9 (" + guide + ")</dd>"), "the page in the report");
    assertTrue(CatalogExporter.html(catalog, Language.CA).contains("<dd>pàg. 9 (" + guide + ")</dd>"));
    JsonNode jsonLd = BundledJson.MAPPER.readTree(CatalogExporter.jsonLd(catalog));
    String text = jsonLd.toString();
    assertTrue(text.contains("\"xm:guideCitation\":{\"@type\":\"xm:GuideCitation\",\"source\":\"xmr:source/" + guide
        + "\",\"xm:page\":9}"), "the citation in JSON-LD");
    assertTrue(text.contains("\"xm:abcGuide\":true"), "the guide source is marked in JSON-LD");
  }
}
