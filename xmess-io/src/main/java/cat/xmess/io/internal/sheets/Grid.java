package cat.xmess.io.internal.sheets;

import org.apiguardian.api.API;
import java.math.BigDecimal;
import java.util.List;

/** The flat form in memory: sheets of rows of cells, as written to or read from XLSX or CSV. */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class Grid {
  private Grid() {}

  /** One sheet or CSV file: its header and its non-empty rows below it. */
  public record Sheet(String name, List<String> header, List<Row> rows) {}

  /**
   * One row; {@code cells.get(i)} is in column {@code i}, {@code null} when empty.
   *
   * @param number the row's number in the spreadsheet, 1 for the header
   */
  public record Row(int number, List<Cell> cells) {
    /** The cell of column {@code index}, or {@code null}. */
    public Cell cell(int index) {
      return index < cells.size() ? cells.get(index) : null;
    }
  }

  /**
   * One non-empty cell.
   *
   * @param text the text, or the number written plainly, or {@code true}/{@code false}
   * @param type what kind of value the cell holds
   * @param dateFormatted whether a number cell is shown as a date or time
   */
  public record Cell(String text, Type type, boolean dateFormatted) {
    /** What a cell holds. */
    public enum Type {
      /** Text in a workbook. */
      TEXT,
      /** A number in a workbook. */
      NUMBER,
      /** A boolean in a workbook. */
      BOOLEAN,
      /** A formula in a workbook (never evaluated). */
      FORMULA,
      /** An error value ({@code #N/A}...) in a workbook. */
      ERROR,
      /** A CSV cell: text whose type the column decides. */
      PLAIN
    }

    static Cell text(String text) {
      return new Cell(text, Type.TEXT, false);
    }

    static Cell number(BigDecimal number) {
      return new Cell(number.toPlainString(), Type.NUMBER, false);
    }

    static Cell bool(boolean value) {
      return new Cell(Boolean.toString(value), Type.BOOLEAN, false);
    }
  }

  /** A cell's reference as people read it: {@code initiatives!F7}. */
  public static String reference(String sheet, int column, int row) {
    return sheet + "!" + columnName(column) + row;
  }

  /** {@code 0} as {@code A}, {@code 26} as {@code AA}. */
  public static String columnName(int column) {
    StringBuilder name = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      name.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return name.toString();
  }

  /** The inverse of {@link #columnName}: the letters of {@code F7} as 5, or -1. */
  static int columnIndex(String reference) {
    int column = 0;
    int i = 0;
    for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
      char c = Character.toUpperCase(reference.charAt(i));
      if (c < 'A' || c > 'Z' || i >= 3) {
        return -1;
      }
      column = column * 26 + (c - 'A' + 1);
    }
    return i == 0 ? -1 : column - 1;
  }

  /** The digits of {@code F7} as 7, or -1. */
  static int rowNumber(String reference) {
    int i = 0;
    while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
      i++;
    }
    try {
      return i == reference.length() ? -1 : Integer.parseInt(reference.substring(i));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
