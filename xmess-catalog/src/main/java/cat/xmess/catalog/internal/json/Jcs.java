package cat.xmess.catalog.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The JSON Canonicalization Scheme (RFC 8785, JCS) of plain JSON values, without a JSON library:
 * the form over which {@code metadata.checksum} is computed, so that any tool with a JCS
 * implementation can compute it too.
 *
 * <ul>
 *   <li>No white space; object members sorted by their names compared as arrays of UTF-16 code
 *       units ({@link String#compareTo} is exactly that order).
 *   <li>Strings escaped as ECMAScript's {@code JSON.stringify} does: {@code \"}, {@code \\}, the
 *       short escapes {@code \b \t \n \f \r}, other control characters as lower-case {@code
 *       \}{@code u00xx}; everything else, {@code /} and non-ASCII included, as it is.
 *   <li>Numbers as ECMAScript's {@code Number.prototype.toString} writes the IEEE 754 double of the
 *       number.
 * </ul>
 *
 * <p><b>Numbers.</b> JCS numbers are doubles; a decimal a double cannot hold would be rounded, and
 * two different values would then have one canonical form (and one checksum). This writer therefore
 * accepts only numbers of at most {@value #MAX_SIGNIFICANT_DIGITS} significant digits, which every
 * double keeps exactly (IEEE 754 guarantees that a decimal of 15 digits survives a round trip
 * through a double): for them the shortest decimal that identifies the double, which ECMAScript
 * writes, is the number itself, so it is formatted from its decimal digits without going through a
 * double at all. Numbers beyond the normal doubles (below 10^-307 or from 10^308) have no canonical
 * form either. The validators refuse all such numbers ({@code out-of-range}), so every catalog the
 * SDK accepts has a canonical form; this writer throws for one that does not.
 *
 * <p>An unpaired surrogate, which only a catalog built in Java can hold (it has no UTF-8 form), is
 * escaped as lower-case {@code \}{@code udxxx}, as {@code JSON.stringify} does since ECMAScript 2019.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class Jcs {
  /** Most significant digits a number may have: every decimal this long is exact as a double. */
  public static final int MAX_SIGNIFICANT_DIGITS = 15;

  private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();

  /** How much text {@link #digest} gathers before it hands the bytes on. */
  private static final int CHUNK = 16 * 1024;

  /** Object members in RFC 8785's order: names as UTF-16 code units, which {@link String#compareTo} compares. */
  private static final Comparator<Map.Entry<?, ?>> BY_NAME = (a, b) -> ((String) a.getKey()).compareTo((String) b.getKey());

  private final StringBuilder out = new StringBuilder();
  /** Where the text goes a chunk at a time, or null to keep all of it in {@link #out}. */
  private final MessageDigest digest;

  private Jcs(MessageDigest digest) {
    this.digest = digest;
  }

  /**
   * {@return the canonical form of {@code value}}
   *
   * @param value {@code null}, a {@link String}, a {@link Boolean}, a number ({@link BigDecimal},
   *     {@link BigInteger}, {@link Integer}, {@link Long}), a {@link List} or a {@link Map} with
   *     string keys of such values
   * @throws IllegalArgumentException for a value that is not JSON, a number of more than {@value
   *     #MAX_SIGNIFICANT_DIGITS} significant digits
   */
  public static String canonical(Object value) {
    Jcs jcs = new Jcs(null);
    jcs.value(value);
    return jcs.out.toString();
  }

  /**
   * Feeds the UTF-8 bytes of the canonical form of {@code value} into {@code digest}: the bytes of
   * {@link #canonical}, a chunk at a time, so that a large catalog's checksum needs no string (nor
   * byte array) of the whole document.
   *
   * @throws IllegalArgumentException as {@link #canonical} does
   */
  public static void digest(Object value, MessageDigest digest) {
    Jcs jcs = new Jcs(digest);
    jcs.value(value);
    jcs.flush();
  }

  /**
   * Hands the text gathered so far to the digest once there is a chunk of it. Called between
   * values only, so a surrogate pair, which {@link JsonText#quote} writes whole, is never split.
   */
  private void spill() {
    if (digest != null && out.length() >= CHUNK) {
      flush();
    }
  }

  private void flush() {
    if (digest != null) {
      digest.update(out.toString().getBytes(StandardCharsets.UTF_8));
      out.setLength(0);
    }
  }

  private static final BigDecimal LARGEST = new BigDecimal("1E+308");
  private static final BigDecimal SMALLEST = new BigDecimal("1E-307");

  /**
   * {@return whether {@code number} has a canonical form: zero, or at most 15 significant digits
   * and a magnitude from 10^-307 (normal doubles; subnormal ones have fewer digits) to below 10^308}
   */
  public static boolean isExactAsDouble(BigDecimal number) {
    if (number.signum() == 0) {
      return true;
    }
    BigDecimal magnitude = number.abs();
    return magnitude.compareTo(LARGEST) < 0 && magnitude.compareTo(SMALLEST) >= 0
        && number.stripTrailingZeros().precision() <= MAX_SIGNIFICANT_DIGITS;
  }

  private void value(Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s);
    } else if (value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof BigDecimal decimal) {
      number(decimal);
    } else if (value instanceof Integer || value instanceof Long) {
      number(BigDecimal.valueOf(((Number) value).longValue()));
    } else if (value instanceof BigInteger integer) {
      number(new BigDecimal(integer));
    } else if (value instanceof Map<?, ?> map) {
      object(map);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        value(list.get(i));
        spill();
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }
  }

  private void object(Map<?, ?> map) {
    // Sorted as an array rather than through a TreeMap: a large catalog has millions of objects.
    Map.Entry<?, ?>[] members = map.entrySet().toArray(new Map.Entry<?, ?>[0]);
    for (Map.Entry<?, ?> member : members) {
      if (!(member.getKey() instanceof String)) {
        throw new IllegalArgumentException("Not a JSON object key: " + member.getKey());
      }
    }
    Arrays.sort(members, BY_NAME);
    out.append('{');
    for (int i = 0; i < members.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      string((String) members[i].getKey());
      out.append(':');
      value(members[i].getValue());
      spill();
    }
    out.append('}');
  }

  /**
   * ECMAScript's Number::toString (ECMA-262, 6.1.6.1.20) for a number whose shortest digits are
   * its own: {@code k} digits {@code s} and exponent {@code n} with the value {@code s × 10^(n-k)}.
   */
  private void number(BigDecimal number) {
    if (number.signum() == 0) {
      out.append('0'); // -0 too, though a BigDecimal has none
      return;
    }
    if (!isExactAsDouble(number)) {
      throw new IllegalArgumentException("A number of more than " + MAX_SIGNIFICANT_DIGITS
          + " significant digits, or beyond the normal doubles, has no exact IEEE 754 double, so no JCS form: "
          + number.round(new java.math.MathContext(6)));
    }
    BigDecimal stripped = number.stripTrailingZeros();
    if (stripped.signum() < 0) {
      out.append('-');
      stripped = stripped.negate();
    }
    String s = stripped.unscaledValue().toString();
    int k = s.length();
    long n = (long) k - stripped.scale();
    if (k <= n && n <= 21) {
      out.append(s).append("0".repeat((int) (n - k)));
    } else if (0 < n && n <= 21) {
      out.append(s, 0, (int) n).append('.').append(s, (int) n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat((int) -n)).append(s);
    } else {
      out.append(s.charAt(0));
      if (k > 1) {
        out.append('.').append(s, 1, k);
      }
      out.append('e').append(n - 1 < 0 ? '-' : '+').append(Math.abs(n - 1));
    }
  }

  private void string(String s) {
    JsonText.quote(out, s, LOWER_HEX);
  }
}
