package cat.xmess.catalog.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.Facet;
import cat.xmess.catalog.FacetCounts;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.SearchRequest;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.MemberBody;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A mistyped code in a query fails with the codelist and the nearest codes; known codes never fail. */
class QueryCodesTest {
  private static final XmessCatalog CATALOG = XmessCatalog.bundled();

  @Test
  void aMistypedThemeNamesTheCodelistAndTheNearestCode() {
    InitiativeQuery typo = InitiativeQuery.builder().theme("housng").build();
    for (Executable call : List.<Executable>of(() -> CATALOG.initiatives(typo), () -> CATALOG.facets(typo),
        () -> CATALOG.search(SearchRequest.builder("habitatge").filter(typo).build()))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
      assertTrue(e.getMessage().contains("'housng'"), e.getMessage());
      assertTrue(e.getMessage().contains("codelist themes"), e.getMessage());
      assertTrue(e.getMessage().contains("Did you mean housing"), e.getMessage());
    }
  }

  @Test
  void aMistypedMemberBodySuggestsTheIdAndAnUnknownComarcaSaysWhatACodeIs() {
    String id = CATALOG.catalog().memberBodies().get(0).id();
    String typo = id.substring(0, id.length() - 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CATALOG.initiatives(InitiativeQuery.builder().memberBody(typo).build()));
    assertTrue(e.getMessage().contains("member body id '" + typo + "'"), e.getMessage());
    assertTrue(e.getMessage().contains(id), e.getMessage());
    IllegalArgumentException comarca = assertThrows(IllegalArgumentException.class,
        () -> CATALOG.initiatives(InitiativeQuery.builder().comarca("Vallès Occidental").build()));
    assertTrue(comarca.getMessage().contains("two-digit Idescat code"), comarca.getMessage());
  }

  @Test
  void aCodeWithNothingCloseListsTheWholeCodelist() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CATALOG.initiatives(InitiativeQuery.builder().policyCategory("zzzzzzzzzz").build()));
    assertFalse(e.getMessage().contains("Did you mean"), e.getMessage());
    for (CodeDefinition code : CATALOG.codes(CodelistKind.POLICY_CATEGORIES)) {
      assertTrue(e.getMessage().contains(code.code()), e.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(CodelistKind.class)
  void codesAreTheCodelistsEntriesInCatalogOrder(CodelistKind kind) {
    assertEquals(CATALOG.catalog().codelists().entries(kind), CATALOG.codes(kind));
    assertFalse(CATALOG.codes(kind).isEmpty(), kind + " is empty in the bundled catalog");
  }

  @ParameterizedTest
  @EnumSource(Facet.class)
  void everyKnownValueOfAFacetIsAccepted(Facet facet) {
    FacetCounts counts = CATALOG.facets(InitiativeQuery.all());
    Set<String> values = facet.codelist()
        .map(kind -> CATALOG.codes(kind).stream().map(CodeDefinition::code).collect(Collectors.toSet()))
        .orElseGet(() -> counts.of(facet).keySet());
    if (facet == Facet.MEMBER_BODY) {
      values = CATALOG.catalog().memberBodies().stream().map(MemberBody::id).collect(Collectors.toSet());
    }
    assertFalse(values.isEmpty(), facet + " has values in the bundled catalog");
    for (String value : values) {
      InitiativeQuery query = InitiativeQuery.builder().with(facet, value).build();
      assertDoesNotThrow(() -> CATALOG.initiatives(query), facet + " " + value);
    }
  }

  @ParameterizedTest
  @EnumSource(Facet.class)
  void everyCountedValueOfACodelistFacetIsACodeOfItsCodelist(Facet facet) {
    facet.codelist().ifPresent(kind -> {
      Set<String> codes = CATALOG.codes(kind).stream().map(CodeDefinition::code).collect(Collectors.toSet());
      Set<String> counted = CATALOG.facets(InitiativeQuery.all()).of(facet).keySet();
      assertFalse(counted.isEmpty(), facet.toString());
      assertTrue(codes.containsAll(counted), facet + ": " + counted + " not all in " + codes);
    });
  }
}
