package cat.xmess.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class SealCommandTest {
  @TempDir Path dir;

  @Test
  void anEditedCatalogIsRefusedUntilSealedThenLoads() throws Exception {
    Path file = TestCatalogs.validCopy(dir);
    Files.writeString(file, Files.readString(file).replace("\"dataVersion\": \"1.1.0\"", "\"dataVersion\": \"1.1.1\""));
    JsonNode before = Cli.run("validate", file.toString(), "--format", "json").expectExit(1).json();
    assertEquals("checksum-mismatch", before.get("errors").get(0).get("code").asString());

    JsonNode sealed = Cli.run("seal", file.toString(), "--format", "json").expectExit(0).json();
    assertTrue(sealed.get("checksum").asString().matches("sha256:[0-9a-f]{64}"), sealed.toString());
    assertTrue(Files.readString(file).contains(sealed.get("checksum").asString()));
    Cli.run("validate", file.toString()).expectExit(0);
    Cli.run("stats", "--catalog", file.toString()).expectExit(0);
  }

  @Test
  void anInvalidCatalogIsReportedAndLeftAsItWas() throws Exception {
    Path file = TestCatalogs.broken(dir, "bad.json",
        root -> ((ObjectNode) root.get("initiatives").get(0)).put("memberBody", "nobody-here"));
    String content = Files.readString(file);

    Cli.Result result = Cli.run("seal", file.toString(), "--lang", "en").expectExit(1);
    assertTrue(result.out().contains("unknown-member-body"), result.out());
    assertEquals(content, Files.readString(file));
  }

  @Test
  void aMissingFileIsOneLineAndExitOne() {
    Cli.Result result = Cli.run("seal", dir.resolve("none.json").toString());
    assertTrue(result.exitCode() != 0);
    assertEquals(1, result.errLines().size(), result.err());
  }
}
