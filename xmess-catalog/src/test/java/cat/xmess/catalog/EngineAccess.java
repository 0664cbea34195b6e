package cat.xmess.catalog;

import cat.xmess.catalog.internal.search.SearchDocument;
import cat.xmess.catalog.internal.search.SearchIndex;
import cat.xmess.model.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the tests of the internal packages need from the engine beside the facade, which is
 * package-private: the search documents of a catalog, exactly as the engine makes them, and the
 * hits of the internal index in the form the API returns them.
 */
public final class EngineAccess {
  private EngineAccess() {}

  /** {@return the search documents of {@code catalog}, as a loaded catalog indexes them} */
  public static List<SearchDocument> searchDocuments(Catalog catalog) {
    IndexedCatalog lookups = IndexedCatalog.of(catalog);
    return SearchDocuments.of(catalog, id -> lookups.memberBody(id).orElse(null),
        (kind, code) -> lookups.code(kind, code).orElse(null));
  }

  /** {@return the stored search index file of {@code catalog}, bound to {@code binding}} */
  public static byte[] searchIndexFile(Catalog catalog, byte[] binding) {
    return IndexedCatalog.of(catalog, CatalogLayer.BUNDLED).searchIndexFile(binding);
  }

  /** {@return the kinds bit mask the engine passes the index for {@code types}} */
  public static int kinds(Set<RecordType> types) {
    int kinds = 0;
    for (RecordType type : types) {
      kinds |= 1 << type.ordinal();
    }
    return kinds;
  }

  /**
   * {@return each hit as "type id score language", for comparing two searches that indexed
   * different copies of the same documents}
   */
  public static List<String> shown(List<SearchIndex.Hit> hits) {
    List<String> shown = new ArrayList<>();
    for (SearchIndex.Hit hit : hits) {
      shown.add(RecordType.values()[hit.document().kind()].code() + " " + hit.document().id() + " " + hit.score()
          + " " + hit.language());
    }
    return shown;
  }

  /** {@return the API's hits in the form of {@link #shown}} */
  public static List<String> shownHits(List<SearchHit> hits) {
    List<String> shown = new ArrayList<>();
    for (SearchHit hit : hits) {
      shown.add(hit.type().code() + " " + hit.id() + " " + hit.score() + " " + hit.matchedLanguage());
    }
    return shown;
  }
}
