package cat.xmess.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Initiative;
import cat.xmess.model.MemberBody;
import cat.xmess.model.Source;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ShowCommandTest {
  private final XmessCatalog catalog = XmessCatalog.bundled();

  @Test
  void initiativeInTextInEachLanguage() {
    Initiative initiative = catalog.catalog().initiatives().get(0);

    String ca = Cli.run("show", initiative.id()).expectExit(0).out();
    assertTrue(ca.startsWith(initiative.title().ca() + System.lineSeparator()), ca);
    assertTrue(ca.contains("Identificador: " + initiative.id()), ca);

    String es = Cli.run("show", initiative.id(), "--lang", "es").expectExit(0).out();
    assertTrue(es.startsWith(initiative.title().es()), es);
    assertTrue(es.contains("Fuentes:"), es);

    String en = Cli.run("show", initiative.id(), "--lang", "en").expectExit(0).out();
    assertTrue(en.startsWith(initiative.title().en()), en);
    for (String sourceId : initiative.sourceIds()) {
      assertTrue(en.contains(sourceId + ": "), en);
    }
  }

  @Test
  void initiativeAsJsonIsTheRecordWithItsType() {
    Initiative initiative = catalog.catalog().initiatives().get(0);

    JsonNode json = Cli.run("show", initiative.id(), "--format", "json").expectExit(0).json();

    assertEquals("initiative", json.get("type").asString());
    assertEquals(initiative.id(), json.get("id").asString());
    assertEquals(initiative.title().es(), json.get("title").get("es").asString());
    assertEquals(initiative.category(), json.get("category").asString());
    assertEquals(initiative.confidence().code(), json.get("confidence").asString());
    assertEquals(initiative.sourceIds().size(), json.get("sourceIds").size());
  }

  @Test
  void memberBodySourceAndCodes() {
    MemberBody body = catalog.catalog().memberBodies().get(0);
    JsonNode bodyJson = Cli.run("show", body.id(), "--format", "json").expectExit(0).json();
    assertEquals("member-body", bodyJson.get("type").asString());
    assertEquals(body.province().code(), bodyJson.get("province").asString());
    assertTrue(Cli.run("show", body.id()).expectExit(0).out().startsWith(body.name().ca()));

    Source source = catalog.catalog().sources().get(0);
    JsonNode sourceJson = Cli.run("show", source.id(), "--format", "json").expectExit(0).json();
    assertEquals("source", sourceJson.get("type").asString());
    assertEquals(source.title(), sourceJson.get("title").asString());

    // Every codelist is searched, not only the first.
    for (CodelistKind kind : CodelistKind.values()) {
      List<? extends CodeDefinition> entries = catalog.catalog().codelists().entries(kind);
      CodeDefinition last = entries.get(entries.size() - 1);
      Cli.Result result =
          Cli.run("show", last.code(), "--type", kind.code(), "--format", "json").expectExit(0);
      assertEquals(kind.code(), result.json().get("type").asString());
      assertEquals(last.code(), result.json().get("code").asString());
      assertTrue(Cli.run("show", last.code(), "--type", kind.code(), "--lang", "en")
          .expectExit(0).out().startsWith(last.label().en()));
    }
  }

  @Test
  void missingIdIsOneLineAndExit1() {
    Cli.Result result = Cli.run("show", "no-such-record").expectExit(1);

    assertEquals(List.of("xmess: no record has id 'no-such-record'"), result.errLines());
    assertTrue(result.out().isEmpty());
    Cli.run("show", "no-such-record", "--format", "json").expectExit(1);
    // --verbose is for unexpected errors; a missing id is still one line.
    assertEquals(1, Cli.run("show", "no-such-record", "--verbose").expectExit(1).errLines().size());
  }

  @Test
  void anIdUsedByTwoKindsOfRecordShowsTheFirstAndNamesTheOther(@TempDir Path dir)
      throws Exception {
    Path file = TestCatalogs.broken(dir, "shared-id.json",
        root -> ((ObjectNode) root.get("initiatives").get(0)).put("id", "social-clauses"));

    Cli.Result first =
        Cli.run("show", "social-clauses", "--catalog", file.toString(), "--format", "json")
            .expectExit(0);
    assertEquals("initiative", first.json().get("type").asString());
    assertEquals(
        List.of("xmess: 'social-clauses' is also the id of a policy-instrument; add --type to"
            + " choose"),
        first.errLines());

    Cli.Result chosen = Cli.run("show", "social-clauses", "--catalog", file.toString(),
        "--type", "policy-instrument", "--format", "json").expectExit(0);
    assertEquals("policy-instrument", chosen.json().get("type").asString());
    assertTrue(chosen.err().isEmpty(), chosen.err());
  }

  @Test
  void typeRestrictsTheLookup() {
    String initiativeId = catalog.catalog().initiatives().get(0).id();
    Cli.Result result = Cli.run("show", initiativeId, "--type", "source").expectExit(1);
    assertEquals(1, result.errLines().size());

    Cli.run("show", initiativeId, "--type", "person").expectExit(2);
  }

  @Test
  void missingIdArgumentIsAUsageError() {
    Cli.Result result = Cli.run("show").expectExit(2);
    assertEquals(1, result.errLines().size(), result.err());
  }

  @Test
  void aVerifiedInitiativeShowsItsGuideCitation(@TempDir Path dir) throws Exception {
    Initiative first = XmessCatalog.bundled().catalog().initiatives().get(0);
    Path catalog = TestCatalogs.broken(dir, "verified.json", root -> {
      ObjectNode it = (ObjectNode) root.get("initiatives").get(0);
      it.put("inAbcGuide", "verified");
      it.putObject("guideCitation").put("sourceId", "S06").put("page", 12);
    });
    Cli.Result result = Cli.run("show", first.id(), "--catalog", catalog.toString(), "--lang", "en").expectExit(0);
    assertTrue(result.out().contains("In the ABC guide: verified\n"), result.out());
    assertTrue(result.out().contains("ABC guide citation: S06, p. 12\n"), result.out());
    // The bundled record, unverified, has no citation line.
    assertTrue(!Cli.run("show", first.id(), "--lang", "en").expectExit(0).out().contains("ABC guide citation"));
  }
}
