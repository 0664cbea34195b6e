package cat.xmess.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code xmess} command of {@code docs/maintaining-the-catalog.md}, in the order the page
 * gives them, in one working directory, and expects each to succeed: the maintainers' guide never
 * names a command or option the CLI no longer has.
 */
class DocumentedWorkflowTest {
  private static final Path GUIDE = Path.of("..", "docs", "maintaining-the-catalog.md");

  @TempDir Path dir;

  @Test
  void everyCommandOfTheMaintainersGuideRunsInOrder() throws Exception {
    List<List<String>> commands = commands(Files.readString(GUIDE, StandardCharsets.UTF_8));
    assertTrue(commands.size() >= 9, "the guide's commands: " + commands);
    List<String> names = commands.stream().map(c -> c.get(0)).distinct().toList();
    assertEquals(List.of("export", "template", "import", "validate", "diff", "seal"), names);
    for (List<String> command : commands) {
      String[] args = command.stream().map(this::inWorkingDirectory).toArray(String[]::new);
      Cli.Result result = Cli.run(args);
      assertEquals(0, result.exitCode(), () -> String.join(" ", command) + "\n" + result.out() + result.err());
      if (command.contains("--changelog")) {
        assertTrue(result.out().startsWith("## Data "), result.out());
      }
    }
  }

  @Test
  void theGuidesSampleErrorIsWhatTheCliPrints() throws Exception {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    String sample = Arrays.stream(guide.split("\n")).filter(line -> line.startsWith("  initiatives!"))
        .findFirst().orElseThrow().strip();
    cat.xmess.catalog.hostile.HostileWorkbooks.Case typo = cat.xmess.catalog.hostile.HostileWorkbooks.workbooks()
        .stream().filter(c -> c.code() == cat.xmess.catalog.ErrorCode.UNKNOWN_CODE).findFirst().orElseThrow();
    Path workbook = typo.writeTo(dir);
    Cli.Result result = Cli.run("import", workbook.toString(), "--output", dir.resolve("x.json").toString(),
        "--lang", "en").expectExit(1);
    assertTrue(result.out().contains(sample), result.out());
  }

  /** The arguments of each line {@code xmess ...} inside the page's {@code sh} blocks. */
  static List<List<String>> commands(String markdown) {
    List<List<String>> commands = new ArrayList<>();
    boolean inShell = false;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("```")) {
        inShell = !inShell && line.strip().equals("```sh");
        continue;
      }
      if (inShell && line.startsWith("xmess ")) {
        commands.add(Arrays.asList(line.substring("xmess ".length()).strip().split("\\s+")));
      }
    }
    return commands;
  }

  /** File arguments (a name with an extension, or the CSV directory) are made relative to the test's directory. */
  private String inWorkingDirectory(String arg) {
    return !arg.startsWith("-") && arg.matches("[\\w.-]+\\.(json|xlsx)") ? dir.resolve(arg).toString() : arg;
  }
}
