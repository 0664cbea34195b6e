package cat.xmess.examples;

import cat.xmess.catalog.FacetCounts;
import cat.xmess.catalog.Facet;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.SearchHit;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import cat.xmess.model.Province;
import java.util.List;

/**
 * The README's quick start, runnable: load the bundled catalog, search it, filter it and count a
 * facet. Kept identical to the README's code (a test checks it), so change both together.
 */
public class QuickStart {
  public static void main(String[] args) {
    XmessCatalog catalog = XmessCatalog.bundled();

    // Free text, in Catalan, Spanish or English, with or without accents.
    for (SearchHit hit : catalog.search("contratacion publica")) {
      System.out.println(hit.type() + " " + hit.id() + " " + hit.title().text(Language.EN));
    }

    // Filters: OR within a facet, AND across facets.
    InitiativeQuery query = InitiativeQuery.builder()
        .policyCategory("boost")
        .province(Province.BARCELONA)
        .build();
    List<Initiative> boost = catalog.initiatives(query);
    boost.forEach(i -> System.out.println(i.title().ca()));

    // Facet counts of the same result.
    FacetCounts facets = catalog.facets(query);
    System.out.println(facets.of(Facet.THEME));
  }
}
