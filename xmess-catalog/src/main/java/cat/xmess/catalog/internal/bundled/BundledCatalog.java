package cat.xmess.catalog.internal.bundled;

import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.internal.codec.CatalogCodec;
import cat.xmess.catalog.internal.codec.ContentChecksum;
import cat.xmess.catalog.internal.compiled.CompiledCatalogReader;
import cat.xmess.catalog.internal.compiled.CompiledFormException;
import cat.xmess.catalog.internal.index.IndexedCatalog;
import cat.xmess.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog shipped in this jar, loaded once on first use. Its validity was proved by the build's
 * tests (schema, constraints, integrity), so neither the schema validator nor Hibernate Validator
 * is ever started on this path.
 *
 * <p>It is read from the form the build compiled from the JSON (see {@link
 * cat.xmess.catalog.internal.compiled}), which needs no Jackson and checks its own SHA-256; the
 * build checked the JSON's content checksum when compiling it. Classes built without that step (an
 * IDE running the sources) have no compiled form and read the JSON, checking its content checksum.
 */
public final class BundledCatalog {
  /** Resource path of the bundled catalog inside the xmess-catalog jar. */
  public static final String RESOURCE = "/cat/xmess/catalog/bundled/xmess-catalog.json";

  /** Resource path of the compiled form of {@link #RESOURCE}, written by the build. */
  public static final String COMPILED_RESOURCE = "/cat/xmess/catalog/bundled/xmess-catalog.bin";

  private static final Logger LOG = LoggerFactory.getLogger(BundledCatalog.class);
  private static final Object LOCK = new Object();
  private static volatile XmessCatalog instance;

  private BundledCatalog() {}

  /** The shared bundled catalog. */
  public static XmessCatalog get() {
    XmessCatalog catalog = instance;
    if (catalog == null) {
      synchronized (LOCK) {
        catalog = instance;
        if (catalog == null) {
          catalog = IndexedCatalog.of(read(), cat.xmess.catalog.CatalogLayer.BUNDLED);
          instance = catalog;
        }
      }
    }
    return catalog;
  }

  /** The bundled catalog's model, its integrity checked. */
  public static Catalog read() {
    long start = System.nanoTime();
    byte[] compiled = resource(COMPILED_RESOURCE);
    Catalog catalog;
    if (compiled != null) {
      try {
        catalog = CompiledCatalogReader.read(compiled);
      } catch (CompiledFormException e) {
        throw new IllegalStateException("The bundled catalog is corrupt: " + e.getMessage(), e);
      }
    } else {
      LOG.debug("No compiled bundled catalog ({} was built without the build's compile step): "
          + "reading the JSON", COMPILED_RESOURCE);
      catalog = readJson();
    }
    LOG.debug("Loaded the bundled catalog (data {}) in {} ms", catalog.metadata().dataVersion(),
        (System.nanoTime() - start) / 1_000_000);
    return catalog;
  }

  /**
   * The bundled JSON's model, its content checksum verified: what {@link #read()} falls back to
   * when the classes were built without the compile step.
   */
  public static Catalog readJson() {
    CatalogCodec codec = new CatalogCodec(ReadLimits.DEFAULT);
    Catalog catalog = codec.read(bytes());
    ContentChecksum.mismatch(catalog, codec).ifPresent(why -> {
      throw new IllegalStateException("The bundled catalog is corrupt: " + why);
    });
    return catalog;
  }

  /** The raw bytes of the bundled catalog's JSON. */
  public static byte[] bytes() {
    byte[] json = resource(RESOURCE);
    if (json == null) {
      throw new IllegalStateException("The bundled catalog is missing from the jar: " + RESOURCE);
    }
    return json;
  }

  /** The bytes of the compiled bundled catalog, or null when the build did not write it. */
  public static byte[] compiledBytes() {
    return resource(COMPILED_RESOURCE);
  }

  private static byte[] resource(String name) {
    try (InputStream in = BundledCatalog.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled catalog", e);
    }
  }
}
