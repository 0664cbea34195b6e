package cat.xmess.benchmarks;

import cat.xmess.catalog.Facet;
import cat.xmess.catalog.FacetCounts;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.SearchHit;
import cat.xmess.catalog.SearchRequest;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Initiative;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SDK itself, through its public API only. */
public final class XmessEngine implements Engine {
  private final XmessCatalog catalog;

  /** Queries {@code catalog}. */
  public XmessEngine(XmessCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public String name() {
    return "xmess";
  }

  @Override
  public Object byId(String id) {
    return catalog.initiative(id).orElse(null);
  }

  @Override
  public List<String> twoFilters(String category, String theme) {
    InitiativeQuery query = InitiativeQuery.builder().policyCategory(category).theme(theme).build();
    return catalog.initiatives(query).stream().map(Initiative::id).toList();
  }

  @Override
  public List<String> search(String text, String category, int limit) {
    return hits(text, category, limit).stream().map(SearchHit::id).toList();
  }

  /** The SDK's hits, with their scores (the agreement report counts ties at the top). */
  public List<SearchHit> hits(String text, String category, int limit) {
    SearchRequest.Builder request = SearchRequest.builder(text).types(RecordType.INITIATIVE).limit(limit);
    if (category != null) {
      request.filter(InitiativeQuery.builder().policyCategory(category).build());
    }
    return catalog.search(request.build());
  }

  @Override
  public Map<String, Map<String, Integer>> facets(String category) {
    FacetCounts counts = catalog.facets(InitiativeQuery.builder().policyCategory(category).build());
    Map<String, Map<String, Integer>> facets = new HashMap<>();
    for (Facet facet : Facet.values()) {
      if (!counts.of(facet).isEmpty()) {
        facets.put(facet.code(), counts.of(facet));
      }
    }
    return facets;
  }
}
