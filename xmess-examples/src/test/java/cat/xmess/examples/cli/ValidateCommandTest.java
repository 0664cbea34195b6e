package cat.xmess.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.model.WireCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void theBundledCatalogWrittenOutIsValid() throws Exception {
    Path file = TestCatalogs.validCopy(dir);

    Cli.Result text = Cli.run("validate", file.toString()).expectExit(0);
    assertTrue(text.out().contains("vàlid"), text.out());
    assertTrue(text.err().isEmpty(), text.err());

    JsonNode json = Cli.run("validate", file.toString(), "--format", "json").expectExit(0).json();
    assertTrue(json.get("valid").asBoolean());
    assertTrue(json.get("errors").isArray());
    assertTrue(json.get("errors").isEmpty());
  }

  @Test
  void notJsonIsASyntaxError() throws Exception {
    Path file = TestCatalogs.text(dir, "not.json", "this is { not json");

    assertEquals(List.of(ErrorCode.SYNTAX_ERROR), codes(file));
  }

  @Test
  void aValueOfTheWrongTypeIsReported() throws Exception {
    Path file = TestCatalogs.broken(dir, "wrong-type.json", root -> root.put("memberBodies", 5));

    assertTrue(codes(file).contains(ErrorCode.WRONG_TYPE), () -> codes(file).toString());
  }

  @Test
  void unknownReferencesAreReportedWithTheirPointers() throws Exception {
    Path file = TestCatalogs.broken(dir, "unknown-ref.json", root -> {
      ObjectNode initiative = (ObjectNode) root.get("initiatives").get(0);
      initiative.put("memberBody", "nobody-here");
      initiative.putArray("sourceIds").add("S999");
    });

    JsonNode json = Cli.run("validate", file.toString(), "--format", "json").expectExit(1).json();

    assertFalse(json.get("valid").asBoolean());
    List<String> found = new ArrayList<>();
    for (JsonNode error : json.get("errors")) {
      found.add(error.get("code").asString() + " " + error.get("pointer").asString());
      WireCode.parse(ValidationLayer.class, error.get("layer").asString());
      assertFalse(error.get("message").asString().isBlank());
    }
    assertTrue(found.contains("unknown-member-body /initiatives/0/memberBody"), found::toString);
    assertTrue(found.stream().anyMatch(f -> f.startsWith("unknown-source /initiatives/0/sourceIds")),
        found::toString);
  }

  @Test
  void messagesFollowTheLanguageOption() throws Exception {
    Path file = TestCatalogs.broken(dir, "lang.json",
        root -> ((ObjectNode) root.get("initiatives").get(0)).put("memberBody", "nobody-here"));

    String ca = message(file, "ca");
    String es = message(file, "es");
    String en = message(file, "en");
    assertEquals(ErrorCode.UNKNOWN_MEMBER_BODY.message("nobody-here").en(), en);
    assertNotEquals(ca, es);
    assertNotEquals(ca, en);

    Cli.Result text = Cli.run("validate", file.toString(), "--lang", "en").expectExit(1);
    assertTrue(text.out().contains("/initiatives/0/memberBody [unknown-member-body] " + en),
        text.out());
  }

  @Test
  void aMissingFileIsOneLine() {
    Path missing = dir.resolve("missing.json");

    Cli.Result result = Cli.run("validate", missing.toString()).expectExit(1);

    assertEquals(List.of("xmess: file not found: " + missing), result.errLines());
    assertTrue(result.out().isEmpty());
    Cli.run("validate", missing.toString(), "--format", "json").expectExit(1);
  }

  @Test
  void aDirectoryIsOneLine() {
    Cli.Result result = Cli.run("validate", dir.toString()).expectExit(1);
    assertEquals(1, result.errLines().size(), result.err());
  }

  @Test
  void missingFileArgumentIsAUsageError() {
    Cli.run("validate").expectExit(2);
  }

  private static List<ErrorCode> codes(Path file) {
    JsonNode json = Cli.run("validate", file.toString(), "--format", "json").expectExit(1).json();
    assertFalse(json.get("valid").asBoolean());
    List<ErrorCode> codes = new ArrayList<>();
    json.get("errors").forEach(e -> codes.add(WireCode.parse(ErrorCode.class, e.get("code").asString())));
    return codes;
  }

  private static String message(Path file, String language) {
    JsonNode json = Cli.run("validate", file.toString(), "--format", "json", "--lang", language)
        .expectExit(1).json();
    return json.get("errors").get(0).get("message").asString();
  }
}
