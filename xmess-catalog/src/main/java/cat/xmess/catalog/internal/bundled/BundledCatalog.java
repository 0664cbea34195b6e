package cat.xmess.catalog.internal.bundled;

import cat.xmess.catalog.CatalogLayer;
import cat.xmess.catalog.internal.compiled.CompiledCatalogReader;
import cat.xmess.catalog.internal.compiled.CompiledFormException;
import cat.xmess.catalog.internal.index.IndexedCatalog;
import cat.xmess.catalog.internal.search.SearchDocument;
import cat.xmess.catalog.internal.search.SearchIndex;
import cat.xmess.catalog.internal.search.SearchIndexFile;
import cat.xmess.catalog.internal.spi.IoServices;
import cat.xmess.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import org.apiguardian.api.API;
import java.util.List;
import java.util.function.Function;

/**
 * The catalog shipped in this jar, loaded once on first use. Its validity was proved by the build's
 * tests (schema, constraints, integrity), so neither the schema validator nor Hibernate Validator
 * is ever started on this path.
 *
 * <p>It is read from the form the build compiled from the JSON (see {@link
 * cat.xmess.catalog.internal.compiled}), which needs no Jackson and checks its own seal (a CRC-32); the
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
   * Resource path of the bundled catalog's search index, written by the build from {@link
   * #COMPILED_RESOURCE} and bound to it ({@link SearchIndexFile}).
   */
  public static final String INDEX_RESOURCE = "/cat/xmess/catalog/bundled/xmess-catalog.idx";

  /**
   * The JDK's logger, not SLF4J: the core needs no library, and an application that never set up
   * SLF4J would otherwise see its "no providers" notice on stderr. SLF4J, Log4j and JUL all back
   * {@link System.Logger} (SLF4J through slf4j-jdk-platform-logging). In a holder class, so that
   * the usual path, which logs nothing, does not start the logging machinery either.
   */
  private static final class Log {
    static final System.Logger LOG = System.getLogger(BundledCatalog.class.getName());
  }

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
          catalog = load();
          instance = catalog;
        }
      }
    }
    return catalog;
  }

  /**
   * The compiled catalog with its stored search index when the build wrote both, else the JSON's
   * catalog, indexed on first search.
   */
  private static IndexedCatalog load() {
    byte[] compiled = resource(COMPILED_RESOURCE);
    if (compiled == null) {
      return IndexedCatalog.of(read(), CatalogLayer.BUNDLED);
    }
    Catalog catalog = readCompiled(compiled);
    byte[] seal = CompiledCatalogReader.seal(compiled);
    return IndexedCatalog.of(catalog, CatalogLayer.BUNDLED, new StoredIndex(seal));
  }

  /** Reads the stored search index on the first search; null (so it is built) if it does not fit. */
  private static final class StoredIndex implements Function<List<SearchDocument>, SearchIndex> {
    private final byte[] seal;

    StoredIndex(byte[] seal) {
      this.seal = seal;
    }

    @Override
    public SearchIndex apply(List<SearchDocument> documents) {
      return SearchIndexFile.read(resource(INDEX_RESOURCE), seal, documents);
    }
  }

  /**
   * The bundled catalog's model, its integrity checked. The usual path logs nothing: asking the
   * JDK's logger whether debug is on starts java.util.logging (some fifty classes), a cost every
   * process would pay on its first query for a line almost nobody reads.
   */
  public static Catalog read() {
    byte[] compiled = resource(COMPILED_RESOURCE);
    if (compiled != null) {
      return readCompiled(compiled);
    }
    Log.LOG.log(Level.DEBUG, "No compiled bundled catalog ({0} was built without the build''s compile step): "
        + "reading the JSON", COMPILED_RESOURCE);
    return readJson();
  }

  private static Catalog readCompiled(byte[] compiled) {
    try {
      return CompiledCatalogReader.read(compiled);
    } catch (CompiledFormException e) {
      throw new IllegalStateException("The bundled catalog is corrupt: " + e.getMessage(), e);
    }
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
