package cat.xmess.catalog.internal.compiled;

import cat.xmess.catalog.internal.compiled.CompiledForm.Kind;
import cat.xmess.catalog.internal.json.JsonText;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The canonical JSON of model values, computed from the records' declared types as the compiled
 * form is: records as objects of their components in declaration order, absent values and empty
 * lists and maps left out, enums as their wire codes, dates as ISO dates, decimals plainly, map
 * entries in key order. It is the form the catalog format writes and the checksum is computed over,
 * so the core can check checksums and diff catalogs without a JSON library; the file codec of
 * xmess-io writes the same bytes (a test holds the two together).
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class CanonicalJson {
  private CanonicalJson() {}

  /**
   * {@return the JSON value of a model record: maps in record or key order, lists, strings,
   * decimals, integers and booleans, as {@link JsonText} writes them}
   *
   * @param record a record of the model, such as a {@code Catalog} or an {@code Initiative}
   */
  public static Map<String, Object> of(Record record) {
    return object(record);
  }

  /** {@return the compact canonical JSON of a model record, as UTF-8 bytes} */
  public static byte[] bytes(Record record) {
    return JsonText.compact(of(record)).getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, Object> object(Object record) {
    RecordShape shape = RecordShape.of(record.getClass());
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < shape.size(); i++) {
      Object value = shape.component(record, i);
      if (value == null
          || value instanceof List<?> list && list.isEmpty()
          || value instanceof Map<?, ?> map && map.isEmpty()) {
        continue; // the records read an absent list or map back as an empty one
      }
      object.put(shape.name(i), value(value, shape.kinds[i], shape.types[i]));
    }
    return object;
  }

  private static Object value(Object value, Kind kind, Type type) {
    if (value == null) {
      return null;
    }
    return switch (kind) {
      case STRING, DECIMAL, INT, LONG, BOOLEAN -> value;
      case ENUM -> value.toString(); // the wire code, see cat.xmess.model.WireCode
      case DATE -> value.toString(); // ISO 8601, yyyy-MM-dd
      case RECORD -> object(value);
      case LIST -> {
        Type element = CompiledForm.argument(type, 0);
        Kind elementKind = CompiledForm.kindOf(element);
        List<Object> list = new ArrayList<>();
        for (Object item : (List<?>) value) {
          list.add(value(item, elementKind, element));
        }
        yield list;
      }
      case MAP, JSON_VALUE -> jsonValue(value);
    };
  }

  /** Free JSON (extensions): kept whole, empty lists and objects included, object keys sorted. */
  private static Object jsonValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((key, item) -> sorted.put((String) key, jsonValue(item)));
      return sorted;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(jsonValue(item)));
      return copy;
    }
    if (value instanceof String || value instanceof Boolean || value instanceof BigDecimal) {
      return value;
    }
    throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
  }
}
