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

  /** The SDK's loaded catalog over an already validated model. */
  public static XmessCatalog xmess(Catalog catalog) {
    return IndexedCatalog.of(catalog);
  }
}
