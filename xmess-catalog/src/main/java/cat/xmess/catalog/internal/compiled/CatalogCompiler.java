package cat.xmess.catalog.internal.compiled;

import cat.xmess.catalog.internal.compiled.CompiledForm.Kind;
import cat.xmess.model.Catalog;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Writes a catalog in the {@linkplain CompiledForm compiled form}. Runs at build time only; the
 * output depends on nothing but the catalog and the source bytes, so builds stay reproducible.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class CatalogCompiler {
  private final Map<String, Integer> stringIndex = new HashMap<>();
  private final ByteArrayOutputStream strings = new ByteArrayOutputStream();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  private CatalogCompiler() {}

  /**
   * The compiled form of {@code catalog}, recording the SHA-256 of {@code sourceJson}, the file it
   * was read from, so that a test can prove the two belong together.
   */
  public static byte[] compile(Catalog catalog, byte[] sourceJson) {
    CatalogCompiler compiler = new CatalogCompiler();
    compiler.write(Catalog.class, Kind.RECORD, catalog, compiler.body);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(CompiledForm.MAGIC);
    writeVarint(out, CompiledForm.FORMAT_VERSION);
    out.writeBytes(CompiledForm.sha256(sourceJson, 0, sourceJson.length));
    writeVarint(out, compiler.stringIndex.size());
    out.writeBytes(compiler.strings.toByteArray());
    out.writeBytes(compiler.body.toByteArray());
    byte[] unsealed = out.toByteArray();
    out.writeBytes(CompiledForm.sha256(unsealed, 0, unsealed.length));
    return out.toByteArray();
  }

  /** A value of the declared {@code type}, whose kind the caller looked up once for all its values. */
  private void write(Type type, Kind kind, Object value, ByteArrayOutputStream out) {
    if (CompiledForm.isStringIndexed(kind)) {
      writeVarint(out, value == null ? 0 : index(text(kind, value)));
      return;
    }
    // Everything else sits behind a presence byte (primitives too: one rule, one byte).
    out.write(value == null ? 0 : 1);
    if (value == null) {
      return;
    }
    switch (kind) {
      case INT, LONG -> writeVarlong(out, ((Number) value).longValue());
      case BOOLEAN -> out.write((Boolean) value ? 1 : 0);
      case DATE -> writeVarlong(out, ((LocalDate) value).toEpochDay());
      case RECORD -> {
        RecordShape shape = RecordShape.of(value.getClass());
        for (int i = 0; i < shape.size(); i++) {
          write(shape.types[i], shape.kinds[i], shape.component(value, i), out);
        }
      }
      case LIST -> {
        List<?> list = (List<?>) value;
        writeVarint(out, list.size());
        Type element = CompiledForm.argument(type, 0);
        Kind elementKind = CompiledForm.kindOf(element);
        list.forEach(e -> write(element, elementKind, e, out));
      }
      case MAP -> {
        Map<?, ?> map = (Map<?, ?>) value;
        writeVarint(out, map.size());
        Type valueType = CompiledForm.argument(type, 1);
        Kind valueKind = CompiledForm.kindOf(valueType);
        map.forEach((k, v) -> {
          writeVarint(out, index((String) k));
          write(valueType, valueKind, v, out);
        });
      }
      case JSON_VALUE -> writeJsonValue(value, out);
      default -> throw new IllegalStateException("unhandled kind " + kind);
    }
  }

  /** An extension value: one of the plain Java values {@code cat.xmess.model} allows there. */
  private void writeJsonValue(Object value, ByteArrayOutputStream out) {
    if (value instanceof String s) {
      out.write(CompiledForm.TAG_STRING);
      writeVarint(out, index(s));
    } else if (value instanceof BigDecimal d) {
      out.write(CompiledForm.TAG_NUMBER);
      writeVarint(out, index(d.toString()));
    } else if (value instanceof Boolean b) {
      out.write(b ? CompiledForm.TAG_TRUE : CompiledForm.TAG_FALSE);
    } else if (value instanceof List<?> list) {
      out.write(CompiledForm.TAG_LIST);
      writeVarint(out, list.size());
      list.forEach(e -> writeJsonValue(e, out));
    } else if (value instanceof Map<?, ?> map) {
      out.write(CompiledForm.TAG_OBJECT);
      writeVarint(out, map.size());
      map.forEach((k, v) -> {
        writeVarint(out, index((String) k));
        writeJsonValue(v, out);
      });
    } else {
      throw new IllegalArgumentException("Not an extension value: " + value.getClass().getName());
    }
  }

  private static String text(Kind kind, Object value) {
    return switch (kind) {
      case DECIMAL -> ((BigDecimal) value).toString();
      case ENUM -> ((Enum<?>) value).name();
      default -> (String) value;
    };
  }

  /** The 1-based index of {@code s} in the string table, adding it on first sight. */
  private int index(String s) {
    Integer known = stringIndex.get(s);
    if (known != null) {
      return known;
    }
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    if (new String(utf8, StandardCharsets.UTF_8).equals(s)) {
      writeVarint(strings, utf8.length << 1);
      strings.writeBytes(utf8);
    } else {
      // A lone surrogate, which UTF-8 would replace: keep the UTF-16 code units instead.
      writeVarint(strings, (s.length() << 1) | 1);
      for (int i = 0; i < s.length(); i++) {
        strings.write(s.charAt(i) >>> 8);
        strings.write(s.charAt(i));
      }
    }
    int index = stringIndex.size() + 1;
    stringIndex.put(s, index);
    return index;
  }

  static void writeVarint(ByteArrayOutputStream out, int value) {
    writeUnsigned(out, Integer.toUnsignedLong(value));
  }

  private static void writeVarlong(ByteArrayOutputStream out, long value) {
    writeUnsigned(out, (value << 1) ^ (value >> 63)); // zigzag: small negatives stay short
  }

  private static void writeUnsigned(ByteArrayOutputStream out, long value) {
    long v = value;
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }
}
