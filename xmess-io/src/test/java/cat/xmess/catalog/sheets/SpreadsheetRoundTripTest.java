package cat.xmess.catalog.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.ExportFormat;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Language;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The bundled catalog through a workbook and through a CSV directory and back gives the same catalog
 * JSON, byte for byte (same checksum); and the workbook is read by two readers that share nothing
 * with ours: fastexcel-reader (the cells) and the JDK's DOM parser over the unzipped parts (every
 * part well-formed, declared in the content types, reached by a relationship, and the drop-downs).
 */
class SpreadsheetRoundTripTest {
  private static final XmessCatalog BUNDLED = XmessCatalog.bundled();
  private static final CatalogReader READER = CatalogReader.standard();

  @TempDir Path dir;

  @Test
  void theBundledCatalogRoundTripsThroughAWorkbook() {
    Path workbook = dir.resolve("catalog.xlsx");
    CatalogExporter.write(BUNDLED, ExportFormat.XLSX, workbook, Language.CA);
    assertEquals(CatalogExporter.json(BUNDLED.catalog()), READER.importSpreadsheet(workbook));
  }

  @Test
  void theBundledCatalogRoundTripsThroughCsvFiles() {
    Path csv = dir.resolve("csv");
    CatalogExporter.write(BUNDLED, ExportFormat.CSV, csv, Language.CA);
    assertEquals(CatalogExporter.json(BUNDLED.catalog()), READER.importSpreadsheet(csv));
  }

  @Test
  void fastexcelReaderSeesTheSheetsAndCells() throws Exception {
    byte[] xlsx = CatalogExporter.xlsx(BUNDLED);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> names = workbook.getSheets().map(Sheet::getName).toList();
      assertEquals(List.of("instructions", "metadata", "initiatives", "member-bodies", "sources", "policy-categories",
          "administration-roles", "policy-instruments", "themes", "target-groups", "entity-forms", "sdgs", "network"),
          names);
      Sheet initiatives = workbook.findSheet("initiatives").orElseThrow();
      List<Row> rows = initiatives.read();
      assertEquals(BUNDLED.catalog().initiatives().size() + 1, rows.size());
      assertEquals("id", rows.get(0).getCellText(0));
      assertEquals("title_ca", rows.get(0).getCellText(1));
      assertEquals(BUNDLED.catalog().initiatives().get(0).id(), rows.get(1).getCellText(0));
      assertEquals(BUNDLED.catalog().initiatives().get(0).title().ca(), rows.get(1).getCellText(1));
      int yearColumn = header(rows.get(0)).indexOf("yearStart");
      for (int r = 1; r < rows.size(); r++) {
        Integer year = BUNDLED.catalog().initiatives().get(r - 1).yearStart();
        if (year != null) {
          assertEquals(year.intValue(), rows.get(r).getCellAsNumber(yearColumn).orElseThrow().intValue(),
              "years are number cells");
        }
      }
      Sheet members = workbook.findSheet("member-bodies").orElseThrow();
      Row first = members.read().get(1);
      assertEquals(BUNDLED.catalog().memberBodies().get(0).ineCode(),
          first.getCellText(header(members.read().get(0)).indexOf("ineCode")), "INE codes stay text, zeros kept");
    }
  }

  private static List<String> header(Row row) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      names.add(row.getCellText(c));
    }
    return names;
  }

  @Test
  void everyPartIsWellFormedDeclaredAndReachedAndCodeColumnsHaveDropDowns() throws Exception {
    Path file = dir.resolve("catalog.xlsx");
    Files.write(file, CatalogExporter.xlsx(BUNDLED));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder parser = factory.newDocumentBuilder();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Set<String> parts = zip.stream().map(ZipEntry::getName).filter(n -> !n.endsWith("/")).collect(Collectors.toSet());
      Set<String> overrides = new HashSet<>();
      Set<String> defaults = new HashSet<>();
      Document types = parse(parser, zip, "[Content_Types].xml");
      each(types, "Override", e -> overrides.add(e.getAttribute("PartName").substring(1)));
      each(types, "Default", e -> defaults.add(e.getAttribute("Extension")));
      Set<String> targets = new HashSet<>();
      for (String part : parts) {
        Document document = parse(parser, zip, part); // fails on any part that is not well-formed XML
        if (part.endsWith(".rels")) {
          String base = part.replace("_rels/", "").replaceFirst("\\.rels$", "");
          String baseDir = base.contains("/") ? base.substring(0, base.lastIndexOf('/') + 1) : "";
          each(document, "Relationship", e -> targets.add(e.getAttribute("Target").startsWith("/")
              ? e.getAttribute("Target").substring(1) : baseDir + e.getAttribute("Target")));
        }
        String extension = part.substring(part.lastIndexOf('.') + 1);
        assertTrue(part.equals("[Content_Types].xml") || overrides.contains(part) || defaults.contains(extension),
            part + " has no content type");
      }
      for (String part : parts) {
        assertTrue(part.equals("[Content_Types].xml") || part.endsWith(".rels") || targets.contains(part),
            part + " is reached by no relationship");
      }
      for (String target : targets) {
        assertTrue(parts.contains(target), "a relationship points at the missing part " + target);
      }
      Document workbook = parse(parser, zip, "xl/workbook.xml");
      List<String> names = new ArrayList<>();
      each(workbook, "sheet", e -> names.add(e.getAttribute("name")));
      assertEquals(13, names.size());
      Document initiatives = parse(parser, zip, "xl/worksheets/sheet3.xml");
      List<String> formulas = new ArrayList<>();
      each(initiatives, "formula1", e -> formulas.add(e.getTextContent()));
      assertTrue(formulas.contains("'policy-categories'!$A$2:$A$6"), formulas.toString());
      assertTrue(formulas.contains("'themes'!$A$2:$A$23"), formulas.toString());
      assertTrue(formulas.contains("\"guide,inferred\""), formulas.toString());
      assertTrue(formulas.stream().anyMatch(f -> f.startsWith("'sources'!$A$2:")), formulas.toString());
      NodeList validations = initiatives.getElementsByTagNameNS("*", "dataValidation");
      assertTrue(validations.getLength() >= 12, "drop-downs on every code column");
    }
  }

  @Test
  void aTemplateHasHeadersDropDownsAndNoInitiativeAndImportsBack() throws Exception {
    Path template = dir.resolve("blank.xlsx");
    Files.write(template, CatalogExporter.xlsxTemplate(BUNDLED, Language.ES));
    try (ReadableWorkbook workbook = new ReadableWorkbook(template.toFile())) {
      List<Row> rows = workbook.findSheet("initiatives").orElseThrow().read();
      assertEquals(1, rows.size(), "the header row only");
      List<Row> help = workbook.findSheet("instructions").orElseThrow().read();
      assertEquals("es", help.get(0).getCellText(0));
      assertEquals(1, help.get(0).getCellCount(), "one language");
    }
    String json = READER.importSpreadsheet(template);
    XmessCatalog imported = XmessCatalog.load(new ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(0, imported.catalog().initiatives().size());
    assertEquals(BUNDLED.catalog().memberBodies(), imported.catalog().memberBodies());
    String overlay = READER.importSpreadsheetOverlay(template, BUNDLED);
    assertTrue(!overlay.contains("\"initiatives\"") && !overlay.contains("\"memberBodies\"")
        && !overlay.contains("\"network\""), "an unchanged template is an overlay of nothing: " + overlay);
  }

  private static Document parse(DocumentBuilder parser, ZipFile zip, String part) throws Exception {
    try (InputStream in = zip.getInputStream(zip.getEntry(part))) {
      return parser.parse(in);
    }
  }

  private static void each(Document document, String localName, java.util.function.Consumer<Element> action) {
    NodeList nodes = document.getElementsByTagNameNS("*", localName);
    for (int i = 0; i < nodes.getLength(); i++) {
      action.accept((Element) nodes.item(i));
    }
  }
}
