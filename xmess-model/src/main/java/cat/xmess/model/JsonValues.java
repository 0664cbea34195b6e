package cat.xmess.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Plain Java values standing for arbitrary JSON in {@code extensions}: {@code Map<String, Object>}
 * (objects), {@code List<Object>} (arrays), {@code String}, {@code BigDecimal} (every number) and
 * {@code Boolean}. Copies are deep and unmodifiable, so a record holding them stays immutable.
 * JSON {@code null} has no counterpart: an absent value is left out.
 */
final class JsonValues {
  private JsonValues() {}

  /** A deep, unmodifiable copy of an {@code extensions} object; empty for {@code null}. */
  static Map<String, Object> copyObject(@Nullable Map<String, ?> object) {
    if (object == null || object.isEmpty()) {
      return Map.of();
    }
    // Sorted, like the canonical JSON the codec writes, so equal content gives equal iteration order.
    Map<String, Object> copy = new TreeMap<>();
    object.forEach((key, value) -> {
      if (key == null) {
        throw new NullPointerException("extension keys cannot be null");
      }
      if (!isWellFormed(key)) {
        // JSON readers refuse a property name with half a surrogate pair: it could not be read back.
        throw new IllegalArgumentException("extension keys must be well-formed Unicode");
      }
      copy.put(key, copy(value));
    });
    return Collections.unmodifiableMap(copy);
  }

  /** Whether every surrogate of {@code text} is part of a pair. */
  static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private static Object copy(Object value) {
    if (value == null) {
      throw new NullPointerException("extension values cannot be null; leave the field out");
    }
    if (value instanceof String || value instanceof Boolean || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue());
    }
    if (value instanceof Number number) {
      return BigDecimal.valueOf(number.longValue());
    }
    if (value instanceof Map<?, ?> map) {
      return copyObject((Map<String, ?>) map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(element -> copy.add(copy(element)));
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        "extension values are maps, lists, strings, numbers or booleans, not " + value.getClass().getName());
  }
}
