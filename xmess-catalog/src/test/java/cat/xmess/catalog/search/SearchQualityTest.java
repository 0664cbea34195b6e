package cat.xmess.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.SearchHit;
import cat.xmess.catalog.SearchRequest;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.ModelWalk;
import cat.xmess.model.Catalog;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Confidence;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import cat.xmess.model.Province;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Free-text search over the bundled catalog finds what a reader in Catalan, Spanish or English
 * expects, whatever the case and accents, and honours ranking, limits, filters and types.
 */
class SearchQualityTest {
  private static final XmessCatalog CATALOG = XmessCatalog.bundled();
  private static final Catalog MODEL = CATALOG.catalog();
  private static final int ALL = 10_000;

  // -- procurement --------------------------------------------------------------------------

  /** Instrument codes whose label, in any language, is about public purchasing or contracts. */
  private static Set<String> procurementInstruments() {
    Pattern about = Pattern.compile("contract|contrat|procurement|compra");
    Set<String> codes =
        MODEL.codelists().policyInstruments().stream()
            .filter(p -> about.matcher(fold(allLanguages(p.label()))).find())
            .map(CodeDefinition::code)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    assertTrue(codes.size() >= 2, "procurement instruments in the codelist: " + codes);
    return codes;
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" in {1}")
  @CsvSource({
    "contratacion publica, ES",
    "contratación pública, ES",
    "CONTRATACIÓN Pública, ES",
    "contractació pública, CA",
    "contractacio publica, CA",
    "Contractació PÚBLICA, CA",
    "public procurement, EN",
    "PUBLIC Procurement, EN",
  })
  void procurementQueriesRankProcurementInitiativesInTheTopFive(String query, Language language) {
    Set<String> procurement = procurementInstruments();
    List<SearchHit> top = CATALOG.search(SearchRequest.builder(query).limit(5).build());
    List<Initiative> initiatives = initiativesOf(top);
    assertFalse(initiatives.isEmpty(), () -> "no initiative in the top 5: " + top);
    assertTrue(hasAny(initiatives.get(0).instruments(), procurement),
        () -> "best initiative " + initiatives.get(0).id() + " has no procurement instrument");
    long withProcurement =
        initiatives.stream().filter(it -> hasAny(it.instruments(), procurement)).count();
    assertTrue(withProcurement >= 2, () -> "top 5: " + top);
    // Each query has a word that exists in one language only: that language is the match.
    top.forEach(hit -> assertEquals(language, hit.matchedLanguage(), hit::toString));
  }

  @Test
  void accentsAndCaseDoNotChangeTheResult() {
    assertEquals(ranking("contractació pública"), ranking("CONTRACTACIO PUBLICA"));
    assertEquals(ranking("contratación pública"), ranking("Contratacion Publica"));
    assertEquals(ranking("habitatge"), ranking("HABITATGE"));
    assertEquals(ranking("economía social"), ranking("ECONOMIA SOCIAL"));
    // The Catalan middle dot of "l·l" may be typed or left out.
    assertFalse(ranking("col·laboració").isEmpty());
    assertEquals(ranking("col·laboració"), ranking("collaboracio"));
    assertEquals(ranking("col·laboració"), ranking("COL·LABORACIÓ"));
  }

  // -- housing ------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"HABITATGE", "habitatge", "Vivienda", "housing"})
  void housingWordsFindTheHousingTheme(String query) {
    String housingTheme =
        MODEL.codelists().themes().stream()
            .filter(t -> fold(t.label().ca()).equals("habitatge"))
            .map(CodeDefinition::code)
            .findFirst()
            .orElseThrow();
    List<SearchHit> top = CATALOG.search(SearchRequest.builder(query).limit(5).build());
    assertTrue(top.stream().anyMatch(h -> h.type() == RecordType.THEME && h.id().equals(housingTheme)),
        () -> "top 5 for " + query + ": " + top);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" matches in {1}")
  @CsvSource({"vivienda, ES", "viviendas, ES", "housing, EN", "Housing cooperatives, EN", "habitatges, CA"})
  void aWordOfOneLanguageReportsThatLanguage(String query, Language language) {
    List<SearchHit> hits = CATALOG.search(SearchRequest.builder(query).limit(ALL).build());
    assertFalse(hits.isEmpty(), query);
    hits.forEach(hit -> assertEquals(language, hit.matchedLanguage(), hit::toString));
  }

  // -- ranking and limits -------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"habitatge", "economia social", "cooperativa", "Sabadell", "joves", "public procurement", "ateneu"})
  void scoresArePositiveAndSortedBestFirst(String query) {
    List<SearchHit> hits = CATALOG.search(SearchRequest.builder(query).limit(ALL).build());
    assertFalse(hits.isEmpty(), query);
    for (int i = 0; i < hits.size(); i++) {
      assertTrue(hits.get(i).score() > 0, hits.get(i)::toString);
      if (i > 0) {
        assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), "not sorted at " + i + ": " + hits);
      }
    }
    assertEquals(hits.size(), hits.stream().map(h -> h.type() + "/" + h.id()).distinct().count(),
        "a record appears once");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 8})
  void theLimitCutsTheFullRankingWithoutReorderingIt(int limit) {
    List<SearchHit> full = CATALOG.search(SearchRequest.builder("economia social").limit(ALL).build());
    assertTrue(full.size() > 8, "enough hits to cut: " + full.size());
    List<SearchHit> cut = CATALOG.search(SearchRequest.builder("economia social").limit(limit).build());
    assertEquals(full.subList(0, limit), cut);
  }

  @Test
  void theDefaultLimitApplies() {
    List<SearchHit> full = CATALOG.search(SearchRequest.builder("social").limit(ALL).build());
    assertTrue(full.size() > SearchRequest.DEFAULT_LIMIT, "enough hits: " + full.size());
    assertEquals(full.subList(0, SearchRequest.DEFAULT_LIMIT), CATALOG.search("social"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xyzzyplugh", "quasiquantumflux", "habitatge xyzzyplugh", "   ", "—"})
  void aQueryWithNoMatchReturnsNothing(String query) {
    assertEquals(List.of(), CATALOG.search(SearchRequest.builder(query).limit(ALL).build()));
  }

  // -- prefixes -----------------------------------------------------------------------------

  @Test
  void coopFindsTheRecordsAboutCooperatives() {
    List<SearchHit> hits = CATALOG.search(SearchRequest.builder("coop").limit(ALL).build());
    Pattern wordFromCoop = Pattern.compile("(?<![\\p{L}\\p{N}])coop");
    for (SearchHit hit : hits) {
      assertTrue(wordFromCoop.matcher(fold(searchableText(hit))).find(),
          () -> hit + " has no word starting with 'coop'");
    }
    // Conversely: every record titled or summarised with a "cooperativ..." word is found.
    Pattern cooperative = Pattern.compile("(?<![\\p{L}\\p{N}])cooperativ");
    Set<String> found = hits.stream().map(h -> h.type() + "/" + h.id()).collect(Collectors.toSet());
    List<String> missed = new ArrayList<>();
    for (Initiative it : MODEL.initiatives()) {
      if (cooperative.matcher(fold(allLanguages(it.title()) + " " + allLanguages(it.summary()))).find()
          && !found.contains(RecordType.INITIATIVE + "/" + it.id())) {
        missed.add(it.id());
      }
    }
    for (CodelistKind kind : CodelistKind.values()) {
      for (CodeDefinition entry : MODEL.codelists().entries(kind)) {
        if (cooperative.matcher(fold(allLanguages(entry.label()))).find()
            && !found.contains(RecordType.of(kind) + "/" + entry.code())) {
          missed.add(kind + ":" + entry.code());
        }
      }
    }
    assertTrue(missed.isEmpty(), () -> "not found by 'coop': " + missed);
    assertTrue(hits.stream().anyMatch(h -> h.type() == RecordType.INITIATIVE));
    assertTrue(hits.stream().anyMatch(h -> h.type() == RecordType.ENTITY_FORM));
  }

  // -- filters and types --------------------------------------------------------------------

  static Stream<Arguments> filters() {
    return Stream.of(
        Arguments.of("social", InitiativeQuery.builder().province(Province.BARCELONA).build()),
        Arguments.of("economia", InitiativeQuery.builder().province(Province.GIRONA, Province.TARRAGONA).build()),
        Arguments.of("cooperativa", InitiativeQuery.builder().confidence(Confidence.HIGH).build()),
        Arguments.of("ess", InitiativeQuery.builder().yearBetween(2015, 2019).build()),
        Arguments.of("social", InitiativeQuery.builder().policyCategory("boost").theme("cross-sector").build()));
  }

  @ParameterizedTest
  @MethodSource("filters")
  void aFilteredSearchReturnsOnlyInitiativesPassingTheFilter(String text, InitiativeQuery filter) {
    Set<String> passing =
        CATALOG.initiatives(filter).stream().map(Initiative::id).collect(Collectors.toSet());
    assertFalse(passing.isEmpty(), "the filter selects something: " + filter);
    List<SearchHit> hits = CATALOG.search(SearchRequest.builder(text).filter(filter).limit(ALL).build());
    assertFalse(hits.isEmpty(), () -> text + " with " + filter);
    hits.forEach(hit -> {
      assertEquals(RecordType.INITIATIVE, hit.type(), hit::toString);
      assertTrue(passing.contains(hit.id()), hit::toString);
    });
    // Exactly the unfiltered initiative hits that pass the filter.
    Set<String> expected =
        CATALOG.search(SearchRequest.builder(text).types(RecordType.INITIATIVE).limit(ALL).build())
            .stream()
            .map(SearchHit::id)
            .filter(passing::contains)
            .collect(Collectors.toSet());
    assertEquals(expected, hits.stream().map(SearchHit::id).collect(Collectors.toSet()));
  }

  @ParameterizedTest
  @MethodSource("typeSelections")
  void aTypeRestrictionReturnsOnlyThoseTypes(String text, Set<RecordType> types) {
    List<SearchHit> all = CATALOG.search(SearchRequest.builder(text).limit(ALL).build());
    List<SearchHit> hits =
        CATALOG.search(SearchRequest.builder(text).types(types.toArray(RecordType[]::new)).limit(ALL).build());
    assertFalse(hits.isEmpty(), () -> text + " in " + types);
    hits.forEach(hit -> assertTrue(types.contains(hit.type()), hit::toString));
    assertEquals(
        all.stream().filter(h -> types.contains(h.type())).map(h -> h.type() + "/" + h.id()).collect(Collectors.toSet()),
        hits.stream().map(h -> h.type() + "/" + h.id()).collect(Collectors.toSet()));
  }

  static Stream<Arguments> typeSelections() {
    return Stream.of(
        Arguments.of("habitatge", EnumSet.of(RecordType.THEME)),
        Arguments.of("cooperativa", EnumSet.of(RecordType.ENTITY_FORM, RecordType.POLICY_INSTRUMENT)),
        Arguments.of("Sabadell", EnumSet.of(RecordType.MEMBER_BODY)),
        Arguments.of("social", EnumSet.of(RecordType.INITIATIVE, RecordType.SDG, RecordType.TARGET_GROUP)));
  }

  // -- helpers ------------------------------------------------------------------------------

  /** Accents and case removed (NFD, marks dropped, lowercase), Catalan middle dot joined. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.replace("·", ""), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  private static String allLanguages(LocalizedText text) {
    return text == null ? "" : Stream.of(text.ca(), text.es(), text.en())
        .filter(java.util.Objects::nonNull).collect(Collectors.joining(" "));
  }

  private static List<String> ranking(String query) {
    return CATALOG.search(SearchRequest.builder(query).limit(ALL).build()).stream()
        .map(h -> h.type() + "/" + h.id() + "@" + h.score())
        .toList();
  }

  private static List<Initiative> initiativesOf(List<SearchHit> hits) {
    return hits.stream()
        .filter(h -> h.type() == RecordType.INITIATIVE)
        .map(h -> CATALOG.initiative(h.id()).orElseThrow())
        .toList();
  }

  private static boolean hasAny(List<String> values, Set<String> wanted) {
    return values.stream().anyMatch(wanted::contains);
  }

  /**
   * Everything a hit could have matched: the record's own text, and for an initiative the labels of
   * its codes and the names and places of its member bodies.
   */
  private static String searchableText(SearchHit hit) {
    StringBuilder text = new StringBuilder();
    switch (hit.type()) {
      case INITIATIVE -> {
        Initiative it = CATALOG.initiative(hit.id()).orElseThrow();
        text.append(ModelWalk.allText(it));
        for (CodelistKind kind : CodelistKind.values()) {
          for (String code : codesOf(it, kind)) {
            CATALOG.code(kind, code).ifPresent(e -> text.append(ModelWalk.allText(e.label())));
          }
        }
        for (String id : it.allMemberBodies()) {
          CATALOG.memberBody(id).map(ModelWalk::allText).ifPresent(text::append);
        }
      }
      case MEMBER_BODY -> text.append(ModelWalk.allText(CATALOG.memberBody(hit.id()).orElseThrow()));
      default -> text.append(ModelWalk.allText(
          CATALOG.code(hit.type().codelist().orElseThrow(), hit.id()).orElseThrow()));
    }
    return text.toString();
  }

  private static List<String> codesOf(Initiative it, CodelistKind kind) {
    return switch (kind) {
      case POLICY_CATEGORIES -> Stream.concat(Stream.of(it.category()), it.categoryAlternatives().stream()).toList();
      case ADMINISTRATION_ROLES -> it.roles();
      case POLICY_INSTRUMENTS -> it.instruments();
      case THEMES -> it.themes();
      case TARGET_GROUPS -> it.targetGroups();
      case ENTITY_FORMS -> it.entityForms();
      case SDGS -> it.sdgs();
    };
  }
}
