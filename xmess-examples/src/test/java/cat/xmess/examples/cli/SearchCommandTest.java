package cat.xmess.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.SearchHit;
import cat.xmess.catalog.SearchRequest;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import cat.xmess.model.Province;
import cat.xmess.model.WireCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class SearchCommandTest {
  /** Instrument codes about public procurement, picked from the policy-instruments codelist. */
  private static final Set<String> PROCUREMENT_INSTRUMENTS =
      Set.of("social-clauses", "reserved-contracts", "responsible-procurement-plan");

  private final XmessCatalog catalog = XmessCatalog.bundled();

  @Test
  void textOutputListsTheHitsOfTheApiInTheChosenLanguage() {
    Cli.Result result = Cli.run("search", "contractació", "pública", "--lang", "en").expectExit(0);

    List<SearchHit> hits = catalog.search("contractació pública");
    assertFalse(hits.isEmpty());
    for (SearchHit hit : hits) {
      assertTrue(result.out().contains(hit.id()), hit.id());
      assertTrue(result.out().contains(hit.title().en()), hit.title().en());
    }
    assertTrue(result.err().isEmpty(), result.err());
  }

  @Test
  void jsonOutputHasTheContractFields() {
    JsonNode hits = Cli.run("search", "contractació", "pública", "--format", "json")
        .expectExit(0).json();

    assertTrue(hits.isArray());
    assertFalse(hits.isEmpty());
    for (JsonNode hit : hits) {
      assertTrue(hit.get("id").isString(), hit::toString);
      WireCode.parse(RecordType.class, hit.get("type").asString());
      for (Language language : Language.values()) {
        assertTrue(hit.get("title").get(language.code()).isString(), hit::toString);
      }
      assertTrue(hit.get("score").isNumber(), hit::toString);
      Language.fromCode(hit.get("matchedLanguage").asString());
    }
  }

  @Test
  void jsonOutputMatchesTheApiInOrder() {
    JsonNode hits = Cli.run("search", "economia", "social", "--format", "json", "--limit", "7")
        .expectExit(0).json();

    List<SearchHit> expected =
        catalog.search(SearchRequest.builder("economia social").limit(7).build());
    assertEquals(expected.size(), hits.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).id(), hits.get(i).get("id").asString());
      assertEquals(expected.get(i).type().code(), hits.get(i).get("type").asString());
      assertEquals(expected.get(i).score(), hits.get(i).get("score").asDouble(), 1e-9);
    }
  }

  @Test
  void spanishWithoutAccentsFindsAProcurementInitiative() {
    for (String code : PROCUREMENT_INSTRUMENTS) {
      assertTrue(catalog.code(CodelistKind.POLICY_INSTRUMENTS, code).isPresent(), code);
    }

    JsonNode hits = Cli.run("search", "contratacion", "publica", "--format", "json")
        .expectExit(0).json();

    boolean found = false;
    for (JsonNode hit : hits) {
      if (hit.get("type").asString().equals("initiative")) {
        Initiative initiative = catalog.initiative(hit.get("id").asString()).orElseThrow();
        found |= initiative.instruments().stream().anyMatch(PROCUREMENT_INSTRUMENTS::contains);
      }
    }
    assertTrue(found, () -> "no procurement initiative in " + hits);
  }

  @Test
  void provinceFilterReturnsOnlyInitiativesWithAMemberBodyThere() {
    List<Initiative> inGirona =
        catalog.initiatives(InitiativeQuery.builder().province(Province.GIRONA).build());
    assertFalse(inGirona.isEmpty(), "the bundled catalog has initiatives in Girona");
    String word = longestWord(inGirona.get(0).title().ca());

    JsonNode hits = Cli.run("search", word, "--province", "girona", "--format", "json",
        "--limit", "100").expectExit(0).json();

    assertFalse(hits.isEmpty(), () -> "nothing found for " + word);
    for (JsonNode hit : hits) {
      assertEquals("initiative", hit.get("type").asString());
      Initiative initiative = catalog.initiative(hit.get("id").asString()).orElseThrow();
      assertTrue(
          initiative.allMemberBodies().stream()
              .map(id -> catalog.memberBody(id).orElseThrow().province())
              .anyMatch(Province.GIRONA::equals),
          initiative.id());
    }
  }

  @Test
  void repeatedAndCommaSeparatedValuesAreAlternatives() {
    JsonNode hits = Cli.run("search", "economia", "--category", "boost,fertilisation",
        "--category", "regulatory", "--province", "barcelona", "--format", "json",
        "--limit", "100").expectExit(0).json();

    assertFalse(hits.isEmpty());
    for (JsonNode hit : hits) {
      Initiative initiative = catalog.initiative(hit.get("id").asString()).orElseThrow();
      assertTrue(Set.of("boost", "fertilisation", "regulatory").contains(initiative.category()),
          initiative.id());
    }
    List<String> expected = ids(catalog.search(SearchRequest.builder("economia")
        .filter(InitiativeQuery.builder().policyCategory("boost", "fertilisation", "regulatory")
            .province(Province.BARCELONA).build())
        .limit(100).build()));
    assertEquals(expected, ids(hits));
  }

  @Test
  void yearRangeKeepsInitiativesStartingInIt() {
    JsonNode hits = Cli.run("search", "economia", "--year-from", "2016", "--year-to", "2019",
        "--format", "json", "--limit", "100").expectExit(0).json();

    assertFalse(hits.isEmpty());
    for (JsonNode hit : hits) {
      Integer start = catalog.initiative(hit.get("id").asString()).orElseThrow().yearStart();
      assertTrue(start != null && start >= 2016 && start <= 2019, hit.get("id").asString());
    }
  }

  @Test
  void typeAndLimitRestrictTheHits() {
    JsonNode hits = Cli.run("search", "contractació", "--type", "policy-instrument",
        "--format", "json").expectExit(0).json();
    assertFalse(hits.isEmpty());
    hits.forEach(hit -> assertEquals("policy-instrument", hit.get("type").asString()));

    assertEquals(1, Cli.run("search", "economia", "--limit", "1", "--format", "json")
        .expectExit(0).json().size());
  }

  @Test
  void nothingFoundIsNotAnError() {
    Cli.Result result = Cli.run("search", "zzzqqqxxx").expectExit(0);
    assertTrue(result.out().contains("zzzqqqxxx"));
    assertEquals(0, Cli.run("search", "zzzqqqxxx", "--format", "json").expectExit(0).json().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "--province=madrid",
      "--category=nope",
      "--instrument=nope",
      "--member-body=nobody",
      "--comarca=Atlantis",
      "--type=person",
      "--limit=0",
      "--limit=many",
      "--year-from=twenty",
      "--format=xml",
      "--lang=fr",
      "--no-such-option"
  })
  void badValuesAreUsageErrorsOnOneLine(String option) {
    Cli.Result result = Cli.run("search", "economia", option).expectExit(2);

    assertEquals(1, result.errLines().size(), result.err());
    assertTrue(result.err().startsWith("xmess: "), result.err());
    assertTrue(result.out().isEmpty(), result.out());
  }

  @Test
  void anEmptyYearRangeIsAUsageError() {
    Cli.Result result =
        Cli.run("search", "economia", "--year-from", "2020", "--year-to", "2010").expectExit(2);
    assertTrue(result.err().contains("--year-from"), result.err());
  }

  @Test
  void missingTextIsAUsageError() {
    Cli.run("search").expectExit(2);
    Cli.run("search", "--province", "girona").expectExit(2);
  }

  @Test
  void comarcaAcceptsCodeOrNameWithoutAccents() {
    String byName = Cli.run("search", "economia", "--comarca", "valles occidental",
        "--format", "json", "--limit", "100").expectExit(0).out();
    String byCode = Cli.run("search", "economia", "--comarca", "40",
        "--format", "json", "--limit", "100").expectExit(0).out();
    assertEquals(byCode, byName);
  }

  @Test
  void userCatalogIsSearched(@TempDir Path dir) throws Exception {
    Path file = TestCatalogs.validCopy(dir);
    Cli.Result fromFile =
        Cli.run("search", "contractació", "--catalog", file.toString(), "--format", "json")
            .expectExit(0);
    Cli.Result bundled = Cli.run("search", "contractació", "--format", "json").expectExit(0);
    assertEquals(bundled.out(), fromFile.out());
  }

  @Test
  void invalidUserCatalogShowsItsFirstErrors(@TempDir Path dir) throws Exception {
    Path file = TestCatalogs.broken(dir, "broken.json", root -> {
      for (JsonNode initiative : root.get("initiatives")) {
        ((tools.jackson.databind.node.ObjectNode) initiative).put("memberBody", "nobody-here");
      }
    });

    Cli.Result result =
        Cli.run("search", "economia", "--catalog", file.toString(), "--lang", "en").expectExit(1);

    assertTrue(result.out().isEmpty());
    List<String> lines = result.errLines();
    assertTrue(lines.get(0).startsWith("xmess: invalid catalog"), result.err());
    assertTrue(lines.get(1).contains("[unknown-member-body]"), result.err());
    assertTrue(lines.get(1).contains("does not exist"), "message in --lang: " + result.err());
    // The first few errors, then a pointer to validate for the rest.
    assertEquals(ErrorHandlers.MAX_ERRORS_SHOWN + 2, lines.size(), result.err());
    assertTrue(lines.get(lines.size() - 1).contains("xmess validate"), result.err());
  }

  @Test
  void missingUserCatalogIsOneLine() {
    Cli.Result result = Cli.run("stats", "--catalog", "no/such/catalog.json").expectExit(1);
    assertEquals(List.of("xmess: catalog file not found: no/such/catalog.json".replace('/',
        java.io.File.separatorChar)), result.errLines());
  }

  private static String longestWord(String text) {
    return Arrays.stream(text.split("[^\\p{L}]+"))
        .max((a, b) -> Integer.compare(a.length(), b.length()))
        .orElseThrow();
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::id).collect(Collectors.toList());
  }

  private static List<String> ids(JsonNode hits) {
    List<String> ids = new ArrayList<>();
    hits.forEach(hit -> ids.add(hit.get("id").asString()));
    return ids;
  }
}
