package cat.xmess.catalog.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.Facet;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.SearchRequest;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodeStatus;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Initiative;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A deprecated code with a replacement, in a copy of the bundled catalog where one theme that
 * initiatives use is deprecated in favour of another that initiatives also use.
 */
class DeprecatedCodesTest {
  private static final XmessCatalog BUNDLED = XmessCatalog.bundled();
  private static final String OLD = mostUsedTheme(0);
  private static final String NEW = mostUsedTheme(1);
  private static final XmessCatalog CATALOG = withDeprecation();

  /** The theme in position {@code rank} of the bundled facet counts, so both codes tag real initiatives. */
  private static String mostUsedTheme(int rank) {
    return List.copyOf(BUNDLED.facets(InitiativeQuery.all()).of(Facet.THEME).keySet()).get(rank);
  }

  private static XmessCatalog withDeprecation() {
    ObjectNode tree = BundledJson.treeWithoutChecksum();
    for (JsonNode theme : tree.at("/codelists/themes")) {
      if (theme.get("code").asString().equals(OLD)) {
        ((ObjectNode) theme).put("status", "deprecated").put("replacedBy", NEW);
      }
    }
    return XmessCatalog.load(new ByteArrayInputStream(BundledJson.write(tree)));
  }

  private static List<String> ids(List<Initiative> initiatives) {
    return initiatives.stream().map(Initiative::id).toList();
  }

  @Test
  void aDeprecatedCodeIsStillFoundAndSaysWhatReplacesIt() {
    CodeDefinition old = CATALOG.code(CodelistKind.THEMES, OLD).orElseThrow();
    assertEquals(CodeStatus.DEPRECATED, old.status());
    assertEquals(NEW, old.replacedBy());
    assertEquals(NEW, CATALOG.currentCode(CodelistKind.THEMES, OLD).orElseThrow().code());
    assertEquals(NEW, CATALOG.currentCode(CodelistKind.THEMES, NEW).orElseThrow().code(), "current is itself");
    assertEquals(Optional.empty(), CATALOG.currentCode(CodelistKind.THEMES, "no-such-theme"));
  }

  @Test
  void filteringOnEitherCodeMatchesInitiativesTaggedWithEither() {
    List<String> taggedEither = CATALOG.catalog().initiatives().stream()
        .filter(i -> i.themes().contains(OLD) || i.themes().contains(NEW)).map(Initiative::id).toList();
    List<String> byOld = ids(CATALOG.initiatives(InitiativeQuery.builder().theme(OLD).build()));
    List<String> byNew = ids(CATALOG.initiatives(InitiativeQuery.builder().theme(NEW).build()));
    assertEquals(taggedEither, byOld);
    assertEquals(taggedEither, byNew);
    assertTrue(byOld.size() > ids(BUNDLED.initiatives(InitiativeQuery.builder().theme(OLD).build())).size(),
        "without the deprecation the old code finds fewer initiatives");
    assertEquals(taggedEither.size(), CATALOG.facets(InitiativeQuery.builder().theme(OLD).build()).total());
  }

  @Test
  void aSearchFilteredOnTheOldCodeFindsAnInitiativeTaggedOnlyWithTheNewOne() {
    Initiative onlyNew = CATALOG.catalog().initiatives().stream()
        .filter(i -> i.themes().contains(NEW) && !i.themes().contains(OLD)).findFirst().orElseThrow();
    SearchRequest request = SearchRequest.builder(onlyNew.title().ca())
        .filter(InitiativeQuery.builder().theme(OLD).build()).build();
    assertTrue(CATALOG.search(request).stream().anyMatch(hit -> hit.id().equals(onlyNew.id())));
    assertFalse(BUNDLED.search(request).stream().anyMatch(hit -> hit.id().equals(onlyNew.id())),
        "without the deprecation the filter excludes it");
  }

  @Test
  void facetCountsStillCountEachCodeAsTagged() {
    assertEquals(BUNDLED.facets(InitiativeQuery.all()).of(Facet.THEME), CATALOG.facets(InitiativeQuery.all()).of(Facet.THEME));
  }
}
