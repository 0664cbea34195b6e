package cat.xmess.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xmess.model.Catalog;
import cat.xmess.catalog.samples.Samples;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A search tests its candidates one by one against the filter ({@link FacetIndex#passing}); that
 * test must accept exactly the initiatives of the filter's set ({@link FacetIndex#matching}), for
 * filters made of the bundled catalog's own facet values (one to three facets, one to three values
 * each, sometimes an unknown value or a year range). Each sample is one seed drawn from a fixed
 * root ({@link Samples}).
 */
class FacetFilterPropertyTest {
  private static final XmessCatalog BUNDLED = XmessCatalog.bundled();
  private static final Catalog MODEL = BUNDLED.catalog();
  private static final FacetIndex INDEX =
      new FacetIndex(MODEL.initiatives(), id -> BUNDLED.memberBody(id).orElse(null),
          (facet, value) -> cat.xmess.model.LocalizedText.of(value, value, value));
  private static final FacetCounts VALUES = BUNDLED.facets(InitiativeQuery.all());

  @ParameterizedTest(name = "seed {0}")
  @Samples(seed = 13_001, count = 300)
  void testingOneInitiativeAgreesWithTheFilteredSet(long seed) {
    InitiativeQuery query = query(new Random(seed));
    BitSet matching = INDEX.matching(query);
    IntPredicate passing = INDEX.passing(query);
    for (int i = 0; i < MODEL.initiatives().size(); i++) {
      assertEquals(matching.get(i), passing.test(i), "seed " + seed + ", initiative " + i + ", " + query);
    }
  }

  /** A filter of one to three facets of the bundled catalog's own values, sometimes an unknown value or a year range. */
  static InitiativeQuery query(Random random) {
    InitiativeQuery.Builder builder = InitiativeQuery.builder();
    Facet[] facets = Facet.values();
    int count = 1 + random.nextInt(3);
    for (int f = 0; f < count; f++) {
      Facet facet = facets[random.nextInt(facets.length)];
      List<String> known = new ArrayList<>(VALUES.of(facet).keySet());
      List<String> chosen = new ArrayList<>();
      for (int v = 1 + random.nextInt(3); v > 0 && !known.isEmpty(); v--) {
        chosen.add(known.get(random.nextInt(known.size())));
      }
      if (known.isEmpty() || random.nextInt(8) == 0) {
        chosen.add("no-such-value");
      }
      builder.with(facet, chosen.toArray(String[]::new));
    }
    if (random.nextInt(3) == 0) {
      int from = 2010 + random.nextInt(15);
      builder.yearBetween(random.nextBoolean() ? from : null, random.nextBoolean() ? from + random.nextInt(6) : null);
    }
    return builder.build();
  }
}
