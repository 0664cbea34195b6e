package cat.xmess.io.internal.sheets;

import org.apiguardian.api.API;
import cat.xmess.io.internal.sheets.Grid.Cell;
import cat.xmess.io.internal.sheets.Grid.Row;
import cat.xmess.io.internal.sheets.Grid.Sheet;
import cat.xmess.io.internal.sheets.Layout.Column;
import cat.xmess.io.internal.sheets.Layout.SheetSpec;
import cat.xmess.model.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes sheets as one XLSX workbook with fastexcel: an instructions sheet first, a bold frozen
 * header row on every sheet, text columns formatted as text (so that {@code 08019} typed into a
 * template stays text), and a drop-down list (data validation) on every code column, fed from the
 * codelist sheet or the allowed values.
 *
 * <p>Texts are written with the OOXML escape of characters XML cannot carry ({@code _xHHHH_}, as
 * Excel writes them), and a literal {@code _xHHHH_} is itself escaped, so that {@link XlsxRead}
 * gives back every text exactly.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class XlsxWrite {
  /** Excel's limit on the characters of one cell. */
  public static final int MAX_CELL_CHARS = 32_767;

  private static final int LAST_ROW = Worksheet.MAX_ROWS - 1;

  private XlsxWrite() {}

  /**
   * The workbook of {@code sheets}.
   *
   * @param languages the languages of the instructions sheet, one column each
   * @throws IllegalArgumentException when a text is longer than a cell holds, before anything is
   *     written; the message names every such cell, its record and field
   */
  public static byte[] write(List<Sheet> sheets, List<Language> languages) {
    refuseOverlongTexts(sheets);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "XMESS SDK", null);
      instructions(workbook.newWorksheet(Instructions.SHEET), languages);
      Map<String, Integer> rowsOf = new HashMap<>();
      sheets.forEach(sheet -> rowsOf.put(sheet.name(), sheet.rows().size()));
      for (Sheet sheet : sheets) {
        SheetSpec spec = Layout.get().sheets().stream().filter(s -> s.name().equals(sheet.name())).findFirst()
            .orElseThrow();
        sheet(workbook.newWorksheet(sheet.name()), sheet, spec, rowsOf);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Refuses, before a byte is written, a workbook with a text longer than {@link #MAX_CELL_CHARS}:
   * Excel would truncate it or "repair" the file, so the round trip would silently lose text. The
   * length counted is the text's own (UTF-16 units, as Excel counts), not its escaped XML form.
   */
  private static void refuseOverlongTexts(List<Sheet> sheets) {
    List<String> overlong = new java.util.ArrayList<>();
    for (Sheet sheet : sheets) {
      for (Row row : sheet.rows()) {
        for (int c = 0; c < row.cells().size(); c++) {
          Cell cell = row.cells().get(c);
          if (cell != null && cell.text().length() > MAX_CELL_CHARS) {
            Cell key = row.cell(0);
            String field = c < sheet.header().size() ? sheet.header().get(c) : "?";
            overlong.add(Grid.reference(sheet.name(), c, row.number()) + " (" + sheet.name() + " \""
                + (key == null ? "?" : key.text()) + "\", " + field + ": " + cell.text().length() + " characters)");
          }
        }
      }
    }
    if (!overlong.isEmpty()) {
      throw new IllegalArgumentException("Cannot write an XLSX workbook: " + overlong.size()
          + (overlong.size() == 1 ? " text is" : " texts are") + " longer than the " + MAX_CELL_CHARS
          + " characters a spreadsheet cell holds: " + String.join("; ", overlong)
          + ". Export as JSON or CSV instead, which hold texts of any length, or shorten the text.");
    }
  }

  private static void instructions(Worksheet ws, List<Language> languages) {
    for (int c = 0; c < languages.size(); c++) {
      List<String> lines = Instructions.lines(languages.get(c));
      ws.value(0, c, languages.get(c).code());
      ws.style(0, c).bold().set();
      for (int r = 0; r < lines.size(); r++) {
        ws.value(r + 1, c, encode(lines.get(r)));
      }
      ws.width(c, 100);
      ws.style(c).wrapText(true).set();
    }
    ws.freezePane(0, 1);
  }

  private static void sheet(Worksheet ws, Sheet sheet, SheetSpec spec, Map<String, Integer> rowsOf) {
    List<String> header = sheet.header();
    for (int c = 0; c < header.size(); c++) {
      ws.value(0, c, header.get(c));
      ws.style(0, c).bold().fillColor("DDEBF7").set();
      ws.width(c, Math.min(60, Math.max(12, header.get(c).length() + 4)));
    }
    ws.freezePane(1, 1);
    for (int c = 0; c < header.size(); c++) {
      Column column = c < spec.columns().size() ? spec.columns().get(c) : null;
      if (spec.isKeyValue() || column == null || column.kind() != Column.Kind.INTEGER
          && column.kind() != Column.Kind.NUMBER && column.kind() != Column.Kind.BOOLEAN) {
        ws.style(c).format("@").set();
      }
      if (column != null && column.hasChoices()) {
        dropDown(ws, c, column, rowsOf);
      }
    }
    for (Row row : sheet.rows()) {
      for (int c = 0; c < row.cells().size(); c++) {
        Cell cell = row.cells().get(c);
        if (cell != null) {
          value(ws, row.number() - 1, c, cell);
        }
      }
    }
  }

  private static void value(Worksheet ws, int row, int column, Cell cell) {
    switch (cell.type()) {
      case NUMBER -> {
        BigDecimal number = new BigDecimal(cell.text());
        try {
          ws.value(row, column, number.longValueExact());
        } catch (ArithmeticException notALong) {
          ws.value(row, column, number);
        }
      }
      case BOOLEAN -> ws.value(row, column, Boolean.parseBoolean(cell.text()));
      default -> {
        ws.value(row, column, encode(cell.text()));
        ws.style(row, column).format("@").set();
      }
    }
  }

  /** A drop-down on a code column: the codelist's codes, the member bodies' or sources' ids, or the enum. */
  private static void dropDown(Worksheet ws, int c, Column column, Map<String, Integer> rowsOf) {
    String formula;
    if (column.codeSheet() != null) {
      int rows = rowsOf.getOrDefault(column.codeSheet(), 0);
      boolean growing = column.codeSheet().equals("member-bodies") || column.codeSheet().equals("sources");
      int last = 1 + (growing ? rows + 1000 : Math.max(rows, 1));
      formula = "'" + column.codeSheet() + "'!$A$2:$A$" + last;
    } else {
      formula = "\"" + String.join(",", column.choices()) + "\"";
    }
    boolean list = column.kind() == Column.Kind.LIST;
    ws.range(1, c, LAST_ROW, c).validateWithListByFormula(formula)
        .allowBlank(true)
        .showDropdown(true)
        // A list cell holds several codes joined with |, which a drop-down cannot check: inform only.
        .errorStyle(list ? DataValidationErrorStyle.INFORMATION : DataValidationErrorStyle.WARNING)
        .showErrorMessage(true)
        .errorTitle(column.header())
        .error(list ? "Several codes are joined with |" : "Not a code of " + (column.codeSheet() == null
            ? "this column" : column.codeSheet()));
  }

  /**
   * The OOXML escape ({@code _xHHHH_}) of every character XML 1.0 cannot carry or would change (a
   * carriage return, controls, unpaired surrogates, U+FFFE and U+FFFF), and of the {@code _} of a
   * literal {@code _xHHHH}.
   */
  static String encode(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = null;
      if (c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF) {
        escape = hex(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      } else if (Character.isSurrogate(c)) {
        escape = hex(c);
      } else if (c == '_' && startsEscape(text, i)) {
        escape = "_x005F_";
      }
      if (escape != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escape != null) {
          out.append(escape);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static String hex(char c) {
    return String.format("_x%04X_", (int) c);
  }

  /**
   * Whether {@code _xHHHH} starts at {@code i}, trailing {@code _} or not: the next character, once
   * escaped itself, could supply the underscore that makes it read as an escape.
   */
  private static boolean startsEscape(String text, int i) {
    return i + 6 <= text.length() && text.charAt(i + 1) == 'x' && hexDigits(text, i + 2);
  }

  private static boolean hexDigits(String text, int from) {
    for (int k = from; k < from + 4; k++) {
      if (Character.digit(text.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code _xHHHH_} starts at {@code i}. */
  static boolean isEscape(String text, int i) {
    if (i + 7 > text.length() || text.charAt(i) != '_' || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
      return false;
    }
    for (int k = i + 2; k < i + 6; k++) {
      if (Character.digit(text.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
