package cat.xmess.catalog.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.Facet;
import cat.xmess.catalog.FacetCounts;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.SearchHit;
import cat.xmess.catalog.SearchRequest;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Catalog;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Confidence;
import cat.xmess.model.Initiative;
import cat.xmess.model.MemberBody;
import cat.xmess.model.Province;
import cat.xmess.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Filtering the bundled catalog's initiatives, and looking records up by id. */
class InitiativeQueryTest {
  private static final XmessCatalog CATALOG = XmessCatalog.bundled();
  private static final Catalog MODEL = CATALOG.catalog();
  private static final FacetValues VALUES = new FacetValues(MODEL);

  static Stream<Arguments> everyFacetValue() {
    return Stream.of(Facet.values())
        .flatMap(facet -> VALUES.present(facet).stream().map(value -> Arguments.of(facet, value)));
  }

  @ParameterizedTest(name = "[{index}] {0} = {1}")
  @MethodSource("everyFacetValue")
  void eachFacetValueSelectsExactlyTheInitiativesThatHaveIt(Facet facet, String value) {
    List<Initiative> expected = VALUES.having(facet, value);
    assertFalse(expected.isEmpty());
    assertEquals(ids(expected), ids(CATALOG.initiatives(InitiativeQuery.builder().with(facet, value).build())));
  }

  @Test
  void everyFacetHasValuesInTheBundledData() {
    for (Facet facet : Facet.values()) {
      assertFalse(VALUES.present(facet).isEmpty(), facet + " has no value in the data");
    }
    // Province and comarca come through co-participants too: some initiative has several bodies.
    assertTrue(MODEL.initiatives().stream().anyMatch(it -> !it.coMemberBodies().isEmpty()));
  }

  @Test
  void provinceAndComarcaCountCoParticipatingBodies() {
    // A co-participant's comarca selects the initiative even when the lead is elsewhere.
    int checked = 0;
    for (Initiative it : MODEL.initiatives()) {
      for (String id : it.coMemberBodies()) {
        MemberBody body = CATALOG.memberBody(id).orElseThrow();
        if (body.comarca() != null) {
          checked++;
          assertTrue(ids(CATALOG.initiatives(InitiativeQuery.builder().comarca(body.comarca().code()).build()))
              .contains(it.id()), it.id() + " via " + id);
          assertTrue(ids(CATALOG.initiatives(InitiativeQuery.builder().province(body.province()).build()))
              .contains(it.id()), it.id() + " via " + id);
          assertTrue(ids(CATALOG.initiatives(InitiativeQuery.builder().memberBody(id).build()))
              .contains(it.id()), it.id() + " via " + id);
        }
      }
    }
    assertTrue(checked > 0);
  }

  @ParameterizedTest
  @EnumSource(Facet.class)
  void valuesWithinAFacetAreAlternatives(Facet facet) {
    List<String> values = new ArrayList<>(VALUES.present(facet));
    for (int i = 0; i < Math.min(values.size(), 4); i++) {
      String a = values.get(i);
      String b = values.get((i + values.size() / 2) % values.size());
      Set<String> union = new LinkedHashSet<>(ids(VALUES.having(facet, a)));
      union.addAll(ids(VALUES.having(facet, b)));
      List<String> expected = MODEL.initiatives().stream().map(Initiative::id).filter(union::contains).toList();
      assertEquals(expected, ids(CATALOG.initiatives(InitiativeQuery.builder().with(facet, a, b).build())),
          facet + " " + a + " OR " + b);
    }
  }

  @Test
  void orWidensTheResultInTheBundledData() {
    // Two values of one facet select more than either alone: OR is not vacuous.
    List<String> confidences = new ArrayList<>(VALUES.present(Facet.CONFIDENCE));
    assertTrue(confidences.size() >= 2);
    String a = confidences.get(0);
    String b = confidences.get(1);
    int either = CATALOG.initiatives(InitiativeQuery.builder().with(Facet.CONFIDENCE, a, b).build()).size();
    assertTrue(either > VALUES.having(Facet.CONFIDENCE, a).size());
    assertTrue(either > VALUES.having(Facet.CONFIDENCE, b).size());
  }

  static Stream<Arguments> facetPairs() {
    List<Arguments> pairs = new ArrayList<>();
    Facet[] facets = Facet.values();
    for (int i = 0; i < facets.length; i++) {
      for (int j = i + 1; j < facets.length; j++) {
        pairs.add(Arguments.of(facets[i], facets[j]));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "[{index}] {0} AND {1}")
  @MethodSource("facetPairs")
  void facetsCombineWithAnd(Facet first, Facet second) {
    String a = mostCommon(first);
    String b = mostCommon(second);
    List<String> onlyA = ids(VALUES.having(first, a));
    List<String> onlyB = ids(VALUES.having(second, b));
    List<String> expected = onlyA.stream().filter(onlyB::contains).toList();
    InitiativeQuery query = InitiativeQuery.builder().with(first, a).with(second, b).build();
    assertEquals(expected, ids(CATALOG.initiatives(query)), query.toString());
  }

  @Test
  void andNarrowsTheResultInTheBundledData() {
    // Some pair of facets gives a non-empty result smaller than either side: AND is not vacuous.
    boolean narrowed = facetPairs().anyMatch(args -> {
      Facet first = (Facet) args.get()[0];
      Facet second = (Facet) args.get()[1];
      int both = CATALOG.initiatives(InitiativeQuery.builder()
          .with(first, mostCommon(first)).with(second, mostCommon(second)).build()).size();
      return both > 0 && both < VALUES.having(first, mostCommon(first)).size()
          && both < VALUES.having(second, mostCommon(second)).size();
    });
    assertTrue(narrowed);
  }

  @Test
  void anUnknownValueIsRejectedAndAKnownValueNoInitiativeHasSelectsNothing() {
    for (Facet facet : Facet.values()) {
      InitiativeQuery unknown = InitiativeQuery.builder().with(facet, "no-such-value").build();
      assertThrows(IllegalArgumentException.class, () -> CATALOG.initiatives(unknown), facet.code());
    }
    assertEquals(List.of(), CATALOG.initiatives(InitiativeQuery.builder().year(1900).build()));
    // AND with an impossible facet empties an otherwise full result.
    assertEquals(List.of(), CATALOG.initiatives(InitiativeQuery.builder()
        .confidence(Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW).year(1900).build()));
  }

  @Test
  void theEmptyQueryReturnsEveryInitiativeInCatalogOrder() {
    assertEquals(MODEL.initiatives(), CATALOG.initiatives(InitiativeQuery.all()));
    assertEquals(MODEL.initiatives(), CATALOG.initiatives(InitiativeQuery.builder().build()));
    assertEquals(MODEL.initiatives(), CATALOG.initiatives(InitiativeQuery.builder().yearBetween(null, null).build()));
  }

  @Test
  void provinceBuilderUsesProvinceCodes() {
    for (Province province : Province.values()) {
      assertEquals(ids(VALUES.having(Facet.PROVINCE, province.code())),
          ids(CATALOG.initiatives(InitiativeQuery.builder().province(province).build())), province.code());
    }
  }

  @Test
  void yearAlternativesMatchStartYears() {
    List<Integer> years = VALUES.present(Facet.YEAR).stream().map(Integer::valueOf).limit(3).toList();
    assertEquals(3, years.size());
    List<String> expected = MODEL.initiatives().stream()
        .filter(it -> it.yearStart() != null && years.contains(it.yearStart())).map(Initiative::id).toList();
    assertEquals(expected, ids(CATALOG.initiatives(InitiativeQuery.builder()
        .year(years.stream().mapToInt(Integer::intValue).toArray()).build())));
  }

  @ParameterizedTest(name = "[{index}] {0}..{1}")
  @CsvSource({"2015, 2018", "2019, 2019", ", 2016", "2020, ", "1900, 2100", "2100, 2100", "2017, 2021"})
  void yearBetweenKeepsKnownStartYearsInTheRange(Integer from, Integer to) {
    List<String> expected = MODEL.initiatives().stream()
        .filter(it -> it.yearStart() != null)
        .filter(it -> from == null || it.yearStart() >= from)
        .filter(it -> to == null || it.yearStart() <= to)
        .map(Initiative::id)
        .toList();
    assertEquals(expected, ids(CATALOG.initiatives(InitiativeQuery.builder().yearBetween(from, to).build())));
  }

  @Test
  void yearBetweenLeavesOutUnknownStartYearsAndCombinesWithFacets() {
    long unknown = MODEL.initiatives().stream().filter(it -> it.yearStart() == null).count();
    assertTrue(unknown > 0, "the data has initiatives of unknown start");
    assertEquals(MODEL.initiatives().size() - unknown,
        CATALOG.initiatives(InitiativeQuery.builder().yearBetween(1900, 2100).build()).size());
    InitiativeQuery query = InitiativeQuery.builder().province(Province.BARCELONA).yearBetween(2015, 2020).build();
    assertEquals(ids(VALUES.passing(query)), ids(CATALOG.initiatives(query)));
    assertTrue(MODEL.initiatives().stream().anyMatch(it -> it.yearStart() != null
        && it.yearStart() >= 2015 && it.yearStart() <= 2020), "the range is not empty in the data");
  }

  @Test
  void anInvertedYearRangeIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> InitiativeQuery.builder().yearBetween(2020, 2019).build());
  }

  // -- look-ups -------------------------------------------------------------------------------

  @Test
  void everyRecordIsFoundByItsId() {
    MODEL.initiatives().forEach(it -> assertEquals(it, CATALOG.initiative(it.id()).orElseThrow()));
    MODEL.memberBodies().forEach(b -> assertEquals(b, CATALOG.memberBody(b.id()).orElseThrow()));
    MODEL.sources().forEach(s -> assertEquals(s, CATALOG.source(s.id()).orElseThrow()));
    for (CodelistKind kind : CodelistKind.values()) {
      for (CodeDefinition entry : MODEL.codelists().entries(kind)) {
        assertEquals(entry, CATALOG.code(kind, entry.code()).orElseThrow(), kind + ":" + entry.code());
      }
    }
  }

  @Test
  void absentIdsAreEmptyNotErrors() {
    Initiative anInitiative = MODEL.initiatives().get(0);
    MemberBody aBody = MODEL.memberBodies().get(0);
    Source aSource = MODEL.sources().get(0);
    assertTrue(CATALOG.initiative("no-such-initiative").isEmpty());
    assertTrue(CATALOG.initiative(aBody.id()).isEmpty(), "a member body id is not an initiative");
    assertTrue(CATALOG.initiative(anInitiative.id().toUpperCase(java.util.Locale.ROOT)).isEmpty());
    assertTrue(CATALOG.memberBody("ajuntament-de-enlloc").isEmpty());
    assertTrue(CATALOG.memberBody(anInitiative.id()).isEmpty());
    assertTrue(CATALOG.source("S999").isEmpty());
    assertTrue(CATALOG.source(aSource.id().toLowerCase(java.util.Locale.ROOT)).isEmpty(), "ids are case-sensitive");
    assertTrue(CATALOG.source("").isEmpty());
    String aCategory = MODEL.codelists().policyCategories().get(0).code();
    assertTrue(CATALOG.code(CodelistKind.POLICY_CATEGORIES, aCategory).isPresent());
    assertTrue(CATALOG.code(CodelistKind.THEMES, aCategory).isEmpty(), "codes belong to one list");
    for (CodelistKind kind : CodelistKind.values()) {
      assertTrue(CATALOG.code(kind, "no-such-code").isEmpty(), kind.code());
    }
  }

  // -- immutability ---------------------------------------------------------------------------

  @Test
  void filteredListsAndTheModelAreUnmodifiable() {
    List<Initiative> all = CATALOG.initiatives(InitiativeQuery.all());
    List<Initiative> some = CATALOG.initiatives(InitiativeQuery.builder().province(Province.BARCELONA).build());
    List<Initiative> none = CATALOG.initiatives(InitiativeQuery.builder().year(1900).build());
    Initiative any = MODEL.initiatives().get(0);
    for (List<Initiative> list : List.of(all, some, none, MODEL.initiatives())) {
      assertThrows(UnsupportedOperationException.class, () -> list.add(any));
      assertThrows(UnsupportedOperationException.class, () -> list.clear());
    }
    assertThrows(UnsupportedOperationException.class, () -> all.set(0, any));
    assertThrows(UnsupportedOperationException.class, () -> any.themes().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> MODEL.memberBodies().remove(0));
    assertEquals(MODEL.initiatives(), CATALOG.initiatives(InitiativeQuery.all()), "nothing changed");
  }

  @Test
  void facetCountsAreUnmodifiable() {
    FacetCounts counts = CATALOG.facets(InitiativeQuery.all());
    assertThrows(UnsupportedOperationException.class, () -> counts.values().put(Facet.THEME, java.util.List.of()));
    assertThrows(UnsupportedOperationException.class, () -> counts.of(Facet.THEME).put("x", 1));
    assertThrows(UnsupportedOperationException.class, () -> counts.of(Facet.THEME).clear());
  }

  @Test
  void searchResultsAreUnmodifiable() {
    // One search with fewer hits than the limit, one with more.
    List<SearchHit> few = CATALOG.search(SearchRequest.builder("habitatge").limit(1000).build());
    List<SearchHit> cut = CATALOG.search(SearchRequest.builder("social").limit(2).build());
    List<SearchHit> none = CATALOG.search(SearchRequest.builder("xyzzyplugh").limit(5).build());
    assertFalse(few.isEmpty());
    assertEquals(2, cut.size());
    SearchHit hit = cut.get(0);
    assertThrows(UnsupportedOperationException.class, () -> cut.add(hit), "a cut ranking");
    assertThrows(UnsupportedOperationException.class, () -> none.add(hit), "an empty result");
    assertThrows(UnsupportedOperationException.class, () -> few.add(hit), "a result under the limit");
  }

  // -- helpers --------------------------------------------------------------------------------

  private static String mostCommon(Facet facet) {
    return VALUES.present(facet).stream()
        .max(java.util.Comparator.<String>comparingInt(v -> VALUES.having(facet, v).size())
            .thenComparing(java.util.Comparator.<String>reverseOrder()))
        .orElseThrow();
  }

  private static List<String> ids(List<Initiative> initiatives) {
    return initiatives.stream().map(Initiative::id).toList();
  }
}
