package cat.xmess.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.XmessCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class UsageTest {

  @Test
  void theSubcommandNamesAreThoseOfTheirCommands() {
    assertEquals(XmessCli.Subcommands.CLASSES.size(), XmessCli.Subcommands.NAMES.size());
    for (int i = 0; i < XmessCli.Subcommands.CLASSES.size(); i++) {
      assertEquals(XmessCli.Subcommands.NAMES.get(i), XmessCli.Subcommands.CLASSES.get(i).getAnnotation(Command.class).name());
    }
  }

  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    Cli.Result result = Cli.run("--help").expectExit(0);

    for (String command : new String[] {"search", "show", "validate", "schema", "stats"}) {
      assertTrue(result.out().contains(command), command);
    }
    assertTrue(result.out().contains("Exit codes:"), result.out());
    assertTrue(result.out().contains("usage error"), result.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"search", "show", "validate", "schema", "stats"})
  void everyCommandHasHelpWithTheCommonOptions(String command) {
    Cli.Result result = Cli.run(command, "--help").expectExit(0);

    assertTrue(result.out().contains("Usage: xmess " + command), result.out());
    assertTrue(result.out().contains("--format"), result.out());
    assertTrue(result.out().contains("--lang"), result.out());
    assertTrue(result.out().contains("--verbose"), result.out());
    assertTrue(result.out().contains("Exit codes:"), result.out());
  }

  @Test
  void versionNamesTheSdkAndTheCatalogVersions() {
    Cli.Result result = Cli.run("--version").expectExit(0);

    String sdkVersion = System.getProperty("xmess.sdk.version");
    assertTrue(sdkVersion != null && !sdkVersion.isBlank(), "surefire passes the project version");
    assertTrue(result.out().contains(sdkVersion), result.out());
    var metadata = XmessCatalog.bundled().metadata();
    assertTrue(result.out().contains("data " + metadata.dataVersion()), result.out());
    assertTrue(result.out().contains("schema " + metadata.schemaVersion()), result.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--no-such-option", "no-such-command", ""})
  void usageErrorsExitWith2OnOneLine(String argument) {
    Cli.Result result =
        argument.isEmpty() ? Cli.run().expectExit(2) : Cli.run(argument).expectExit(2);

    assertEquals(1, result.errLines().size(), result.err());
    assertTrue(result.err().startsWith("xmess: "), result.err());
  }

  @Test
  void unknownOptionOfASubcommandExitsWith2() {
    Cli.Result result = Cli.run("stats", "--bogus").expectExit(2);
    assertEquals(
        "xmess: Unknown option: '--bogus' (see 'xmess stats --help')", result.err().strip());
  }

  /** A command that fails unexpectedly, to exercise the handler the real commands share. */
  @Command(name = "boom")
  static final class Boom extends XmessCommand {
    @Override
    protected int execute(Output output) {
      throw new IllegalStateException("the disk is on fire\nsecond line");
    }
  }

  @Test
  void unexpectedErrorsAreOneLineUnlessVerbose() {
    Cli.Result quiet = runBoom();
    assertEquals(1, quiet.exitCode());
    assertEquals(
        "xmess: unexpected error: the disk is on fire second line"
            + " (run again with --verbose for details)",
        quiet.err().strip());
    Cli.assertNoStackTrace(quiet);

    Cli.Result verbose = runBoom("--verbose");
    assertEquals(1, verbose.exitCode());
    assertTrue(verbose.err().contains("IllegalStateException"), verbose.err());
    assertTrue(verbose.err().contains("\tat "), verbose.err());
  }

  private static Cli.Result runBoom(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = XmessCli.commandLine(new PrintWriter(out), new PrintWriter(err));
    commandLine.addSubcommand(new CommandLine(new Boom())
        .setErr(new PrintWriter(err, true))
        .setExecutionExceptionHandler(new ErrorHandlers.Execution()));
    String[] all = new String[args.length + 1];
    all[0] = "boom";
    System.arraycopy(args, 0, all, 1, args.length);
    int exitCode = commandLine.execute(all);
    return new Cli.Result(exitCode, out.toString(), err.toString());
  }
}
