package cat.xmess.catalog;

import cat.xmess.catalog.internal.compiled.BundledResources;
import cat.xmess.catalog.internal.compiled.CompiledCatalogReader;
import cat.xmess.catalog.internal.search.SearchDocument;
import cat.xmess.catalog.internal.search.SearchIndex;
import cat.xmess.catalog.internal.search.SearchIndexFile;
import cat.xmess.model.Catalog;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Loads the catalog shipped in this jar; {@link XmessCatalog#bundled()} keeps the one instance. Its
 * validity was proved by the build's tests (schema, constraints, integrity), so neither the schema
 * validator nor Hibernate Validator is ever started on this path.
 *
 * <p>It is read from the form the build compiled from the JSON (see {@link
 * cat.xmess.catalog.internal.compiled}), which needs no Jackson and checks its own seal (a CRC-32); the
 * build checked the JSON's content checksum when compiling it. Classes built without that step (an
 * IDE running the sources) have no compiled form and read the JSON through xmess-io, checking its
 * content checksum.
 */
final class BundledCatalog {
  /**
   * The JDK's logger, not SLF4J: the core needs no library, and an application that never set up
   * SLF4J would otherwise see its "no providers" notice on stderr. SLF4J, Log4j and JUL all back
   * {@link System.Logger} (SLF4J through slf4j-jdk-platform-logging). In a holder class, so that
   * the usual path, which logs nothing, does not start the logging machinery either.
   */
  private static final class Log {
    static final System.Logger LOG = System.getLogger(BundledCatalog.class.getName());
  }

  private BundledCatalog() {}

  /**
   * The compiled catalog with its stored search index when the build wrote both, else the JSON's
   * catalog, indexed on first search. The usual path logs nothing: asking the JDK's logger whether
   * debug is on starts java.util.logging (some fifty classes), a cost every process would pay on its
   * first query for a line almost nobody reads.
   */
  static IndexedCatalog load() {
    byte[] compiled = BundledResources.compiled();
    if (compiled == null) {
      Log.LOG.log(Level.DEBUG, "No compiled bundled catalog ({0} was built without the build''s compile step): "
          + "reading the JSON", BundledResources.COMPILED);
      return IndexedCatalog.of(readJson(), CatalogLayer.BUNDLED);
    }
    Catalog catalog = BundledResources.readCompiled(compiled);
    byte[] seal = CompiledCatalogReader.seal(compiled);
    return IndexedCatalog.of(catalog, CatalogLayer.BUNDLED, new StoredIndex(seal));
  }

  /** Reads the stored search index on the first search; null (so it is built) if it does not fit. */
  private static final class StoredIndex implements Function<List<SearchDocument>, @Nullable SearchIndex> {
    private final byte[] seal;

    StoredIndex(byte[] seal) {
      this.seal = seal;
    }

    @Override
    public @Nullable SearchIndex apply(List<SearchDocument> documents) {
      return SearchIndexFile.read(BundledResources.index(), seal, documents);
    }
  }

  /**
   * The bundled JSON's model, its content checksum verified: what {@link #load()} falls back to
   * when the classes were built without the compile step. The core cannot read JSON, so this needs
   * xmess-io (an IDE run of the sources has it on the test class path).
   */
  private static Catalog readJson() {
    return IoServices.get("Reading the bundled catalog without its compiled form (classes built "
        + "without the Maven build's compile step)").readBundledJson(BundledResources.json());
  }
}
