package cat.xmess.catalog.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.Facet;
import cat.xmess.catalog.FacetCounts;
import cat.xmess.catalog.FacetValue;
import cat.xmess.model.LocalizedText;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Confidence;
import cat.xmess.model.Initiative;
import cat.xmess.model.Province;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Facet counts of the bundled catalog, checked against counts made with plain streams. */
class FacetsTest {
  private static final XmessCatalog CATALOG = XmessCatalog.bundled();
  private static final FacetValues VALUES = new FacetValues(CATALOG.catalog());

  static Stream<Arguments> queries() {
    return Stream.of(
        Arguments.of("all", InitiativeQuery.all()),
        Arguments.of("province barcelona", InitiativeQuery.builder().province(Province.BARCELONA).build()),
        Arguments.of("high confidence, 2015-2020",
            InitiativeQuery.builder().confidence(Confidence.HIGH).yearBetween(2015, 2020).build()),
        Arguments.of("category boost or regulatory",
            InitiativeQuery.builder().policyCategory("boost", "regulatory").build()),
        Arguments.of("theme cross-sector in Vallès Occidental",
            InitiativeQuery.builder().theme("cross-sector").comarca("40").build()),
        Arguments.of("nothing", InitiativeQuery.builder().year(1900).build()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("queries")
  void countsEqualIndependentCounts(String name, InitiativeQuery query) {
    FacetCounts counts = CATALOG.facets(query);
    List<Initiative> passing = VALUES.passing(query);
    assertEquals(passing.size(), counts.total(), "total");
    assertEquals(CATALOG.initiatives(query).size(), counts.total(), "total equals the filtered size");
    assertEquals(java.util.EnumSet.allOf(Facet.class), counts.values().keySet(), "every facet present");
    for (Facet facet : Facet.values()) {
      Map<String, Integer> expected = new HashMap<>();
      for (Initiative it : passing) {
        VALUES.of(facet, it).forEach(v -> expected.merge(v, 1, Integer::sum));
      }
      assertEquals(expected, counts.of(facet), facet.code());
      expected.forEach((value, n) -> assertEquals(n, counts.count(facet, value), facet + "=" + value));
      assertEquals(0, counts.count(facet, "no-such-value"));
      for (FacetValue value : counts.values(facet)) {
        assertEquals(expectedLabel(facet, value.code()), value.label(), facet + "=" + value.code());
      }
    }
  }

  /** The label a facet value should carry, looked up in the model without the engine. */
  private static LocalizedText expectedLabel(Facet facet, String code) {
    if (facet.codelist().isPresent()) {
      return CATALOG.catalog().codelists().entries(facet.codelist().get()).stream()
          .filter(entry -> entry.code().equals(code)).findFirst().orElseThrow().label();
    }
    return switch (facet) {
      case MEMBER_BODY -> CATALOG.catalog().memberBodies().stream()
          .filter(body -> body.id().equals(code)).findFirst().orElseThrow().name();
      case COMARCA -> {
        String name = CATALOG.catalog().memberBodies().stream()
            .filter(body -> body.comarca() != null && body.comarca().code().equals(code))
            .findFirst().orElseThrow().comarca().name();
        yield LocalizedText.of(name, name, name);
      }
      case PROVINCE -> {
        String name = cat.xmess.model.WireCode.parse(cat.xmess.model.Province.class, code).displayName();
        yield LocalizedText.of(name, name, name);
      }
      case CONFIDENCE -> switch (code) {
        case "high" -> LocalizedText.of("alta", "alta", "high");
        case "medium" -> LocalizedText.of("mitjana", "media", "medium");
        default -> LocalizedText.of("baixa", "baja", "low");
      };
      default -> LocalizedText.of(code, code, code);
    };
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("queries")
  void valuesAreOrderedByDescendingCountThenValue(String name, InitiativeQuery query) {
    FacetCounts counts = CATALOG.facets(query);
    for (Facet facet : Facet.values()) {
      List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.of(facet).entrySet());
      for (int i = 1; i < entries.size(); i++) {
        Map.Entry<String, Integer> before = entries.get(i - 1);
        Map.Entry<String, Integer> after = entries.get(i);
        boolean ordered = before.getValue() > after.getValue()
            || (before.getValue().equals(after.getValue()) && before.getKey().compareTo(after.getKey()) < 0);
        assertTrue(ordered, facet + ": " + before + " before " + after);
      }
    }
  }

  @Test
  void theBundledDataExercisesTiesAndSeveralValues() {
    // The ordering test above is only meaningful if some facet has ties and several values.
    FacetCounts counts = CATALOG.facets(InitiativeQuery.all());
    boolean tie = Stream.of(Facet.values()).anyMatch(f ->
        counts.of(f).values().stream().distinct().count() < counts.of(f).size());
    assertTrue(tie);
    assertTrue(counts.of(Facet.THEME).size() > 5);
  }

  @Test
  void anInitiativeCountsOncePerValueEvenThroughSeveralBodies() {
    // Several participating bodies in the same province count the initiative once there.
    FacetCounts counts = CATALOG.facets(InitiativeQuery.all());
    int provinceTotal = counts.of(Facet.PROVINCE).values().stream().mapToInt(Integer::intValue).sum();
    long distinctPairs = CATALOG.catalog().initiatives().stream()
        .mapToLong(it -> VALUES.of(Facet.PROVINCE, it).size()).sum();
    assertEquals(distinctPairs, provinceTotal);
    assertTrue(CATALOG.catalog().initiatives().stream().anyMatch(it -> it.allMemberBodies().size() > 1));
  }
}
