package cat.xmess.catalog.internal.bundled;

import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.internal.codec.CatalogCodec;
import cat.xmess.catalog.internal.codec.ContentChecksum;
import cat.xmess.catalog.internal.index.IndexedCatalog;
import cat.xmess.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog shipped in this jar, loaded once on first use. Its validity was proved by the build's
 * tests (schema, constraints, integrity); at run time only its checksum is checked, so neither the
 * schema validator nor Hibernate Validator is ever started on this path.
 */
public final class BundledCatalog {
  /** Resource path of the bundled catalog inside the xmess-catalog jar. */
  public static final String RESOURCE = "/cat/xmess/catalog/bundled/xmess-catalog.json";

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

  /** The bundled catalog's model, checksum verified. */
  public static Catalog read() {
    long start = System.nanoTime();
    CatalogCodec codec = new CatalogCodec(ReadLimits.DEFAULT);
    Catalog catalog = codec.read(bytes());
    String recorded = catalog.metadata().checksum();
    String actual = ContentChecksum.of(catalog, codec);
    if (!actual.equals(recorded)) {
      throw new IllegalStateException("The bundled catalog is corrupt: checksum " + actual
          + " does not match the recorded " + recorded);
    }
    LOG.debug("Loaded the bundled catalog (data {}) in {} ms", catalog.metadata().dataVersion(),
        (System.nanoTime() - start) / 1_000_000);
    return catalog;
  }

  /** The raw bytes of the bundled catalog. */
  public static byte[] bytes() {
    try (InputStream in = BundledCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The bundled catalog is missing from the jar: " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled catalog", e);
    }
  }
}
