package cat.xmess.benchmarks;

import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.internal.codec.CatalogCodec;
import cat.xmess.catalog.internal.index.IndexedCatalog;
import cat.xmess.model.Catalog;

/**
 * The synthetic catalogs as the query benchmarks need them, loaded quickly. The files were fully
 * validated when {@link SyntheticCatalogs} wrote them, so, like the bundled catalog, they are read
 * without validating again: the query benchmarks measure queries, not loading.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The model of the synthetic catalog of {@code size} initiatives, read from its file. */
  public static Catalog model(int size) {
    return new CatalogCodec(SyntheticCatalogs.LIMITS).read(SyntheticCatalogs.bytes(size));
  }

  /** The engine {@code name} (xmess, scan, h2, lucene) over {@code catalog}. */
  public static Engine engine(String name, Catalog catalog) throws Exception {
    return switch (name) {
      case "xmess" -> new XmessEngine(xmess(catalog));
      case "scan" -> new ScanEngine(catalog);
      case "h2" -> new H2Engine(catalog);
      case "lucene" -> new LuceneEngine(catalog);
      default -> throw new IllegalArgumentException("unknown engine " + name);
    };
  }

  private static final java.util.Map<String, Engine> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The engine {@code name} over the catalog of {@code size}, built once per JVM: {@link QuerySuite}
   * builds each engine once and runs every query benchmark on it in the same JVM.
   */
  public static Engine cached(String name, int size) {
    return BUILT.computeIfAbsent(name + "/" + size, k -> {
      try {
        return engine(name, model(size));
      } catch (Exception e) {
        throw new IllegalStateException("Cannot build " + name, e);
      }
    });
  }

  /** Makes {@code engine} the cached engine {@code name} of {@code size}. */
  public static void cache(String name, int size, Engine engine) {
    BUILT.put(name + "/" + size, engine);
  }

  /** Forgets and closes every cached engine. */
  public static void closeCached() throws Exception {
    for (Engine engine : BUILT.values()) {
      engine.close();
    }
    BUILT.clear();
  }

  /** The SDK's loaded catalog over an already validated model. */
  public static XmessCatalog xmess(Catalog catalog) {
    return IndexedCatalog.of(catalog);
  }
}
