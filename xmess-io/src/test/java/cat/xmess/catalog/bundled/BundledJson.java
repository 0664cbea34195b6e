package cat.xmess.catalog.bundled;

import cat.xmess.catalog.XmessCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bundled catalog's JSON as shipped in the jar, for tests that read, copy or mutate it. Trees
 * are parsed with a plain Jackson mapper (decimals kept exact), independent of the SDK's codec.
 */
public final class BundledJson {
  /** Class-path location of the bundled catalog. */
  public static final String RESOURCE = "/cat/xmess/catalog/bundled/xmess-catalog.json";

  /** A plain mapper: insertion-ordered objects, exact decimals, compact output. */
  public static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private BundledJson() {}

  /** The resource's bytes. */
  public static byte[] bytes() {
    try (InputStream in = XmessCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh, mutable tree of the resource. */
  public static ObjectNode tree() {
    return (ObjectNode) MAPPER.readTree(bytes());
  }

  /** A fresh tree without {@code metadata.checksum}, so that mutations do not also break it. */
  public static ObjectNode treeWithoutChecksum() {
    ObjectNode tree = tree();
    ((ObjectNode) tree.get("metadata")).remove("checksum");
    return tree;
  }

  /** Compact UTF-8 JSON of {@code node}. */
  public static byte[] write(JsonNode node) {
    return MAPPER.writeValueAsBytes(node);
  }

  /** Writes the resource's bytes to {@code dir}/xmess-catalog.json and returns that path. */
  public static Path copyTo(Path dir) {
    try {
      return Files.write(dir.resolve("xmess-catalog.json"), bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
