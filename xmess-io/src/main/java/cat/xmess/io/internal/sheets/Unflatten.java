package cat.xmess.io.internal.sheets;

import org.apiguardian.api.API;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.catalog.internal.json.Pointer;
import cat.xmess.io.internal.codec.CatalogCodec;
import cat.xmess.io.internal.sheets.Grid.Cell;
import cat.xmess.io.internal.sheets.Grid.Row;
import cat.xmess.io.internal.sheets.Grid.Sheet;
import cat.xmess.io.internal.sheets.Layout.Column;
import cat.xmess.io.internal.sheets.Layout.SheetSpec;
import cat.xmess.catalog.internal.codes.NearestCodes;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sheets of {@link Layout} back into a catalog document, with a map from every JSON Pointer it
 * sets to the cell it came from, so that every later error can name its cell. Problems of the sheets
 * themselves (a missing sheet or column, a formula, a number where text belongs) are collected here,
 * each at its cell; the catalog's own rules are left to the validation layers.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class Unflatten {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final CatalogCodec codec;

  /** An unflattener parsing JSON cells with {@code codec}. */
  public Unflatten(CatalogCodec codec) {
    this.codec = codec;
  }

  /**
   * The document read from sheets.
   *
   * @param document the catalog document
   * @param cells JSON Pointer to cell reference, for every value set and every column of every row
   * @param errors the problems of the sheets, each at its cell; empty when the document is complete
   */
  public record Result(ObjectNode document, Map<String, String> cells, List<ValidationError> errors) {
    /** {@return the cell of {@code pointer}, or of its nearest ancestor that has one, or null} */
    public String cellOf(String pointer) {
      for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
        String cell = cells.get(p);
        if (cell != null || p.isEmpty()) {
          return cell;
        }
      }
    }
  }

  /**
   * Reads {@code sheets} (other sheets, such as the instructions, are ignored).
   *
   * @param suffix appended to sheet names in cell references: {@code ""} for a workbook, {@code
   *     ".csv"} for a directory of CSV files
   */
  public Result read(List<Sheet> sheets, String suffix) {
    Map<String, Sheet> byName = new HashMap<>();
    sheets.forEach(sheet -> byName.putIfAbsent(sheet.name(), sheet));
    State state = new State(suffix);
    ObjectNode document = NODES.objectNode();
    document.set("codelists", NODES.objectNode());
    for (SheetSpec spec : Layout.get().sheets()) {
      Sheet sheet = byName.get(spec.name());
      String place = spec.name() + suffix;
      if (sheet == null) {
        state.error(place, spec.pointer(), ErrorCode.MISSING_SHEET, place);
        continue;
      }
      state.cells.putIfAbsent(spec.pointer(), place);
      int[] columns = state.header(sheet, spec.header());
      if (columns == null) {
        continue;
      }
      state.dataWithoutHeader(sheet, spec);
      if (spec.isKeyValue()) {
        ObjectNode object = NODES.objectNode();
        keyValues(spec, sheet, columns, object, state);
        if (!object.isEmpty()) {
          set(document, spec.pointer(), object);
        }
      } else {
        ArrayNode array = records(spec, sheet, columns, state);
        if (!array.isEmpty()) {
          set(document, spec.pointer(), array);
        }
      }
    }
    return new Result(document, state.cells, state.errors);
  }

  private static void set(ObjectNode document, String pointer, JsonNode value) {
    String[] tokens = pointer.substring(1).split("/");
    ObjectNode parent = document;
    for (int i = 0; i < tokens.length - 1; i++) {
      parent = parent.has(tokens[i]) ? (ObjectNode) parent.get(tokens[i]) : parent.putObject(tokens[i]);
    }
    parent.set(tokens[tokens.length - 1], value);
  }

  private ArrayNode records(SheetSpec spec, Sheet sheet, int[] columns, State state) {
    ArrayNode array = NODES.arrayNode();
    for (Row row : sheet.rows()) {
      String base = Pointer.append(spec.pointer(), array.size());
      ObjectNode record = NODES.objectNode();
      state.cells.put(base, state.ref(sheet, 0, row.number()));
      for (int c = 0; c < spec.columns().size(); c++) {
        Column column = spec.columns().get(c);
        String ref = state.ref(sheet, columns[c], row.number());
        String pointer = Pointer.append(base, column.property());
        state.cells.putIfAbsent(pointer, ref);
        if (column.part() != null) {
          pointer = Pointer.append(pointer, column.part());
          state.cells.put(pointer, ref);
        }
        JsonNode value = value(row.cell(columns[c]), column.kind(), pointer, ref, state);
        if (value == null) {
          continue;
        }
        if (column.part() == null) {
          record.set(column.property(), value);
        } else {
          JsonNode parent = record.get(column.property());
          ObjectNode object = parent instanceof ObjectNode o ? o : record.putObject(column.property());
          object.set(column.part(), value);
        }
      }
      array.add(record);
    }
    return array;
  }

  /** A cell's value as the column's kind wants it; {@code null} for an empty cell or an error. */
  private JsonNode value(Cell cell, Column.Kind kind, String pointer, String ref, State state) {
    if (cell == null || cell.text().isEmpty() && cell.type() != Cell.Type.FORMULA) {
      return null;
    }
    switch (cell.type()) {
      case FORMULA -> {
        return state.error(ref, pointer, ErrorCode.FORMULA_CELL, "=" + cell.text());
      }
      case ERROR -> {
        return state.error(ref, pointer, ErrorCode.WRONG_TYPE, "error " + cell.text(), expected(kind));
      }
      case NUMBER -> {
        if (cell.dateFormatted()) {
          return state.error(ref, pointer, ErrorCode.DATE_AS_NUMBER, asDate(cell.text()));
        }
        if (kind == Column.Kind.INTEGER || kind == Column.Kind.NUMBER) {
          return number(cell.text(), kind, pointer, ref, state);
        }
        return state.error(ref, pointer, ErrorCode.WRONG_TYPE, "number " + cell.text(), expected(kind));
      }
      case BOOLEAN -> {
        if (kind == Column.Kind.BOOLEAN) {
          return NODES.booleanNode(Boolean.parseBoolean(cell.text()));
        }
        return state.error(ref, pointer, ErrorCode.WRONG_TYPE, "boolean", expected(kind));
      }
      default -> {
        boolean plain = cell.type() == Cell.Type.PLAIN;
        String text = plain && cell.text().startsWith("'") ? cell.text().substring(1) : cell.text();
        return switch (kind) {
          case TEXT -> NODES.stringNode(text);
          case LIST -> split(text);
          case JSON -> json(text, pointer, ref, state);
          case INTEGER, NUMBER -> plain ? number(text, kind, pointer, ref, state)
              : state.error(ref, pointer, ErrorCode.WRONG_TYPE, "text", expected(kind));
          // Spreadsheets save booleans in CSV as TRUE and FALSE; JSON writes true and false.
          case BOOLEAN -> plain && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))
              ? NODES.booleanNode(Boolean.parseBoolean(text))
              : state.error(ref, pointer, ErrorCode.WRONG_TYPE, "text", expected(kind));
        };
      }
    }
  }

  private static String expected(Column.Kind kind) {
    return switch (kind) {
      case TEXT -> "text";
      case INTEGER -> "an integer";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case LIST -> "text (items separated by |)";
      case JSON -> "JSON text";
    };
  }

  /** A spreadsheet date number (days since 1899-12-30) as the date it shows. */
  private static String asDate(String serial) {
    try {
      double days = Double.parseDouble(serial);
      if (days >= 1 && days < 2_958_466) {
        return serial + " = " + LocalDate.of(1899, 12, 30).plusDays((long) Math.floor(days));
      }
    } catch (NumberFormatException e) {
      // shown as it is
    }
    return serial;
  }

  private JsonNode number(String text, Column.Kind kind, String pointer, String ref, State state) {
    try {
      JsonNode number = codec.readTree(text.strip().getBytes(StandardCharsets.UTF_8));
      if (number.isNumber()) {
        return number;
      }
    } catch (JacksonException | NumberFormatException e) {
      // reported below
    }
    return state.error(ref, pointer, ErrorCode.WRONG_TYPE, "text \"" + shorten(text) + "\"", expected(kind));
  }

  private JsonNode json(String text, String pointer, String ref, State state) {
    try {
      return codec.readTree(text.getBytes(StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      Object line = e.getLocation() == null ? "?" : e.getLocation().getLineNr();
      Object column = e.getLocation() == null ? "?" : e.getLocation().getColumnNr();
      return state.error(ref, pointer, ErrorCode.SYNTAX_ERROR, line, column, shorten(e.getOriginalMessage()));
    } catch (NumberFormatException e) {
      return state.error(ref, pointer, ErrorCode.OUT_OF_RANGE, shorten(text), "a number a decimal can hold");
    }
  }

  private static String shorten(String text) {
    String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return line.length() <= 120 ? line : line.substring(0, 120) + "…";
  }

  /** The items of a list cell; see {@link Flatten#joined}. */
  static ArrayNode split(String text) {
    ArrayNode items = NODES.arrayNode();
    StringBuilder item = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()
          && (text.charAt(i + 1) == '\\' || text.charAt(i + 1) == Flatten.LIST_SEPARATOR)) {
        item.append(text.charAt(++i));
      } else if (c == Flatten.LIST_SEPARATOR) {
        items.add(item.toString());
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    items.add(item.toString());
    return items;
  }

  private void keyValues(SheetSpec spec, Sheet sheet, int[] columns, ObjectNode object, State state) {
    SchemaView schema = Layout.get().schema();
    for (Row row : sheet.rows()) {
      Cell fieldCell = row.cell(columns[0]);
      String fieldRef = state.ref(sheet, columns[0], row.number());
      String valueRef = state.ref(sheet, columns[1], row.number());
      if (fieldCell == null || fieldCell.text().isBlank()) {
        if (row.cell(columns[1]) != null) {
          state.error(fieldRef, spec.pointer(), ErrorCode.MISSING_REQUIRED, "field");
        }
        continue;
      }
      if (fieldCell.type() != Cell.Type.TEXT && fieldCell.type() != Cell.Type.PLAIN) {
        state.error(fieldRef, spec.pointer(), ErrorCode.WRONG_TYPE, fieldCell.type().name().toLowerCase(java.util.Locale.ROOT), "text");
        continue;
      }
      String field = fieldCell.text().strip();
      if (spec.pointer().equals("/metadata") && field.equals("checksum")) {
        continue; // import stamps a fresh one
      }
      String[] tokens = field.split("\\.", -1);
      JsonNode nodeSchema = spec.objectSchema();
      JsonNode container = object;
      String pointer = spec.pointer();
      for (int t = 0; t < tokens.length; t++) {
        String token = tokens[t];
        String type = schema.type(nodeSchema);
        JsonNode childSchema;
        if ("array".equals(type)) {
          if (!token.matches("[0-9]{1,6}")) {
            state.error(fieldRef, pointer, ErrorCode.INVALID_VALUE, "\"" + shorten(field) + "\": \"" + shorten(token)
                + "\" is not a list position (0, 1, 2...)");
            break;
          }
          childSchema = schema.resolve(schema.resolve(nodeSchema).path("items"));
        } else if ("object".equals(type) && schema.resolve(nodeSchema).path("properties").has(token)) {
          childSchema = schema.property(nodeSchema, token);
        } else {
          state.error(fieldRef, Pointer.append(pointer, token), ErrorCode.UNKNOWN_FIELD, shorten(field));
          break;
        }
        pointer = Pointer.append(pointer, token);
        state.cells.putIfAbsent(pointer, t == tokens.length - 1 ? valueRef : fieldRef);
        boolean last = t == tokens.length - 1;
        JsonNode existing = "array".equals(type) ? child((ArrayNode) container, Integer.parseInt(token))
            : container.get(token);
        if (last) {
          if (existing != null && !existing.isNull()) {
            state.error(fieldRef, pointer, ErrorCode.DUPLICATE_KEY, shorten(field));
            break;
          }
          Column.Kind kind = schema.scalarKind(childSchema);
          JsonNode value = value(row.cell(columns[1]), kind == null ? Column.Kind.JSON : kind, pointer, valueRef, state);
          if (value != null) {
            put(container, token, value);
          }
          break;
        }
        String childType = schema.type(childSchema);
        if (existing == null || existing.isNull()) {
          existing = "array".equals(childType) ? NODES.arrayNode() : NODES.objectNode();
          put(container, token, existing);
        } else if (!existing.isContainer()) {
          state.error(fieldRef, pointer, ErrorCode.DUPLICATE_KEY, shorten(field));
          break;
        }
        container = existing;
        nodeSchema = childSchema;
      }
    }
  }

  private static JsonNode child(ArrayNode array, int index) {
    return index < array.size() ? array.get(index) : null;
  }

  /** Sets {@code value} at {@code token} of an object, or at that index of an array, padding with nulls. */
  private static void put(JsonNode container, String token, JsonNode value) {
    if (container instanceof ArrayNode array) {
      int index = Integer.parseInt(token);
      while (array.size() < index) {
        array.addNull();
      }
      if (index < array.size()) {
        array.set(index, value);
      } else {
        array.add(value);
      }
    } else {
      ((ObjectNode) container).set(token, value);
    }
  }

  /** The cell map and errors of one read. */
  private static final class State {
    final String suffix;
    final Map<String, String> cells = new LinkedHashMap<>();
    final List<ValidationError> errors = new ArrayList<>();

    State(String suffix) {
      this.suffix = suffix;
    }

    String ref(Sheet sheet, int column, int row) {
      return Grid.reference(sheet.name() + suffix, column, row);
    }

    JsonNode error(String cell, String pointer, ErrorCode code, Object... args) {
      errors.add(ValidationError.of(ValidationLayer.SYNTAX, pointer, code, args).atCell(cell));
      return null;
    }

    /**
     * Reports every non-blank cell of a column whose header cell is empty (or absent, past the last
     * header), which would otherwise be dropped without a word: one error per cell, at the cell. The
     * {@code layer} column of exports has a header, so it is not one of them.
     */
    void dataWithoutHeader(Sheet sheet, SheetSpec spec) {
      for (Row row : sheet.rows()) {
        for (int c = 0; c < row.cells().size(); c++) {
          Cell cell = row.cells().get(c);
          if (cell != null && !cell.text().isBlank() && !named(sheet, c)) {
            error(ref(sheet, c, row.number()), spec.pointer(), ErrorCode.DATA_WITHOUT_HEADER,
                shorten(cell.type() == Cell.Type.FORMULA ? "=" + cell.text() : cell.text()));
          }
        }
      }
    }

    private static boolean named(Sheet sheet, int column) {
      String name = column < sheet.header().size() ? sheet.header().get(column) : null;
      return name != null && !name.isBlank();
    }

    /**
     * The column of each expected header name, or {@code null} after reporting a missing, unknown
     * or repeated column. An empty header cell, and the {@code layer} column of exports, are ignored
     * here; data under an empty header is reported by {@link #dataWithoutHeader}.
     */
    int[] header(Sheet sheet, List<String> expected) {
      Map<String, Integer> found = new HashMap<>();
      boolean ok = true;
      for (int c = 0; c < sheet.header().size(); c++) {
        String name = sheet.header().get(c) == null ? "" : sheet.header().get(c).strip();
        if (name.isEmpty() || name.equals(Layout.LAYER_COLUMN)) {
          continue;
        }
        String ref = ref(sheet, c, 1);
        if (!expected.contains(name)) {
          String nearest = NearestCodes.to(name, expected).stream().findFirst().orElse(null);
          error(ref, "", ErrorCode.UNKNOWN_COLUMN, shorten(name), nearest == null ? "" : " (" + nearest + "?)");
          ok = false;
        } else if (found.putIfAbsent(name, c) != null) {
          error(ref, "", ErrorCode.DUPLICATE_ITEM, name);
          ok = false;
        }
      }
      for (String name : expected) {
        if (!found.containsKey(name)) {
          error(ref(sheet, sheet.header().size(), 1), "", ErrorCode.MISSING_COLUMN, name);
          ok = false;
        }
      }
      return ok ? expected.stream().mapToInt(found::get).toArray() : null;
    }
  }
}
