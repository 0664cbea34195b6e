package cat.xmess.catalog.internal.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Writes plain JSON values as text, without a JSON library, so that the core artifact needs none.
 * A value is {@code null}, a {@link String}, a {@link Boolean}, a {@link BigDecimal}, {@link
 * Integer} or {@link Long}, a {@link List} or a {@link Map} with string keys (written in its
 * iteration order) of such values, or a {@link Raw} JSON text embedded as it is.
 *
 * <p>Strings are escaped exactly as Jackson's UTF-8 writer escapes them ({@code \"}, {@code \\},
 * the short escapes {@code \b \t \n \f \r}, other control characters and unpaired surrogates as
 * upper-case {@code \}{@code uXXXX}; everything else as is), so that the compact form of a catalog
 * is byte for byte the canonical form its checksum was computed over (a test holds the two
 * writers together).
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class JsonText {
  /**
   * Beyond this scale a decimal is refused instead of written: {@code 1E+999999999} is eleven
   * characters to read but a gigabyte to write plainly. Jackson refuses it at the same bound.
   */
  static final int MAX_PLAIN_SCALE = 9_999;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** A JSON text written as it is, for values that are JSON already. */
  public record Raw(String json) {}

  private final StringBuilder out = new StringBuilder();
  private final boolean pretty;

  private JsonText(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * {@return {@code value} as compact JSON, no white space}
   *
   * @throws IllegalArgumentException for a value that is not JSON, or a decimal beyond the bound
   *     above
   */
  public static String compact(Object value) {
    JsonText text = new JsonText(false);
    text.value(value, 0);
    return text.out.toString();
  }

  /** {@return {@code value} as indented JSON: two spaces per level, {@code "key": value}} */
  public static String pretty(Object value) {
    JsonText text = new JsonText(true);
    text.value(value, 0);
    return text.out.toString();
  }

  private void value(Object value, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof BigDecimal decimal) {
      if (Math.abs(decimal.scale()) > MAX_PLAIN_SCALE) {
        throw new IllegalArgumentException("A number with scale " + decimal.scale()
            + " is too far from 1 to write plainly (at most " + MAX_PLAIN_SCALE + ")");
      }
      out.append(decimal.toPlainString());
    } else if (value instanceof Raw raw) {
      out.append(raw.json());
    } else if (value instanceof Map<?, ?> map) {
      object(map, depth);
    } else if (value instanceof List<?> list) {
      array(list, depth);
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }
  }

  private void object(Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      newline(depth + 1);
      string((String) entry.getKey());
      out.append(pretty ? ": " : ":");
      value(entry.getValue(), depth + 1);
    }
    newline(depth);
    out.append('}');
  }

  private void array(List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      newline(depth + 1);
      value(list.get(i), depth + 1);
    }
    newline(depth);
    out.append(']');
  }

  private void newline(int depth) {
    if (pretty) {
      out.append('\n').append("  ".repeat(depth));
    }
  }

  private void string(String s) {
    quote(out, s, HEX);
  }

  /**
   * Appends {@code s} as a JSON string: {@code \"}, {@code \\}, the short escapes {@code \b \t \n
   * \f \r}, other control characters and unpaired surrogates as {@code \}{@code uXXXX} with the
   * given hexadecimal digits (upper case here, lower case for RFC 8785); everything else as is.
   */
  static void quote(StringBuilder out, String s, char[] hex) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            unicodeEscape(out, c, hex);
          } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            unicodeEscape(out, c, hex); // an unpaired surrogate has no UTF-8 form
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void unicodeEscape(StringBuilder out, char c, char[] hex) {
    out.append("\\u").append(hex[c >> 12 & 0xF]).append(hex[c >> 8 & 0xF]).append(hex[c >> 4 & 0xF])
        .append(hex[c & 0xF]);
  }
}
