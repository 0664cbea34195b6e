package cat.xmess.catalog.internal.compiled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The bundled catalog's three resources in the xmess-catalog jar: the JSON (the published data),
 * its compiled form and its stored search index, the last two written by the build.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class BundledResources {
  /** Resource path of the bundled catalog inside the xmess-catalog jar. */
  public static final String JSON = "/cat/xmess/catalog/bundled/xmess-catalog.json";

  /** Resource path of the compiled form of {@link #JSON}, written by the build. */
  public static final String COMPILED = "/cat/xmess/catalog/bundled/xmess-catalog.bin";

  /**
   * Resource path of the bundled catalog's search index, written by the build from {@link
   * #COMPILED} and bound to it by its seal.
   */
  public static final String INDEX = "/cat/xmess/catalog/bundled/xmess-catalog.idx";

  private BundledResources() {}

  /** {@return the raw bytes of the bundled catalog's JSON} */
  public static byte[] json() {
    byte[] json = read(JSON);
    if (json == null) {
      throw new IllegalStateException("The bundled catalog is missing from the jar: " + JSON);
    }
    return json;
  }

  /** {@return the bytes of the compiled bundled catalog, or null when the build did not write it} */
  public static byte @Nullable [] compiled() {
    return read(COMPILED);
  }

  /** {@return the bytes of the stored search index, or null when the build did not write it} */
  public static byte @Nullable [] index() {
    return read(INDEX);
  }

  /**
   * {@return the compiled form's catalog} Its seal was written by the build that checked the JSON,
   * so a mismatch means a damaged jar.
   */
  public static cat.xmess.model.Catalog readCompiled(byte[] compiled) {
    try {
      return CompiledCatalogReader.read(compiled);
    } catch (CompiledFormException e) {
      throw new IllegalStateException("The bundled catalog is corrupt: " + e.getMessage(), e);
    }
  }

  private static byte @Nullable [] read(String name) {
    try (InputStream in = BundledResources.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled catalog", e);
    }
  }
}
