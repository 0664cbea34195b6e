package cat.xmess.catalog.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * Loading and searching the bundled catalog never starts Hibernate Validator or the JSON Schema
 * validator, and reads the build's compiled form without loading Jackson at all: proved in a
 * fresh JVM by its class-loading log.
 */
class BundledLoadDoesNotValidateTest {
  private static final long TIMEOUT_SECONDS = 90;
  private static final String CLASS_LOAD = "[class,load] ";

  @TempDir Path dir;

  @Test
  void bundledSearchLoadsNeitherValidatorNorJackson() throws Exception {
    ChildRun run = runChild();
    assertEquals(0, run.exitCode, run::tail);
    int hits = hitCount(run);
    assertTrue(hits > 0, "the search for \"habitatge\" found nothing");
    assertTrue(run.loaded("cat.xmess.catalog.BundledCatalog"),
        "the log covers the SDK's own classes: " + run.tail());
    assertTrue(run.loaded("cat.xmess.catalog.internal.compiled.CompiledCatalogReader"),
        "the bundled catalog was not read from its compiled form: " + run.tail());
    List<String> unwanted = new ArrayList<>();
    for (String name : run.loadedClasses()) {
      if (name.startsWith("org.hibernate.validator.") || name.startsWith("com.networknt.")
          || name.startsWith("tools.jackson.")) {
        unwanted.add(name);
      }
    }
    assertEquals(List.of(), unwanted, "classes loaded on the bundled path");
  }

  @Test
  void theClassLogDoesShowValidatorsWhenTheyRun() throws Exception {
    // Control: the same probe sees both validators once validation is asked for.
    ChildRun run = runChild("validate");
    assertEquals(0, run.exitCode, run::tail);
    assertTrue(run.output.contains("XMESS-VALID=true"), run::tail);
    assertTrue(run.loadedClasses().stream().anyMatch(n -> n.startsWith("org.hibernate.validator.")),
        "Hibernate Validator should appear in the log");
    assertTrue(run.loadedClasses().stream().anyMatch(n -> n.startsWith("com.networknt.")),
        "the schema validator should appear in the log");
    assertTrue(run.loadedClasses().stream().anyMatch(n -> n.startsWith("tools.jackson.")),
        "Jackson should appear in the log");
  }

  private ChildRun runChild(String... args) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "child", ".log");
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    command.add("-verbose:class");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BundledSearchMain.class.getName());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
            .start();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        fail("The child JVM did not finish within " + TIMEOUT_SECONDS + " s");
      }
    } finally {
      if (process.isAlive()) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
    return new ChildRun(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static String javaBinary() {
    Path fromHome = Path.of(System.getProperty("java.home"), "bin", "java");
    if (Files.isExecutable(fromHome)) {
      return fromHome.toString();
    }
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static int hitCount(ChildRun run) {
    for (String line : run.output.split("\\R")) {
      if (line.startsWith(BundledSearchMain.HITS)) {
        return Integer.parseInt(line.substring(BundledSearchMain.HITS.length()).strip());
      }
    }
    fail("No hit count in the child's output: " + run.tail());
    return -1;
  }

  private record ChildRun(int exitCode, String output) {
    /** Names of the classes in the class-loading log. */
    List<String> loadedClasses() {
      List<String> names = new ArrayList<>();
      for (String line : output.split("\\R")) {
        int at = line.indexOf(CLASS_LOAD);
        if (at >= 0) {
          String rest = line.substring(at + CLASS_LOAD.length());
          int space = rest.indexOf(' ');
          names.add(space < 0 ? rest : rest.substring(0, space));
        }
      }
      assertFalse(names.isEmpty(), "-verbose:class produced no class-loading lines");
      return names;
    }

    boolean loaded(String className) {
      return loadedClasses().contains(className);
    }

    String tail() {
      return "exit " + exitCode + ", output ends with:\n"
          + output.substring(Math.max(0, output.length() - 3000));
    }
  }
}
