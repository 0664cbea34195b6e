package cat.xmess.io.internal.sheets;

import org.apiguardian.api.API;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.io.internal.sheets.Grid.Cell;
import cat.xmess.io.internal.sheets.Grid.Row;
import cat.xmess.io.internal.sheets.Grid.Sheet;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the sheets of an XLSX workbook with the JDK alone (its zip and StAX readers), within
 * bounds, so that a hostile file is refused with one error instead of exhausting time or memory:
 *
 * <ul>
 *   <li>the file's size is at most {@code maxBytes}, and its parts inflate to at most {@code
 *       maxInflated} bytes in all, at a ratio of at most {@value #MAX_RATIO} to 1 beyond the first
 *       megabyte (a zip bomb is refused as it inflates);
 *   <li>XML with a DTD or entities is refused (no external entity is ever resolved);
 *   <li>at most {@value #MAX_ROWS} rows and {@value #MAX_COLUMNS} columns per sheet.
 * </ul>
 *
 * <p>Only the sheets the catalog needs are read. Formulas are kept as formulas (their cached values
 * are never used, nothing is evaluated), merged cells and links to other workbooks are reported.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class XlsxRead {
  /** Rows per sheet beyond which a workbook is refused. */
  public static final int MAX_ROWS = 100_000;
  /** Columns per sheet beyond which a workbook is refused. */
  public static final int MAX_COLUMNS = 500;
  /** Largest inflated size of a part relative to its compressed size, past the first megabyte. */
  public static final int MAX_RATIO = 200;

  private static final int MAX_ENTRIES = 10_000;
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  private static final XMLInputFactory XML = xmlFactory();

  private XlsxRead() {}

  /** The sheets read, or the errors that stopped the read. */
  public record Result(List<Sheet> sheets, List<ValidationError> errors) {}

  /** Refusal of the whole workbook or file, with its one error. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final transient ValidationError error;

    Refused(ValidationError error) {
      super(null, null, false, false);
      this.error = error;
    }
  }

  private static XMLInputFactory xmlFactory() {
    // The JDK's own implementation, not whichever StAX provider the host put on the class path.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    // Not coalescing: a huge text arrives in chunks, which text() bounds as they come.
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    return factory;
  }

  /**
   * Reads the sheets named {@code wanted} from {@code file}.
   *
   * @param maxBytes the largest file accepted
   * @param maxInflated the most bytes all its parts may inflate to
   * @param maxText the longest text of one cell
   */
  public static Result read(Path file, Set<String> wanted, long maxBytes, long maxInflated, int maxText) {
    try {
      return new Result(readOrRefuse(file, wanted, maxBytes, maxInflated, maxText), List.of());
    } catch (Refused refused) {
      return new Result(List.of(), List.of(refused.error));
    }
  }

  private static ValidationError error(String cell, ErrorCode code, Object... args) {
    return ValidationError.of(ValidationLayer.SYNTAX, "", code, args).atCell(cell);
  }

  private static Refused notAWorkbook(String why) {
    return new Refused(error(null, ErrorCode.NOT_A_WORKBOOK, why));
  }

  private static List<Sheet> readOrRefuse(Path file, Set<String> wanted, long maxBytes, long maxInflated, int maxText)
      throws Refused {
    byte[] head = new byte[8];
    try (InputStream in = Files.newInputStream(file)) {
      int n = in.readNBytes(head, 0, 8);
      if (n == 8 && java.util.Arrays.equals(head, OLE2)) {
        throw notAWorkbook("it is encrypted (password-protected) or a legacy .xls file; save it without a password"
            + " as an .xlsx workbook");
      }
      if (n < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
        throw notAWorkbook("it is not a zip package, as every .xlsx file is; save it as an .xlsx workbook");
      }
      if (Files.size(file) > maxBytes) {
        throw new Refused(error(null, ErrorCode.LIMIT_EXCEEDED, "the file is larger than " + maxBytes
            + " bytes (ReadLimits.maxDocumentBytes)"));
      }
    } catch (NoSuchFileException e) {
      throw new Refused(error(null, ErrorCode.IO_ERROR, "no such file: " + file));
    } catch (IOException e) {
      throw new Refused(error(null, ErrorCode.IO_ERROR, file + ": " + e.getMessage()));
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return new Package(zip, maxInflated, maxText).sheets(wanted);
    } catch (ZipException e) {
      throw notAWorkbook("its zip structure is damaged (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new Refused(error(null, ErrorCode.IO_ERROR, file + ": " + e.getMessage()));
    }
  }

  /** One open workbook package. */
  private static final class Package {
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final int maxText;
    private long budget;
    private List<String> sharedStrings = List.of();
    private boolean[] dateStyles = new boolean[0];

    Package(ZipFile zip, long maxInflated, int maxText) throws Refused {
      this.zip = zip;
      this.budget = maxInflated;
      this.maxText = maxText;
      int count = 0;
      for (var e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (++count > MAX_ENTRIES) {
          throw new Refused(error(null, ErrorCode.LIMIT_EXCEEDED, "more than " + MAX_ENTRIES + " parts in the package"));
        }
        entries.put(entry.getName(), entry);
      }
    }

    List<Sheet> sheets(Set<String> wanted) throws Refused, IOException {
      String workbookPart = officeDocument();
      Map<String, String[]> rels = relationships(workbookPart);
      List<String> links = new ArrayList<>();
      for (String[] rel : rels.values()) {
        if (rel[0].endsWith("/externalLink") || rel[0].endsWith("/externalLinkPath")) {
          links.add(rel[1]);
        }
      }
      for (String name : entries.keySet()) {
        if (name.startsWith("xl/externalLinks/") && name.endsWith(".xml") && !links.contains(name)) {
          links.add(name);
        }
      }
      if (!links.isEmpty()) {
        throw new Refused(error(null, ErrorCode.EXTERNAL_LINK, String.join(", ", links)));
      }
      for (String[] rel : rels.values()) {
        if (rel[0].endsWith("/sharedStrings")) {
          sharedStrings = readSharedStrings(rel[1]);
        } else if (rel[0].endsWith("/styles")) {
          dateStyles = readDateStyles(rel[1]);
        }
      }
      List<Sheet> sheets = new ArrayList<>();
      for (Map.Entry<String, String> sheet : workbookSheets(workbookPart).entrySet()) {
        String[] rel = rels.get(sheet.getValue());
        if (wanted.contains(sheet.getKey()) && rel != null && rel[0].endsWith("/worksheet")) {
          sheets.add(readSheet(sheet.getKey(), rel[1]));
        }
      }
      return sheets;
    }

    /** The workbook part named by the package relationships, usually {@code xl/workbook.xml}. */
    private String officeDocument() throws Refused, IOException {
      if (entries.containsKey("_rels/.rels")) {
        for (String[] rel : relationshipsOf("_rels/.rels", "").values()) {
          if (rel[0].endsWith("/officeDocument") && entries.containsKey(rel[1])) {
            return rel[1];
          }
        }
      }
      if (entries.containsKey("xl/workbook.xml")) {
        return "xl/workbook.xml";
      }
      throw notAWorkbook("it has no workbook part (xl/workbook.xml): it may be a Word or other Office file");
    }

    private Map<String, String[]> relationships(String part) throws Refused, IOException {
      int slash = part.lastIndexOf('/');
      String dir = slash < 0 ? "" : part.substring(0, slash + 1);
      String relsPart = dir + "_rels/" + part.substring(slash + 1) + ".rels";
      return entries.containsKey(relsPart) ? relationshipsOf(relsPart, dir) : Map.of();
    }

    /** Relationship id to {type, target part}, external targets kept as written. */
    private Map<String, String[]> relationshipsOf(String relsPart, String dir) throws Refused, IOException {
      Map<String, String[]> rels = new LinkedHashMap<>();
      XMLStreamReader xml = open(relsPart);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
            String target = attribute(xml, "Target");
            boolean external = "External".equals(attribute(xml, "TargetMode"));
            String type = attribute(xml, "Type");
            if (target != null && type != null) {
              rels.put(String.valueOf(attribute(xml, "Id")), new String[] {type, external ? target : resolve(dir, target)});
            }
          }
        }
      } catch (XMLStreamException e) {
        throw damaged(relsPart, e);
      } finally {
        close(xml);
      }
      return rels;
    }

    /** Sheet name to relationship id, in workbook order. */
    private Map<String, String> workbookSheets(String part) throws Refused, IOException {
      Map<String, String> sheets = new LinkedHashMap<>();
      XMLStreamReader xml = open(part);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (name.equals("sheet")) {
              String id = null;
              for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals("id") && xml.getAttributeNamespace(i) != null) {
                  id = xml.getAttributeValue(i);
                }
              }
              sheets.putIfAbsent(String.valueOf(attribute(xml, "name")), id);
            } else if (name.equals("externalReference")) {
              throw new Refused(error(null, ErrorCode.EXTERNAL_LINK, "externalReferences in " + part));
            }
          }
        }
      } catch (XMLStreamException e) {
        throw damaged(part, e);
      } finally {
        close(xml);
      }
      return sheets;
    }

    private List<String> readSharedStrings(String part) throws Refused, IOException {
      List<String> strings = new ArrayList<>();
      XMLStreamReader xml = open(part);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
            strings.add(richText(xml, "si", part));
          }
        }
      } catch (XMLStreamException e) {
        throw damaged(part, e);
      } finally {
        close(xml);
      }
      return strings;
    }

    /**
     * The text of a string item ({@code si} or {@code is}): its {@code t} elements, including those of
     * rich-text runs, without phonetic guides ({@code rPh}); OOXML escapes decoded.
     */
    private String richText(XMLStreamReader xml, String element, String part) throws XMLStreamException, Refused {
      StringBuilder text = new StringBuilder();
      int depthInPhonetic = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (xml.getLocalName().equals("rPh")) {
            depthInPhonetic++;
          } else if (xml.getLocalName().equals("t") && depthInPhonetic == 0) {
            text.append(text(xml, part, maxText - text.length()));
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (xml.getLocalName().equals("rPh")) {
            depthInPhonetic--;
          } else if (xml.getLocalName().equals(element)) {
            break;
          }
        }
      }
      return decode(text.toString());
    }

    /** For each cell style ({@code cellXfs} index), whether its number format shows a date or time. */
    private boolean[] readDateStyles(String part) throws Refused, IOException {
      Map<Integer, String> customFormats = new HashMap<>();
      List<Boolean> styles = new ArrayList<>();
      XMLStreamReader xml = open(part);
      try {
        boolean inCellXfs = false;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
              case "numFmt" -> customFormats.put(parseInt(attribute(xml, "numFmtId"), -1),
                  String.valueOf(attribute(xml, "formatCode")));
              case "cellXfs" -> inCellXfs = true;
              case "xf" -> {
                if (inCellXfs && styles.size() < 100_000) {
                  int id = parseInt(attribute(xml, "numFmtId"), 0);
                  styles.add(isDateFormat(id, customFormats.get(id)));
                }
              }
              default -> { }
            }
          } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
            inCellXfs = false;
          }
        }
      } catch (XMLStreamException e) {
        throw damaged(part, e);
      } finally {
        close(xml);
      }
      boolean[] dates = new boolean[styles.size()];
      for (int i = 0; i < dates.length; i++) {
        dates[i] = styles.get(i);
      }
      return dates;
    }

    private Sheet readSheet(String name, String part) throws Refused, IOException {
      List<String> header = new ArrayList<>();
      List<Row> rows = new ArrayList<>();
      XMLStreamReader xml = open(part);
      try {
        int rowNumber = 0;
        List<Cell> cells = null;
        int column = -1;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row") && cells != null) {
              finishRow(name, rowNumber, cells, header, rows);
              cells = null;
            }
            continue;
          }
          switch (xml.getLocalName()) {
            case "row" -> {
              rowNumber = parseInt(attribute(xml, "r"), rowNumber + 1);
              cells = new ArrayList<>();
              column = -1;
            }
            case "c" -> {
              String ref = attribute(xml, "r");
              column = ref == null ? column + 1 : Grid.columnIndex(ref);
              if (ref != null && Grid.rowNumber(ref) > 0) {
                rowNumber = Grid.rowNumber(ref);
              }
              if (column < 0 || column >= MAX_COLUMNS) {
                throw new Refused(error(name + "!" + (ref == null ? "" : ref), ErrorCode.LIMIT_EXCEEDED,
                    "a cell beyond column " + Grid.columnName(MAX_COLUMNS - 1) + " of sheet " + name));
              }
              Cell cell = cell(xml, part);
              if (cell != null) {
                if (rowNumber > MAX_ROWS) {
                  throw new Refused(error(Grid.reference(name, column, rowNumber), ErrorCode.LIMIT_EXCEEDED,
                      "sheet " + name + " has a value in row " + rowNumber + "; at most " + MAX_ROWS + " rows are read"));
                }
                if (cells == null) {
                  cells = new ArrayList<>();
                }
                while (cells.size() <= column) {
                  cells.add(null);
                }
                cells.set(column, cell);
              }
            }
            case "mergeCell" -> throw new Refused(error(name + "!" + attribute(xml, "ref"), ErrorCode.MERGED_CELLS,
                name + "!" + attribute(xml, "ref")));
            default -> { }
          }
        }
      } catch (XMLStreamException e) {
        throw damaged(part, e);
      } finally {
        close(xml);
      }
      return new Sheet(name, header, rows);
    }

    private static void finishRow(String name, int number, List<Cell> cells, List<String> header, List<Row> rows) {
      if (cells.stream().allMatch(java.util.Objects::isNull)) {
        return;
      }
      if (number == 1) {
        cells.forEach(c -> header.add(c == null ? null : c.text()));
      } else {
        rows.add(new Row(number, java.util.Collections.unmodifiableList(new ArrayList<>(cells))));
      }
    }

    /** Whether a formula is the constant {@code TRUE()} or {@code FALSE()}, as LibreOffice writes booleans. */
    private static boolean isBooleanConstant(String formula) {
      String f = formula.strip();
      return f.equalsIgnoreCase("TRUE()") || f.equalsIgnoreCase("FALSE()");
    }

    /** The cell at the reader, which is on its {@code c} element; {@code null} when it holds nothing. */
    private Cell cell(XMLStreamReader xml, String part) throws XMLStreamException, Refused {
      String type = attribute(xml, "t");
      int style = parseInt(attribute(xml, "s"), 0);
      String value = null;
      String formula = null;
      String inline = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "v" -> value = text(xml, part, maxText);
            case "f" -> formula = text(xml, part, maxText);
            case "is" -> inline = richText(xml, "is", part);
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
          break;
        }
      }
      if (formula != null && "b".equals(type) && isBooleanConstant(formula)) {
        // LibreOffice saves a typed TRUE or FALSE as the formula TRUE() or FALSE() with its value:
        // a constant, read from the formula's own text, not evaluated.
        return new Cell(formula.strip().toLowerCase(java.util.Locale.ROOT).startsWith("true") ? "true" : "false",
            Cell.Type.BOOLEAN, false);
      }
      if (formula != null) {
        return new Cell(formula.isEmpty() ? "(shared formula)" : formula, Cell.Type.FORMULA, false);
      }
      if (type == null) {
        type = "n";
      }
      switch (type) {
        case "s" -> {
          int index = parseInt(value, -1);
          if (index < 0 || index >= sharedStrings.size()) {
            return value == null ? null : new Cell("#REF (shared string " + value + ")", Cell.Type.ERROR, false);
          }
          return new Cell(sharedStrings.get(index), Cell.Type.TEXT, false);
        }
        case "inlineStr" -> {
          return inline == null ? null : new Cell(inline, Cell.Type.TEXT, false);
        }
        case "str" -> {
          return value == null ? null : new Cell(decode(value), Cell.Type.TEXT, false);
        }
        case "b" -> {
          return value == null ? null : new Cell("1".equals(value.strip()) ? "true" : "false", Cell.Type.BOOLEAN, false);
        }
        case "e" -> {
          return new Cell(value == null ? "#ERROR" : value, Cell.Type.ERROR, false);
        }
        case "d" -> {
          return value == null ? null : new Cell(value, Cell.Type.NUMBER, true);
        }
        default -> {
          if (value == null || value.isBlank()) {
            return null;
          }
          boolean date = style >= 0 && style < dateStyles.length && dateStyles[style];
          return new Cell(value.strip(), Cell.Type.NUMBER, date);
        }
      }
    }

    /** The text of the element the reader is on, up to its end, refused beyond {@code max} characters. */
    private static String text(XMLStreamReader xml, String part, int max) throws XMLStreamException, Refused {
      StringBuilder text = new StringBuilder();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          if (text.length() + xml.getTextLength() > max) {
            throw new Refused(error(null, ErrorCode.LIMIT_EXCEEDED, "a text in " + part
                + " is longer than ReadLimits.maxStringLength"));
          }
          text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          break;
        } else if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new XMLStreamException("unexpected content inside a text");
        }
      }
      return text.toString();
    }

    private XMLStreamReader open(String part) throws Refused, IOException {
      ZipEntry entry = entries.get(part);
      if (entry == null) {
        throw notAWorkbook("the part " + part + " is missing");
      }
      // Declared sizes first (Bounded then holds the part to what it declared), so that a zip bomb is
      // refused before a byte of it is inflated.
      long size = entry.getSize();
      long compressed = entry.getCompressedSize();
      if (size < 0 || size > budget || size > (1 << 20) && compressed > 0 && size / compressed > MAX_RATIO) {
        throw new Refused(error(null, ErrorCode.LIMIT_EXCEEDED, "the part " + part + " inflates to "
            + (size < 0 ? "an undeclared size" : size + " bytes from " + compressed) + ", beyond the bounds on "
            + "workbooks (twice ReadLimits.maxDocumentBytes in all, " + MAX_RATIO + " to 1 beyond 1 MB); it may be a "
            + "zip bomb"));
      }
      InputStream in = new Bounded(zip.getInputStream(entry), entry, part);
      XMLStreamReader xml = null;
      try {
        xml = XML.createXMLStreamReader(in);
        // No part of a workbook has a DTD: refuse one before anything of it is used.
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XMLStreamException("a DTD or entity reference, which no workbook part has");
          }
          if (event == XMLStreamConstants.START_ELEMENT) {
            return xml;
          }
        }
        return xml;
      } catch (XMLStreamException e) {
        if (xml != null) {
          close(xml);
        }
        in.close();
        throw damaged(part, e);
      }
    }

    private Refused damaged(String part, XMLStreamException e) {
      if (e.getNestedException() instanceof BombException bomb) {
        return new Refused(bomb.error);
      }
      Throwable cause = e.getCause();
      while (cause != null) {
        if (cause instanceof BombException bomb) {
          return new Refused(bomb.error);
        }
        cause = cause.getCause();
      }
      String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
      return notAWorkbook("the part " + part + " is not well-formed XML, or uses a DTD ("
          + (message.length() > 160 ? message.substring(0, 160) + "…" : message) + ")");
    }

    /** Counts what a part inflates to, against the package's budget and the ratio limit. */
    private final class Bounded extends FilterInputStream {
      private final long declared;
      private final String part;
      private long inflated;

      Bounded(InputStream in, ZipEntry entry, String part) {
        super(in);
        this.declared = entry.getSize();
        this.part = part;
      }

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      private void count(int n) throws BombException {
        inflated += n;
        budget -= n;
        if (budget < 0) {
          throw new BombException(error(null, ErrorCode.LIMIT_EXCEEDED,
              "the workbook's parts inflate to more bytes than allowed (twice ReadLimits.maxDocumentBytes); "
                  + "it may be a zip bomb"));
        }
        if (inflated > declared) {
          throw new BombException(error(null, ErrorCode.LIMIT_EXCEEDED, "the part " + part
              + " inflates to more bytes than its zip entry declares; it may be a zip bomb"));
        }
      }
    }
  }

  /** Thrown through the XML parser when a part inflates beyond the bounds. */
  private static final class BombException extends IOException {
    private static final long serialVersionUID = 1L;
    final transient ValidationError error;

    BombException(ValidationError error) {
      super(error.message().en());
      this.error = error;
    }
  }

  private static String attribute(XMLStreamReader xml, String localName) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals(localName)
          && (xml.getAttributeNamespace(i) == null || xml.getAttributeNamespace(i).isEmpty())) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  private static void close(XMLStreamReader xml) {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // nothing left to read
    }
  }

  private static int parseInt(String text, int fallback) {
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** {@code target} relative to the directory {@code dir} of the part that names it. */
  static String resolve(String dir, String target) {
    String path = target.startsWith("/") ? target.substring(1) : dir + target;
    List<String> parts = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        parts.add(segment);
      }
    }
    return String.join("/", parts);
  }

  /** Built-in date formats (14-22, 45-47) and custom formats with day, month, year or hour parts. */
  static boolean isDateFormat(int id, String code) {
    if (id >= 14 && id <= 22 || id >= 45 && id <= 47 || id >= 27 && id <= 36 || id >= 50 && id <= 58) {
      return true;
    }
    if (code == null) {
      return false;
    }
    String stripped = code.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").replaceAll("\\\\.", "")
        .toLowerCase(Locale.ROOT);
    return stripped.matches(".*[dmyhs].*") && !stripped.equals("@");
  }

  /** Decodes the OOXML escapes {@code _xHHHH_} (see {@link XlsxWrite#encode}). */
  static String decode(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (XlsxWrite.isEscape(text, i)) {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 6;
      } else {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }
}
