package cat.xmess.catalog.internal.compiled;

import cat.xmess.catalog.internal.compiled.CompiledForm.Kind;
import cat.xmess.model.Catalog;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Reads a catalog in the {@linkplain CompiledForm compiled form}: checks the magic, the format
 * version and the SHA-256 seal first, so that a corrupt resource is refused before any record
 * is built, then rebuilds every record through its canonical constructor.
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
      int end = compiled.length - CompiledForm.DIGEST_BYTES;
      CompiledCatalogReader reader = new CompiledCatalogReader(compiled, payload);
      reader.readStrings();
      Catalog catalog = (Catalog) reader.read(Catalog.class, Kind.RECORD);
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

  /** The SHA-256 of the JSON file {@code compiled} was made from. */
  public static byte[] sourceDigest(byte[] compiled) {
    int start = checkHeader(compiled) - CompiledForm.DIGEST_BYTES;
    return Arrays.copyOfRange(compiled, start, start + CompiledForm.DIGEST_BYTES);
  }

  /** Checks magic, version and seal; returns where the payload starts. */
  private static int checkHeader(byte[] compiled) {
    int magic = CompiledForm.MAGIC.length;
    if (compiled.length < magic + 1 + 2 * CompiledForm.DIGEST_BYTES
        || !Arrays.equals(compiled, 0, magic, CompiledForm.MAGIC, 0, magic)) {
      throw new CompiledFormException("Not a compiled XMESS catalog");
    }
    CompiledCatalogReader header = new CompiledCatalogReader(compiled, magic);
    int version = header.readVarint();
    if (version != CompiledForm.FORMAT_VERSION) {
      throw new CompiledFormException("Compiled catalog format " + version + " is not "
          + CompiledForm.FORMAT_VERSION + ", the one this SDK reads");
    }
    int seal = compiled.length - CompiledForm.DIGEST_BYTES;
    byte[] actual = CompiledForm.sha256(compiled, 0, seal);
    if (!Arrays.equals(compiled, seal, compiled.length, actual, 0, actual.length)) {
      throw new CompiledFormException("The compiled catalog is corrupt: its SHA-256 does not match");
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

  /** A value of the declared {@code type}, whose kind the caller looked up once for all its values. */
  private Object read(Type type, Kind kind) {
    if (CompiledForm.isStringIndexed(kind)) {
      String text = strings[readVarint()];
      if (text == null) {
        return null;
      }
      return switch (kind) {
        case DECIMAL -> new BigDecimal(text);
        case ENUM -> enumConstant((Class<?>) type, text);
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
      case RECORD -> readRecord(RecordShape.of((Class<?>) type));
      case LIST -> {
        int size = readVarint();
        Type element = CompiledForm.argument(type, 0);
        Kind elementKind = CompiledForm.kindOf(element);
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          list.add(read(element, elementKind));
        }
        yield list;
      }
      case MAP -> {
        int size = readVarint();
        Type valueType = CompiledForm.argument(type, 1);
        Kind valueKind = CompiledForm.kindOf(valueType);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          map.put(strings[readVarint()], read(valueType, valueKind));
        }
        yield map;
      }
      case JSON_VALUE -> readJsonValue();
      default -> throw new IllegalStateException("unhandled kind " + kind);
    };
  }

  private Object readRecord(RecordShape shape) {
    Object[] values = new Object[shape.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = read(shape.types[i], shape.kinds[i]);
    }
    return shape.create(values);
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
