package cat.xmess.catalog.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An application that configured no logging at all (no SLF4J binding, no JBoss Logging provider,
 * the JDK's default java.util.logging) does not get Hibernate Validator's INFO banner on stderr
 * when it loads and validates files. Run in a child JVM, so that this test JVM's logging setup
 * cannot hide anything.
 *
 * <p>Here the classes are not yet shaded, so the schema validator's SLF4J is the real one and
 * prints its "no providers" notice; that stderr is completely empty is checked on the shaded jar,
 * by the consumer test {@code classpath-consumer} in xmess-examples.
 */
class QuietByDefaultTest {

  @Test
  void loadingAndValidatingShowsNoValidatorBanner() throws Exception {
    Result quiet = run(List.of());
    assertEquals(0, quiet.exit, quiet.stderr);
    assertTrue(quiet.stdout.startsWith("done: "), quiet.stdout);
    assertFalse(quiet.stderr.contains("HV000001"), "the validator's banner reached stderr: " + quiet.stderr);
  }

  @Test
  void theChildJvmWouldShowTheBannerIfItWereNotQuieted() throws Exception {
    // Guards the test above: with the banner's logger explicitly at INFO, the same run does print
    // Hibernate Validator's HV000001 line, so its absence above means we quieted it.
    Result loud = run(List.of("-Djava.util.logging.config.file=" + loggingAt("INFO")));
    assertEquals(0, loud.exit, loud.stderr);
    assertTrue(loud.stderr.contains("HV000001"), "expected the banner on stderr, got: " + loud.stderr);
  }

  private static String loggingAt(String level) throws Exception {
    Path config = java.nio.file.Files.createTempFile("logging", ".properties");
    java.nio.file.Files.writeString(config, "handlers=java.util.logging.ConsoleHandler\n"
        + "java.util.logging.ConsoleHandler.level=ALL\n"
        + "org.hibernate.validator.internal.util.Version.level=" + level + "\n", StandardCharsets.UTF_8);
    return config.toString();
  }

  private record Result(int exit, String stdout, String stderr) {}

  private static Result run(List<String> jvmOptions) throws Exception {
    // The test class path without any SLF4J binding: an application that set up no logging.
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !new File(entry).getName().startsWith("slf4j-simple"))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classPath, QuietLoadMain.class.getName()));
    Process process = new ProcessBuilder(command).start();
    // Read both streams fully before waiting, so that neither pipe can fill up and block the child.
    var out = process.getInputStream();
    var err = process.getErrorStream();
    var errText = new java.util.concurrent.CompletableFuture<String>();
    Thread errReader = new Thread(() -> {
      try {
        errText.complete(new String(err.readAllBytes(), StandardCharsets.UTF_8));
      } catch (java.io.IOException e) {
        errText.completeExceptionally(e);
      }
    });
    errReader.start();
    String stdout = new String(out.readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
    return new Result(process.exitValue(), stdout, errText.get(60, TimeUnit.SECONDS));
  }
}
