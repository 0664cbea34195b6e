package cat.xmess.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import cat.xmess.catalog.query.FacetValues;
import cat.xmess.catalog.samples.Samples;
import cat.xmess.model.Catalog;
import cat.xmess.model.Initiative;
import cat.xmess.model.LocalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A facet index built afresh for each sample (so that its construction is checked too) over a list
 * of the bundled catalog's initiatives: a prefix, or the whole list repeated up to five times, so
 * that the index spans one to three words of bit sets and holds values both as bit sets (common
 * ones) and as lists of positions (rare ones). Its selection, its per-position test and its facet
 * counts (either way of counting) must equal those computed straight from the model ({@link
 * FacetValues}), for the random filters of {@link FacetFilterPropertyTest}.
 */
class FacetIndexTest {
  private static final XmessCatalog BUNDLED = XmessCatalog.bundled();
  private static final Catalog MODEL = BUNDLED.catalog();
  private static final FacetValues VALUES = new FacetValues(MODEL);
  /** Counts sort by count, then by value; equal counts of the same value never occur. */
  private static final Comparator<Map.Entry<String, Integer>> BY_COUNT_THEN_VALUE =
      Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue()).thenComparing(Map.Entry::getKey);

  @ParameterizedTest(name = "seed {0}")
  @Samples(seed = 13_101, count = 120)
  void selectionTestAndCountsEqualThoseOfTheModel(long seed) {
    Random random = new Random(seed);
    List<Initiative> initiatives = initiatives(random);
    FacetIndex index = new FacetIndex(initiatives, id -> BUNDLED.memberBody(id).orElse(null),
        (facet, value) -> LocalizedText.of(facet.code(), value, value));
    InitiativeQuery query = FacetFilterPropertyTest.query(random);
    String context = "seed " + seed + ", " + initiatives.size() + " initiatives, " + query;

    List<Initiative> expected = new ArrayList<>();
    for (Initiative it : initiatives) {
      if (VALUES.passes(query, it)) {
        expected.add(it);
      }
    }
    List<Initiative> selected = index.select(query);
    assertEquals(expected.size(), selected.size(), context);
    for (int i = 0; i < expected.size(); i++) {
      assertSame(expected.get(i), selected.get(i), context + ", match " + i);
    }

    IntPredicate passing = index.passing(query);
    for (int i = 0; i < initiatives.size(); i++) {
      assertEquals(VALUES.passes(query, initiatives.get(i)), passing.test(i), context + ", position " + i);
    }
    for (int other = initiatives.size(); other < initiatives.size() + 130; other++) {
      assertFalse(passing.test(other), context + ": document " + other + " is not an initiative");
    }

    // The cheaper way to count, and each of the two ways (the same counts).
    checkCounts(index.count(query), expected, context);
    checkCounts(index.count(query, true), expected, context + ", by sets");
    checkCounts(index.count(query, false), expected, context + ", by column");
  }

  private static void checkCounts(FacetCounts counts, List<Initiative> expected, String context) {
    assertEquals(expected.size(), counts.total(), context);
    for (Facet facet : Facet.values()) {
      Map<String, Integer> perValue = new HashMap<>();
      for (Initiative it : expected) {
        VALUES.of(facet, it).forEach(value -> perValue.merge(value, 1, Integer::sum));
      }
      List<Map.Entry<String, Integer>> ordered = new ArrayList<>(perValue.entrySet());
      ordered.sort(BY_COUNT_THEN_VALUE);
      List<FacetValue> actual = counts.values(facet);
      assertEquals(ordered.size(), actual.size(), context + ", " + facet);
      for (int v = 0; v < ordered.size(); v++) {
        String value = ordered.get(v).getKey();
        assertEquals(new FacetValue(value, LocalizedText.of(facet.code(), value, value), ordered.get(v).getValue()),
            actual.get(v), context + ", " + facet + " #" + v);
      }
    }
  }

  /** A prefix of the bundled initiatives, or all of them repeated two to five times. */
  private static List<Initiative> initiatives(Random random) {
    List<Initiative> all = MODEL.initiatives();
    if (random.nextBoolean()) {
      return all.subList(0, 1 + random.nextInt(all.size()));
    }
    List<Initiative> repeated = new ArrayList<>();
    for (int copies = 2 + random.nextInt(4); copies > 0; copies--) {
      repeated.addAll(all);
    }
    return repeated;
  }
}
