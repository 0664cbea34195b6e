package cat.xmess.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code xmess} command: search, show, validate and describe XMESS catalogs from a shell.
 *
 * <pre>
 * java -jar xmess.jar search contractació pública --province barcelona
 * java -jar xmess.jar show ajuntament-de-sabadell --lang en
 * java -jar xmess.jar validate my-catalog.json --format json
 * java -jar xmess.jar export --format csv --output out/ --overlay council.json
 * java -jar xmess.jar diff old.json new.json --changelog
 * </pre>
 *
 * <p>Exit codes are those of {@link CliExitCodes}. Use {@link #run(PrintWriter, PrintWriter,
 * String...)} to run it in-process.
 */
@Command(
    name = "xmess",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Search, show and validate catalogs of the XMESS network's municipal initiatives for the"
          + " social and solidarity economy.",
      "Uses the catalog bundled with the SDK unless --catalog names another."
    },
    footer = {"", "Run 'xmess <command> --help' for the options of a command."})
public final class XmessCli implements Callable<Integer> {
  private static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

  /**
   * The subcommands, in the order of the help, and their names (each class's {@code @Command} name;
   * {@code UsageTest} holds the two lists together). They are added by code rather than listed in
   * {@code @Command}: picocli reads every annotated field and method of a command it is given, and
   * a run of one command then needs only that one (see {@link #commandLine(PrintWriter,
   * PrintWriter, String...)}). In a holder class, so that {@link QuickSearch}, which needs none of
   * them, does not load the ten command classes.
   */
  static final class Subcommands {
    static final List<Class<?>> CLASSES = List.of(SearchCommand.class, ShowCommand.class,
        ValidateCommand.class, SchemaCommand.class, StatsCommand.class, ExportCommand.class,
        DiffCommand.class, SealCommand.class, ImportCommand.class, TemplateCommand.class);

    static final List<String> NAMES =
        List.of("search", "show", "validate", "schema", "stats", "export", "diff", "seal", "import", "template");

    private Subcommands() {}
  }

  @Spec CommandSpec spec;

  /** Called only when no subcommand is given, which is a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "missing command: search, show, validate, schema, stats, export, diff, seal, import or template");
  }

  /** Runs the command on the console and exits with its exit code. */
  public static void main(String[] args) {
    // UTF-8 whatever the platform default, so accents survive on Windows and in POSIX locales.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    System.exit(run(out, err, args));
  }

  /**
   * Runs the command in-process, printing to {@code out} and {@code err}.
   *
   * @return the exit code, one of {@link CliExitCodes}
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    routeLibraryLogging();
    try {
      Integer quick = QuickSearch.tryRun(out, err, args);
      return quick != null ? quick : commandLine(out, err, args).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Sends the logs of Hibernate Validator (which logs through JBoss Logging, and by default through
   * java.util.logging at INFO) to SLF4J, where simplelogger.properties keeps them at WARN and on
   * stderr. Left alone if the user chose a provider.
   */
  private static void routeLibraryLogging() {
    if (System.getProperty(JBOSS_LOGGING_PROVIDER) == null) {
      System.setProperty(JBOSS_LOGGING_PROVIDER, "slf4j");
    }
  }

  /** The configured picocli command line with every subcommand, writing to {@code out} and {@code err}. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, new String[0]);
  }

  /**
   * The configured picocli command line for {@code args}: when the first argument names a
   * subcommand, with that subcommand only, since picocli builds the model of every command it is
   * given (a third of the CLI's start-up when it held all eight); otherwise (no command, a
   * misspelt one, {@code --help}, {@code --version}) with all of them.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new XmessCli());
    int named = args.length == 0 ? -1 : Subcommands.NAMES.indexOf(args[0]);
    for (int i = 0; i < Subcommands.CLASSES.size(); i++) {
      if (named < 0 || named == i) {
        commandLine.addSubcommand(Subcommands.NAMES.get(i), Subcommands.CLASSES.get(i));
      }
    }
    // setOut and friends apply to the subcommands that exist when called, so this comes last.
    commandLine
        .setOut(out)
        .setErr(err)
        .setParameterExceptionHandler(new ErrorHandlers.Parameters())
        .setExecutionExceptionHandler(new ErrorHandlers.Execution());
    describeExitCodes(commandLine);
    return commandLine;
  }

  /** Every command's help ends with the exit codes, since scripts branch on them. */
  private static void describeExitCodes(CommandLine commandLine) {
    commandLine
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(CliExitCodes.described());
    for (CommandLine subcommand : commandLine.getSubcommands().values()) {
      describeExitCodes(subcommand);
    }
  }
}
