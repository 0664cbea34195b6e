package cat.xmess.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI binds slf4j-simple: without {@code --verbose} nothing is logged (the SDK logs only at
 * debug, Hibernate Validator's INFO banner is kept below WARN), with it the SDK's debug logs reach
 * stderr, and stdout never carries a log line. SLF4J reads its level once per JVM, so each case
 * runs the real {@code main} in a JVM of its own.
 */
class LoggingTest {

  /** What one {@code java ... XmessCli args} printed. */
  private record Run(int exitCode, String out, String err) {}

  @Test
  void quietByDefault(@TempDir Path dir) throws Exception {
    Path catalog = TestCatalogs.validCopy(dir);
    Run stats = xmess(dir, "stats");
    assertEquals(0, stats.exitCode(), stats.err());
    assertEquals("", stats.err());

    // A user catalog starts Hibernate Validator and the schema validator too.
    Run validate = xmess(dir, "validate", catalog.toString());
    assertEquals(0, validate.exitCode(), validate.err());
    assertEquals("", validate.err());
  }

  @Test
  void verboseShowsTheSdkDebugLogsOnStderrOnly(@TempDir Path dir) throws Exception {
    Path catalog = TestCatalogs.validCopy(dir);
    Run quiet = xmess(dir, "validate", catalog.toString());
    Run verbose = xmess(dir, "validate", catalog.toString(), "--verbose");
    assertEquals(0, verbose.exitCode(), verbose.err());
    assertTrue(verbose.err().lines()
            .anyMatch(l -> l.startsWith("DEBUG CatalogPipeline - Validated a catalog of")),
        verbose.err());
    assertEquals(quiet.out(), verbose.out(), "--verbose changed stdout");
    assertFalse(verbose.out().contains("DEBUG"), verbose.out());
  }

  private static Run xmess(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        XmessCli.class.getName()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("xmess " + String.join(" ", args) + " did not finish");
    }
    return new Run(process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
