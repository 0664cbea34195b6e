package cat.xmess.catalog.query;

import cat.xmess.catalog.Facet;
import cat.xmess.catalog.FacetCounts;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.SearchRequest;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Confidence;
import cat.xmess.model.Province;
import java.util.ArrayList;
import java.util.List;

/** A fixed workload of searches, filters and facets, for tests that compare catalogs' answers. */
public final class Workload {
  private Workload() {}

  static final List<SearchRequest> SEARCHES = List.of(
      SearchRequest.of("habitatge"),
      SearchRequest.of("contratación pública"),
      SearchRequest.builder("coop").limit(50).build(),
      SearchRequest.builder("social").filter(InitiativeQuery.builder().province(Province.BARCELONA).build()).build(),
      SearchRequest.of("Sabadell"));

  static final List<InitiativeQuery> QUERIES = List.of(
      InitiativeQuery.all(),
      InitiativeQuery.builder().province(Province.BARCELONA, Province.GIRONA).build(),
      InitiativeQuery.builder().confidence(Confidence.HIGH).yearBetween(2015, 2020).build(),
      InitiativeQuery.builder().policyCategory("boost").theme("cross-sector").build());

  /** Every answer of the fixed workload, facet counts with their order. */
  public static List<Object> answers(XmessCatalog catalog) {
    List<Object> answers = new ArrayList<>();
    for (SearchRequest search : SEARCHES) {
      answers.add(catalog.search(search));
    }
    for (InitiativeQuery query : QUERIES) {
      answers.add(catalog.initiatives(query));
      FacetCounts counts = catalog.facets(query);
      answers.add(counts.total());
      for (Facet facet : Facet.values()) {
        answers.add(List.copyOf(counts.of(facet).entrySet()));
      }
    }
    return answers;
  }
}
