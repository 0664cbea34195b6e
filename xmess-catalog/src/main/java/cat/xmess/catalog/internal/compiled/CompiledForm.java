package cat.xmess.catalog.internal.compiled;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The layout of a compiled catalog, shared by {@link CatalogCompiler} and {@link
 * CompiledCatalogReader} so that they cannot disagree:
 *
 * <pre>
 * magic "XMESSCAT" | format version (varint) | SHA-256 of the source JSON (32 bytes) | payload
 *                  | CRC-32 of everything before it (4 bytes, big-endian): the seal
 * payload = string table | the catalog record
 * string table = count, then per string: varint (length &lt;&lt; 1 | utf16), then UTF-8 bytes
 *                (or UTF-16 code units when the string holds a lone surrogate, which UTF-8 cannot)
 * </pre>
 *
 * <p>Values are written by their declared (generic) type, so no type tags are needed except inside
 * {@code extensions}, which hold arbitrary JSON: strings, {@link BigDecimal}s and enums as
 * indexes into the string table (0 = null, which also interns every repeated code); other objects
 * behind a presence byte; records as their components in declaration order; lists and maps as a
 * size then their elements; numbers as zigzag varints; dates as epoch days.
 */
final class CompiledForm {
  /** First bytes of every compiled catalog. */
  static final byte[] MAGIC = {'X', 'M', 'E', 'S', 'S', 'C', 'A', 'T'};

  /** Version of this layout; a reader refuses any other. */
  static final int FORMAT_VERSION = 2;

  /** Length of a SHA-256 digest. */
  static final int DIGEST_BYTES = 32;

  /**
   * Length of the seal, a CRC-32. The seal guards against a damaged resource, not against an
   * attacker (who could change the jar's code as easily), and a CRC-32 catches every error of up to
   * 32 consecutive bits. Version 1 sealed with a SHA-256, which a fresh JVM spent about 50-100 ms
   * on (starting the security providers and hashing interpreted), a quarter of its first search.
   */
  static final int SEAL_BYTES = 4;

  /** Tags of arbitrary JSON values (extensions). */
  static final int TAG_STRING = 1;
  static final int TAG_NUMBER = 2;
  static final int TAG_TRUE = 3;
  static final int TAG_FALSE = 4;
  static final int TAG_LIST = 5;
  static final int TAG_OBJECT = 6;

  /** How a declared type is written. */
  enum Kind {
    STRING, DECIMAL, ENUM, INT, LONG, BOOLEAN, DATE, RECORD, LIST, MAP, JSON_VALUE
  }

  private CompiledForm() {}

  private static final Class<?>[] NO_ARGUMENTS = {};

  /** The kind of {@code type}, or an exception naming a type the model grew without this form. */
  static Kind kindOf(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      Class<?>[] classes = new Class<?>[arguments.length];
      for (int i = 0; i < arguments.length; i++) {
        if (!(arguments[i] instanceof Class<?> argument)) {
          throw cannotHold(type);
        }
        classes[i] = argument;
      }
      return kindOf((Class<?>) parameterized.getRawType(), classes);
    }
    if (type instanceof Class<?> c) {
      return kindOf(c, NO_ARGUMENTS);
    }
    throw cannotHold(type);
  }

  /**
   * The kind of the type {@code raw<arguments>} (a plain class when there are no arguments): the
   * one rule, used both through reflection ({@link #kindOf(Type)}) and from the generated {@link
   * RecordTable}.
   */
  static Kind kindOf(Class<?> raw, Class<?>[] arguments) {
    if (arguments.length > 0) {
      if (raw == List.class && arguments.length == 1) {
        return Kind.LIST;
      }
      if (raw == Map.class && arguments.length == 2 && arguments[0] == String.class) {
        return Kind.MAP;
      }
    } else if (raw == String.class) {
      return Kind.STRING;
    } else if (raw == BigDecimal.class) {
      return Kind.DECIMAL;
    } else if (raw.isEnum()) {
      return Kind.ENUM;
    } else if (raw == int.class || raw == Integer.class) {
      return Kind.INT;
    } else if (raw == long.class || raw == Long.class) {
      return Kind.LONG;
    } else if (raw == boolean.class || raw == Boolean.class) {
      return Kind.BOOLEAN;
    } else if (raw == LocalDate.class) {
      return Kind.DATE;
    } else if (raw.isRecord()) {
      return Kind.RECORD;
    } else if (raw == Object.class) {
      return Kind.JSON_VALUE;
    }
    StringBuilder type = new StringBuilder(raw.getName());
    for (int i = 0; i < arguments.length; i++) {
      type.append(i == 0 ? "<" : ", ").append(arguments[i].getName()).append(i == arguments.length - 1 ? ">" : "");
    }
    throw cannotHold(type);
  }

  private static IllegalArgumentException cannotHold(Object type) {
    return new IllegalArgumentException("The compiled catalog form cannot hold values of type " + type
        + "; teach cat.xmess.catalog.internal.compiled.CompiledForm this type");
  }

  /** Whether a value of {@code kind} is written as a string-table index (0 standing for null). */
  static boolean isStringIndexed(Kind kind) {
    return kind == Kind.STRING || kind == Kind.DECIMAL || kind == Kind.ENUM;
  }

  /** The type argument {@code index} of a list or map type. */
  static Type argument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }

  /** The seal of {@code bytes[from..to)}: its CRC-32, big-endian. */
  static byte[] seal(byte[] bytes, int from, int to) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(bytes, from, to - from);
    int value = (int) crc.getValue();
    return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
  }

  /** SHA-256 of {@code bytes[from..to)}. */
  static byte[] sha256(byte[] bytes, int from, int to) {
    MessageDigest digest = sha256();
    digest.update(bytes, from, to - from);
    return digest.digest();
  }

  /** A fresh SHA-256 digest. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
