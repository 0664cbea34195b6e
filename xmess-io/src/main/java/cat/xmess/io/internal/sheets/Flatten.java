package cat.xmess.io.internal.sheets;

import org.apiguardian.api.API;
import cat.xmess.catalog.internal.json.Pointer;
import cat.xmess.io.internal.codec.CatalogCodec;
import cat.xmess.io.internal.sheets.Grid.Cell;
import cat.xmess.io.internal.sheets.Grid.Row;
import cat.xmess.io.internal.sheets.Grid.Sheet;
import cat.xmess.io.internal.sheets.Layout.Column;
import cat.xmess.io.internal.sheets.Layout.SheetSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * A catalog document (its JSON tree) as the sheets of {@link Layout}. The metadata's checksum is
 * left out: it would be stale after the first edit, and import stamps a fresh one.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class Flatten {
  /** Separator of the items of a list cell. */
  public static final char LIST_SEPARATOR = '|';

  private final CatalogCodec codec;

  /** A flattener writing JSON cells with {@code codec}. */
  public Flatten(CatalogCodec codec) {
    this.codec = codec;
  }

  /**
   * The sheets of {@code document}.
   *
   * @param layerOf the layer of the record of a record sheet's pointer and key, for a last {@code
   *     layer} column; {@code null} for no such column
   */
  public List<Sheet> sheets(JsonNode document, BiFunction<String, String, String> layerOf) {
    List<Sheet> sheets = new ArrayList<>();
    for (SheetSpec spec : Layout.get().sheets()) {
      JsonNode node = document.at(spec.pointer());
      sheets.add(spec.isKeyValue() ? keyValues(spec, node) : records(spec, node, layerOf));
    }
    return sheets;
  }

  private Sheet records(SheetSpec spec, JsonNode array, BiFunction<String, String, String> layerOf) {
    List<String> header = new ArrayList<>(spec.header());
    if (layerOf != null) {
      header.add(Layout.LAYER_COLUMN);
    }
    List<Row> rows = new ArrayList<>();
    for (JsonNode record : array) {
      List<Cell> cells = new ArrayList<>();
      for (Column column : spec.columns()) {
        JsonNode value = record.path(column.property());
        cells.add(cell(column.part() == null ? value : value.path(column.part()), column.kind()));
      }
      if (layerOf != null) {
        String key = record.path(spec.columns().get(0).property()).asString(null);
        String layer = key == null ? null : layerOf.apply(spec.pointer(), key);
        cells.add(layer == null ? null : Cell.text(layer));
      }
      rows.add(new Row(rows.size() + 2, cells));
    }
    return new Sheet(spec.name(), header, rows);
  }

  private Cell cell(JsonNode value, Column.Kind kind) {
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    return switch (kind) {
      case TEXT -> value.isString() ? Cell.text(value.asString()) : json(value);
      case INTEGER, NUMBER -> value.isNumber() ? Cell.number(value.decimalValue()) : json(value);
      case BOOLEAN -> value.isBoolean() ? Cell.bool(value.asBoolean()) : json(value);
      case LIST -> value.isArray() && isTexts(value) ? (value.isEmpty() ? null : Cell.text(joined(value))) : json(value);
      case JSON -> json(value);
    };
  }

  private Cell json(JsonNode value) {
    return Cell.text(codec.toCompactJson(value));
  }

  private static boolean isTexts(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isString()) {
        return false;
      }
    }
    return true;
  }

  /** Items joined with {@code |}, each with its {@code \} and {@code |} escaped. */
  static String joined(JsonNode array) {
    StringBuilder text = new StringBuilder();
    for (int n = 0; n < array.size(); n++) {
      if (n > 0) {
        text.append(LIST_SEPARATOR);
      }
      String s = array.get(n).asString();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\\' || c == LIST_SEPARATOR) {
          text.append('\\');
        }
        text.append(c);
      }
    }
    return text.toString();
  }

  /** Field/value rows: one per scalar, paths such as {@code purposes.2.en}; see {@link Layout}. */
  private Sheet keyValues(SheetSpec spec, JsonNode object) {
    List<Row> rows = new ArrayList<>();
    if (object.isObject()) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (spec.pointer().equals("/metadata") && field.getKey().equals("checksum")) {
          continue;
        }
        leaves(field.getKey(), field.getValue(), Layout.get().schema().property(spec.objectSchema(), field.getKey()), rows);
      }
    }
    return new Sheet(spec.name(), spec.header(), rows);
  }

  private void leaves(String path, JsonNode value, JsonNode schema, List<Row> rows) {
    SchemaView view = Layout.get().schema();
    String type = view.type(schema);
    if ("object".equals(type) && value.isObject() && !value.isEmpty() && schema.path("properties").isObject()
        && allKnown(value, schema)) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        leaves(path + "." + field.getKey(), field.getValue(), view.property(schema, field.getKey()), rows);
      }
      return;
    }
    if ("array".equals(type) && value.isArray() && !value.isEmpty()) {
      JsonNode items = view.resolve(schema.path("items"));
      for (int i = 0; i < value.size(); i++) {
        leaves(path + "." + i, value.get(i), items, rows);
      }
      return;
    }
    Column.Kind kind = view.scalarKind(schema);
    Cell cell = kind == null ? json(value) : cell(value, kind);
    rows.add(new Row(rows.size() + 2, List.of(Cell.text(path), cell == null ? json(value) : cell)));
  }

  /** Whether every field of {@code value} is a property the schema names (and none is a number). */
  private static boolean allKnown(JsonNode value, JsonNode schema) {
    for (String name : value.propertyNames()) {
      if (!schema.path("properties").has(name) || name.isEmpty() || name.chars().allMatch(Character::isDigit)
          || name.contains(".")) {
        return false;
      }
    }
    return true;
  }

  /** The pointer of a key/value sheet's {@code field}, such as {@code /network/purposes/2/en}. */
  static String pointerOf(String sheetPointer, String field) {
    String pointer = sheetPointer;
    for (String token : field.split("\\.", -1)) {
      pointer = Pointer.append(pointer, token);
    }
    return pointer;
  }
}
