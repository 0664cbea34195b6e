package cat.xmess.benchmarks;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.XmessCatalog;

/**
 * The synthetic catalogs as the query benchmarks need them, through the public API only: the file
 * is loaded with {@link CatalogReader} (every validation layer, then the indexes), and the baselines
 * are built from the loaded model.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The SDK's catalog of {@code size} synthetic initiatives. */
  public static XmessCatalog catalog(int size) {
    return CatalogReader.withLimits(SyntheticCatalogs.LIMITS).load(SyntheticCatalogs.bytes(size));
  }

  /** The engine {@code name} (xmess, h2, lucene) over {@code catalog}. */
  public static Engine engine(String name, XmessCatalog catalog) throws Exception {
    return switch (name) {
      case "xmess" -> new XmessEngine(catalog);
      case "h2" -> new H2Engine(catalog.catalog());
      case "lucene" -> new LuceneEngine(catalog.catalog());
      default -> throw new IllegalArgumentException("unknown engine " + name);
    };
  }
}
