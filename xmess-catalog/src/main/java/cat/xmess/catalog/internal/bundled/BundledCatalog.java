package cat.xmess.catalog.internal.bundled;

import cat.xmess.catalog.internal.compiled.CompiledCatalogReader;
import cat.xmess.catalog.internal.compiled.CompiledFormException;
import cat.xmess.catalog.internal.index.IndexedCatalog;
import cat.xmess.catalog.internal.spi.IoServices;
import cat.xmess.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import org.apiguardian.api.API;

/**
 * The catalog shipped in this jar, loaded once on first use. Its validity was proved by the build's
 * tests (schema, constraints, integrity), so neither the schema validator nor Hibernate Validator
 * is ever started on this path.
 *
 * <p>It is read from the form the build compiled from the JSON (see {@link
 * cat.xmess.catalog.internal.compiled}), which needs no Jackson and checks its own SHA-256; the
 * build checked the JSON's content checksum when compiling it. Classes built without that step (an
 * IDE running the sources) have no compiled form and read the JSON through xmess-io, checking its
 * content checksum.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class BundledCatalog {
  /** Resource path of the bundled catalog inside the xmess-catalog jar. */
  public static final String RESOURCE = "/cat/xmess/catalog/bundled/xmess-catalog.json";

  /** Resource path of the compiled form of {@link #RESOURCE}, written by the build. */
  public static final String COMPILED_RESOURCE = "/cat/xmess/catalog/bundled/xmess-catalog.bin";

  /**
   * The JDK's logger, not SLF4J: the core needs no library, and an application that never set up
   * SLF4J would otherwise see its "no providers" notice on stderr. SLF4J, Log4j and JUL all back
   * {@link System.Logger} (SLF4J through slf4j-jdk-platform-logging).
   */
  private static final System.Logger LOG = System.getLogger(BundledCatalog.class.getName());
  private static final Object LOCK = new Object();
  private static volatile IndexedCatalog instance;

  private BundledCatalog() {}

  /** The shared bundled catalog. */
  public static IndexedCatalog get() {
    IndexedCatalog catalog = instance;
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

  /**
   * The bundled catalog's model, its integrity checked. The usual path logs nothing: asking the
   * JDK's logger whether debug is on starts java.util.logging (some fifty classes), a cost every
   * process would pay on its first query for a line almost nobody reads.
   */
  public static Catalog read() {
    byte[] compiled = resource(COMPILED_RESOURCE);
    if (compiled != null) {
      try {
        return CompiledCatalogReader.read(compiled);
      } catch (CompiledFormException e) {
        throw new IllegalStateException("The bundled catalog is corrupt: " + e.getMessage(), e);
      }
    }
    LOG.log(Level.DEBUG, "No compiled bundled catalog ({0} was built without the build''s compile step): "
        + "reading the JSON", COMPILED_RESOURCE);
    return readJson();
  }

  /**
   * The bundled JSON's model, its content checksum verified: what {@link #read()} falls back to
   * when the classes were built without the compile step. The core cannot read JSON, so this needs
   * xmess-io (an IDE run of the sources has it on the test class path).
   */
  public static Catalog readJson() {
    return IoServices.get("Reading the bundled catalog without its compiled form (classes built "
        + "without the Maven build's compile step)").readBundledJson(bytes());
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
