package cat.xmess.catalog.hostile;

import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.io.internal.codec.CatalogCodec;
import cat.xmess.io.internal.sheets.Grid;
import cat.xmess.io.internal.sheets.SheetImport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Bad workbooks and CSV directories (issue 13), each with the one error it must be refused with and
 * the cell that error must name. Most are the bundled catalog's own workbook with one thing wrong.
 * Shared by the API test and the bounded-heap run ({@link HostileWorkbookBoundsMain}).
 */
public final class HostileWorkbooks {
  private HostileWorkbooks() {}

  /** Writes one input at a path (a file, or a directory for CSV cases). */
  @FunctionalInterface
  public interface Writer {
    void writeTo(Path path) throws IOException;
  }

  /**
   * One bad input.
   *
   * @param name what it is
   * @param code the error it must be refused with
   * @param cell the cell that error must name, or {@code null} for a problem of the whole file
   * @param fileName the file (or directory) name to write it as
   */
  public record Case(String name, ErrorCode code, String cell, String fileName, Writer writer) {
    /** Whether {@code error} is the error this case expects. */
    public boolean matches(ValidationError error) {
      return error.code() == code && java.util.Objects.equals(error.cell(), cell);
    }

    /** Writes the input into {@code dir} and returns its path. */
    public Path writeTo(Path dir) {
      Path path = dir.resolve(fileName);
      try {
        writer.writeTo(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return path;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final CatalogCodec CODEC = new CatalogCodec(ReadLimits.DEFAULT);

  /** The bundled catalog's sheets. */
  static List<Grid.Sheet> bundledSheets() {
    return SheetImport.sheets(cat.xmess.catalog.XmessCatalog.bundled(), CODEC);
  }

  /** Column index of {@code header} in sheet {@code name}. */
  static int column(List<Grid.Sheet> sheets, String name, String header) {
    return sheet(sheets, name).header().indexOf(header);
  }

  static Grid.Sheet sheet(List<Grid.Sheet> sheets, String name) {
    return sheets.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  /** The sheets written with fastexcel as they are, then {@code tweak} applied to the open worksheets. */
  static byte[] workbook(List<Grid.Sheet> sheets, Consumer<Map<String, Worksheet>> tweak) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "test", "1.0");
    Map<String, Worksheet> worksheets = new HashMap<>();
    for (Grid.Sheet sheet : sheets) {
      Worksheet ws = workbook.newWorksheet(sheet.name());
      worksheets.put(sheet.name(), ws);
      for (int c = 0; c < sheet.header().size(); c++) {
        ws.value(0, c, sheet.header().get(c));
      }
      for (Grid.Row row : sheet.rows()) {
        for (int c = 0; c < row.cells().size(); c++) {
          Grid.Cell cell = row.cells().get(c);
          if (cell == null) {
            continue;
          }
          switch (cell.type()) {
            case NUMBER -> ws.value(row.number() - 1, c, new BigDecimal(cell.text()));
            case BOOLEAN -> ws.value(row.number() - 1, c, Boolean.parseBoolean(cell.text()));
            default -> ws.value(row.number() - 1, c, cell.text());
          }
        }
      }
    }
    tweak.accept(worksheets);
    workbook.finish();
    return out.toByteArray();
  }

  private static Writer bytes(byte[] content) {
    return path -> Files.write(path, content);
  }

  private static Writer tweaked(Consumer<Map<String, Worksheet>> tweak) {
    return path -> Files.write(path, workbook(bundledSheets(), tweak));
  }

  private static Writer sheets(Consumer<List<Grid.Sheet>> change) {
    return path -> {
      List<Grid.Sheet> sheets = new ArrayList<>(bundledSheets());
      change.accept(sheets);
      Files.write(path, workbook(sheets, w -> { }));
    };
  }

  /** The bundled workbook with parts replaced or added ({@code null} content removes a part). */
  private static Writer rezipped(Map<String, Writer> parts) {
    return path -> {
      Path original = Files.createTempFile("original", ".xlsx");
      Files.write(original, workbook(bundledSheets(), w -> { }));
      try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(original.toFile());
          ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(path))) {
        Map<String, Writer> left = new java.util.LinkedHashMap<>(parts);
        for (ZipEntry entry : java.util.Collections.list(in.entries())) {
          if (left.containsKey(entry.getName())) {
            Writer replacement = left.remove(entry.getName());
            if (replacement != null) {
              out.putNextEntry(new ZipEntry(entry.getName()));
              Path temporary = Files.createTempFile("part", ".xml");
              replacement.writeTo(temporary);
              Files.copy(temporary, out);
              Files.delete(temporary);
            }
            continue;
          }
          out.putNextEntry(new ZipEntry(entry.getName()));
          try (java.io.InputStream content = in.getInputStream(entry)) {
            content.transferTo(out);
          }
        }
        for (Map.Entry<String, Writer> added : left.entrySet()) {
          out.putNextEntry(new ZipEntry(added.getKey()));
          Path temporary = Files.createTempFile("part", ".xml");
          added.getValue().writeTo(temporary);
          Files.copy(temporary, out);
          Files.delete(temporary);
        }
      } finally {
        Files.delete(original);
      }
    };
  }

  private static Writer text(String xml) {
    return path -> Files.writeString(path, xml, StandardCharsets.UTF_8);
  }

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** Every case, for workbooks. */
  public static List<Case> workbooks() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("a text file", ErrorCode.NOT_A_WORKBOOK, null, "notes.xlsx",
        bytes("id,title\nnot,a workbook\n".getBytes(StandardCharsets.UTF_8))));
    cases.add(new Case("a catalog JSON file named .xlsx", ErrorCode.NOT_A_WORKBOOK, null, "catalog.xlsx",
        bytes("{\"metadata\":{}}".getBytes(StandardCharsets.UTF_8))));
    cases.add(new Case("an encrypted workbook (OLE2 container)", ErrorCode.NOT_A_WORKBOOK, null, "secret.xlsx",
        path -> {
          byte[] ole2 = new byte[4096];
          byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
          System.arraycopy(magic, 0, ole2, 0, magic.length);
          Files.write(path, ole2);
        }));
    cases.add(new Case("a zip that is not a workbook", ErrorCode.NOT_A_WORKBOOK, null, "archive.xlsx", path -> {
      try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(path))) {
        out.putNextEntry(new ZipEntry("readme.txt"));
        out.write("hello".getBytes(StandardCharsets.UTF_8));
      }
    }));
    cases.add(new Case("a truncated workbook", ErrorCode.NOT_A_WORKBOOK, null, "truncated.xlsx", path -> {
      byte[] whole = workbook(bundledSheets(), w -> { });
      Files.write(path, java.util.Arrays.copyOf(whole, whole.length / 2));
    }));
    cases.add(new Case("a missing sheet", ErrorCode.MISSING_SHEET, "sources", "no-sources.xlsx",
        sheets(s -> s.removeIf(sheet -> sheet.name().equals("sources")))));
    cases.add(new Case("a renamed header", ErrorCode.UNKNOWN_COLUMN, "initiatives!B1", "renamed.xlsx",
        sheets(s -> rename(s, "initiatives", "title_ca", "titel_ca"))));
    String afterLast = Grid.columnName(sheet(bundledSheets(), "initiatives").header().size()) + "1";
    cases.add(new Case("a missing header", ErrorCode.MISSING_COLUMN, "initiatives!" + afterLast, "no-header.xlsx",
        sheets(s -> rename(s, "initiatives", "confidence", ""))));
    cases.add(new Case("merged cells", ErrorCode.MERGED_CELLS, "initiatives!B2:C2", "merged.xlsx",
        tweaked(w -> w.get("initiatives").range(1, 1, 1, 2).merge())));
    cases.add(new Case("a formula", ErrorCode.FORMULA_CELL, "initiatives!B2", "formula.xlsx",
        tweaked(w -> w.get("initiatives").formula(1, 1, "CONCATENATE(\"a\",\"b\")"))));
    int ine = column(bundledSheets(), "member-bodies", "ineCode");
    cases.add(new Case("a number where text belongs (INE code 08019 typed as 8019)", ErrorCode.WRONG_TYPE,
        "member-bodies!" + Grid.columnName(ine) + "2", "number-for-text.xlsx",
        tweaked(w -> w.get("member-bodies").value(1, ine, 8019))));
    int year = column(bundledSheets(), "initiatives", "yearStart");
    cases.add(new Case("text where a number belongs (yearStart \"2019\")", ErrorCode.WRONG_TYPE,
        "initiatives!" + Grid.columnName(year) + "2", "text-for-number.xlsx",
        tweaked(w -> w.get("initiatives").value(1, year, "2019"))));
    int date = column(bundledSheets(), "sources", "date");
    cases.add(new Case("a date stored as a spreadsheet number", ErrorCode.DATE_AS_NUMBER,
        "sources!" + Grid.columnName(date) + "2", "date.xlsx", tweaked(w -> {
          w.get("sources").value(1, date, LocalDate.of(2019, 5, 30));
          w.get("sources").style(1, date).format("yyyy-mm-dd").set();
        })));
    cases.add(new Case("a value in row 1,048,576", ErrorCode.LIMIT_EXCEEDED, "initiatives!A1048576", "rows.xlsx",
        tweaked(w -> w.get("initiatives").value(1_048_575, 0, "last-row"))));
    cases.add(new Case("a zip bomb (a sheet inflating to 400 MB)", ErrorCode.LIMIT_EXCEEDED, null, "bomb.xlsx",
        rezipped(Map.of("xl/worksheets/sheet3.xml", path -> {
          try (OutputStream out = Files.newOutputStream(path)) {
            out.write(("<worksheet xmlns=\"" + MAIN + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 400; i++) {
              out.write(spaces);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
          }
        }))));
    cases.add(new Case("a link to another workbook", ErrorCode.EXTERNAL_LINK, null, "links.xlsx",
        rezipped(Map.of("xl/externalLinks/externalLink1.xml", text("<externalLink xmlns=\"" + MAIN
            + "\"><externalBook/></externalLink>")))));
    cases.add(new Case("an XML entity expansion (DTD) in a sheet", ErrorCode.NOT_A_WORKBOOK, null, "dtd.xlsx",
        rezipped(Map.of("xl/worksheets/sheet3.xml", text("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
            + "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&c;</t></is>"
            + "</c></row></sheetData></worksheet>")))));
    // Data to the right of the last header, one column left empty between: dropped silently before.
    String stray = Grid.columnName(sheet(bundledSheets(), "initiatives").header().size() + 1);
    cases.add(new Case("data under a column with no header", ErrorCode.DATA_WITHOUT_HEADER,
        "initiatives!" + stray + "7", "no-header-data.xlsx",
        sheets(s -> stray(s, "initiatives", 7, "budget 2019: 12000 EUR", false))));
    int category = column(bundledSheets(), "initiatives", "category");
    cases.add(new Case("a mistyped code", ErrorCode.UNKNOWN_CODE, "initiatives!" + Grid.columnName(category) + "2",
        "typo.xlsx", tweaked(w -> w.get("initiatives").value(1, category, "knowledge-planing"))));
    return cases;
  }

  /** Cases of CSV directories. */
  public static List<Case> csvDirectories() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("a CSV directory without sources.csv", ErrorCode.MISSING_SHEET, "sources.csv", "no-sources",
        csv(files -> files.remove("sources.csv"))));
    int category = column(bundledSheets(), "initiatives", "category");
    cases.add(new Case("a mistyped code in a CSV file", ErrorCode.UNKNOWN_CODE,
        "initiatives.csv!" + Grid.columnName(category) + "2", "typo", csv(files -> files.put("initiatives.csv",
            files.get("initiatives.csv").replaceFirst("\"knowledge-planning\"", "\"knowledge-planing\"")))));
    String stray = Grid.columnName(sheet(bundledSheets(), "member-bodies").header().size());
    cases.add(new Case("data under a CSV column with an empty header", ErrorCode.DATA_WITHOUT_HEADER,
        "member-bodies.csv!" + stray + "4", "no-header-data", path -> {
          List<Grid.Sheet> sheets = new ArrayList<>(bundledSheets());
          stray(sheets, "member-bodies", 4, "member since 2018", true);
          Files.createDirectories(path);
          for (Map.Entry<String, String> file : cat.xmess.io.internal.sheets.CsvSheets.write(sheets).entrySet()) {
            Files.writeString(path.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
          }
        }));
    cases.add(new Case("a CSV file that is not UTF-8", ErrorCode.IO_ERROR, "themes.csv", "latin1", path -> {
      csv(files -> { }).writeTo(path);
      Files.write(path.resolve("themes.csv"), "\"code\"\n\"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
    }));
    return cases;
  }

  private static Writer csv(Consumer<Map<String, String>> change) {
    return path -> {
      Map<String, String> files = new java.util.LinkedHashMap<>(cat.xmess.catalog.CatalogExporter.csv(XmessCatalog.bundled()));
      change.accept(files);
      Files.createDirectories(path);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(path.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    };
  }

  /**
   * Puts {@code text} in row {@code rowNumber} of sheet {@code sheetName}, in a column with no header:
   * the one after the last header ({@code emptyHeader}: with an empty header cell, as a CSV file
   * saved by a spreadsheet has), or one further (no header cell at all, an empty column between).
   */
  private static void stray(List<Grid.Sheet> sheets, String sheetName, int rowNumber, String text,
      boolean emptyHeader) {
    for (int i = 0; i < sheets.size(); i++) {
      Grid.Sheet sheet = sheets.get(i);
      if (!sheet.name().equals(sheetName)) {
        continue;
      }
      List<String> header = new ArrayList<>(sheet.header());
      int column = emptyHeader ? header.size() : header.size() + 1;
      if (emptyHeader) {
        header.add("");
      }
      List<Grid.Row> rows = new ArrayList<>();
      for (Grid.Row row : sheet.rows()) {
        if (row.number() != rowNumber) {
          rows.add(row);
          continue;
        }
        List<Grid.Cell> cells = new ArrayList<>(row.cells());
        while (cells.size() < column) {
          cells.add(null);
        }
        cells.add(new Grid.Cell(text, Grid.Cell.Type.TEXT, false));
        rows.add(new Grid.Row(row.number(), cells));
      }
      sheets.set(i, new Grid.Sheet(sheet.name(), header, rows));
    }
  }

  private static void rename(List<Grid.Sheet> sheets, String sheetName, String from, String to) {
    for (int i = 0; i < sheets.size(); i++) {
      Grid.Sheet sheet = sheets.get(i);
      if (sheet.name().equals(sheetName)) {
        List<String> header = new ArrayList<>(sheet.header());
        header.set(header.indexOf(from), to);
        sheets.set(i, new Grid.Sheet(sheet.name(), header, sheet.rows()));
      }
    }
  }

  /** Every case. */
  public static List<Case> all() {
    List<Case> all = new ArrayList<>(workbooks());
    all.addAll(csvDirectories());
    return all;
  }
}
