package cat.xmess.catalog.internal.compiled;

import cat.xmess.catalog.internal.compiled.CompiledForm.Kind;
import cat.xmess.model.Catalog;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads a catalog in the {@linkplain CompiledForm compiled form}: checks the magic, the format
 * version and the seal (a CRC-32) first, so that a corrupt resource is refused before any record
 * is built, then rebuilds every record through its canonical constructor.
 *
 * <p>Without reflection: the record classes, their components' types and the constructor calls
 * come from {@link RecordTable}, which the build generates from the model. This runs in the first
 * search of every process, where reflection cost about 40 ms of CPU (generic signatures parsed,
 * and a constructor accessor class generated for each record built more than 15 times).
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class CompiledCatalogReader {
  private final byte[] bytes;
  private int at;
  private String[] strings;

  private CompiledCatalogReader(byte[] bytes, int start) {
    this.bytes = bytes;
    this.at = start;
  }

  /** The catalog held by {@code compiled}. */
  public static Catalog read(byte[] compiled) {
    int payload = checkHeader(compiled);
    try {
      int end = compiled.length - CompiledForm.SEAL_BYTES;
      CompiledCatalogReader reader = new CompiledCatalogReader(compiled, payload);
      reader.readStrings();
      Catalog catalog = (Catalog) reader.read(Declared.CATALOG);
      if (reader.at != end) {
        throw new CompiledFormException("The compiled catalog does not end where its seal begins");
      }
      return catalog;
    } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException | ClassCastException
        | IllegalArgumentException | ArithmeticException e) {
      // The digest matched, so only a writer of another layout could get here.
      throw new CompiledFormException("The compiled catalog does not follow format version "
          + CompiledForm.FORMAT_VERSION, e);
    }
  }

  /**
   * What identifies {@code compiled} for the search index stored with it: the SHA-256 of its source
   * JSON and its seal.
   */
  public static byte[] seal(byte[] compiled) {
    byte[] source = sourceDigest(compiled);
    byte[] seal = Arrays.copyOf(source, source.length + CompiledForm.SEAL_BYTES);
    System.arraycopy(compiled, compiled.length - CompiledForm.SEAL_BYTES, seal, source.length, CompiledForm.SEAL_BYTES);
    return seal;
  }

  /** The SHA-256 of the JSON file {@code compiled} was made from. */
  public static byte[] sourceDigest(byte[] compiled) {
    int start = checkHeader(compiled) - CompiledForm.DIGEST_BYTES;
    return Arrays.copyOfRange(compiled, start, start + CompiledForm.DIGEST_BYTES);
  }

  /** Checks magic, version and seal; returns where the payload starts. */
  private static int checkHeader(byte[] compiled) {
    int magic = CompiledForm.MAGIC.length;
    if (compiled.length < magic + 1 + CompiledForm.DIGEST_BYTES + CompiledForm.SEAL_BYTES
        || !Arrays.equals(compiled, 0, magic, CompiledForm.MAGIC, 0, magic)) {
      throw new CompiledFormException("Not a compiled XMESS catalog");
    }
    CompiledCatalogReader header = new CompiledCatalogReader(compiled, magic);
    int version = header.readVarint();
    if (version != CompiledForm.FORMAT_VERSION) {
      throw new CompiledFormException("Compiled catalog format " + version + " is not "
          + CompiledForm.FORMAT_VERSION + ", the one this SDK reads");
    }
    int seal = compiled.length - CompiledForm.SEAL_BYTES;
    byte[] actual = CompiledForm.seal(compiled, 0, seal);
    if (!Arrays.equals(compiled, seal, compiled.length, actual, 0, actual.length)) {
      throw new CompiledFormException("The compiled catalog is corrupt: its seal (CRC-32) does not match");
    }
    return header.at + CompiledForm.DIGEST_BYTES;
  }

  private void readStrings() {
    strings = new String[readVarint() + 1];
    for (int i = 1; i < strings.length; i++) {
      int header = readVarint();
      int length = header >>> 1;
      if ((header & 1) == 0) {
        strings[i] = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
      } else {
        char[] chars = new char[length];
        for (int c = 0; c < length; c++, at += 2) {
          chars[c] = (char) (((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF));
        }
        strings[i] = new String(chars);
      }
    }
  }

  /**
   * A declared type as the reader needs it, resolved once from {@link RecordTable}: its kind, its
   * class (enums), its record number (records), and the type of its elements (lists) or values (maps).
   */
  private static final class Declared {
    static final Declared CATALOG = new Declared(Catalog.class);
    /** Per record number, its components' types in declaration order. */
    static final Declared[][] COMPONENTS = new Declared[RecordTable.RECORDS.length][];

    static {
      if (RecordTable.RECORDS[0] != Catalog.class) {
        throw new IllegalStateException("The generated RecordTable must start with Catalog");
      }
      for (int record = 0; record < COMPONENTS.length; record++) {
        Class<?>[][] components = RecordTable.COMPONENTS[record];
        COMPONENTS[record] = new Declared[components.length];
        for (int i = 0; i < components.length; i++) {
          COMPONENTS[record][i] = new Declared(components[i][0], Arrays.copyOfRange(components[i], 1, components[i].length));
        }
      }
    }

    final Kind kind;
    final Class<?> type;
    final int record;
    final @Nullable Declared element;

    Declared(Class<?> raw, Class<?>... arguments) {
      this.kind = CompiledForm.kindOf(raw, arguments);
      this.type = raw;
      this.record = kind == Kind.RECORD ? recordNumber(raw) : -1;
      this.element = switch (kind) {
        case LIST -> new Declared(arguments[0]);
        case MAP -> new Declared(arguments[1]);
        default -> null;
      };
    }

    private static int recordNumber(Class<?> type) {
      for (int i = 0; i < RecordTable.RECORDS.length; i++) {
        if (RecordTable.RECORDS[i] == type) {
          return i;
        }
      }
      throw new IllegalStateException(type.getName() + " is missing from the generated RecordTable");
    }
  }

  /** A value of the declared {@code type}. */
  private @Nullable Object read(Declared type) {
    Kind kind = type.kind;
    if (CompiledForm.isStringIndexed(kind)) {
      String text = strings[readVarint()];
      if (text == null) {
        return null;
      }
      return switch (kind) {
        case DECIMAL -> new BigDecimal(text);
        case ENUM -> enumConstant(type.type, text);
        default -> text;
      };
    }
    if (bytes[at++] == 0) {
      return null;
    }
    return switch (kind) {
      case INT -> Math.toIntExact(readVarlong());
      case LONG -> readVarlong();
      case BOOLEAN -> bytes[at++] != 0;
      case DATE -> LocalDate.ofEpochDay(readVarlong());
      case RECORD -> readRecord(type.record);
      case LIST -> {
        int size = readVarint();
        Declared element = Objects.requireNonNull(type.element);
        List<@Nullable Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          list.add(read(element));
        }
        yield list;
      }
      case MAP -> {
        int size = readVarint();
        Declared value = Objects.requireNonNull(type.element);
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          map.put(strings[readVarint()], read(value));
        }
        yield map;
      }
      case JSON_VALUE -> readJsonValue();
      default -> throw new IllegalStateException("unhandled kind " + kind);
    };
  }

  private Object readRecord(int record) {
    Declared[] components = Declared.COMPONENTS[record];
    Object[] values = new Object[components.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = read(components[i]);
    }
    try {
      return RecordTable.create(record, values);
    } catch (RuntimeException refused) {
      // The record's own checks (its compact constructor) refused the values.
      throw new CompiledFormException(RecordTable.RECORDS[record].getSimpleName() + " refused the compiled values: "
          + refused.getMessage(), refused);
    }
  }

  private Object readJsonValue() {
    int tag = bytes[at++];
    switch (tag) {
      case CompiledForm.TAG_STRING:
        return strings[readVarint()];
      case CompiledForm.TAG_NUMBER:
        return new BigDecimal(strings[readVarint()]);
      case CompiledForm.TAG_TRUE:
        return Boolean.TRUE;
      case CompiledForm.TAG_FALSE:
        return Boolean.FALSE;
      case CompiledForm.TAG_LIST: {
        int size = readVarint();
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          list.add(readJsonValue());
        }
        return list;
      }
      case CompiledForm.TAG_OBJECT: {
        int size = readVarint();
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          map.put(strings[readVarint()], readJsonValue());
        }
        return map;
      }
      default:
        throw new CompiledFormException("Unknown extension value tag " + tag + " at byte " + (at - 1));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }

  private int readVarint() {
    return (int) readUnsigned();
  }

  private long readVarlong() {
    long v = readUnsigned();
    return (v >>> 1) ^ -(v & 1);
  }

  private long readUnsigned() {
    long value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = bytes[at++];
      value |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }
}
