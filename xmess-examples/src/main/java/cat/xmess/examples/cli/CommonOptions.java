package cat.xmess.examples.cli;

import cat.xmess.model.Language;
import picocli.CommandLine.Option;

/**
 * Options every subcommand takes, whatever its output: language, verbosity and help. A picocli
 * mixin, so each subcommand lists them in its own help; {@link OutputOptions} adds the text/json
 * format for the commands that print records.
 */
public final class CommonOptions {

  @Option(
      names = "--lang",
      paramLabel = "ca|es|en",
      defaultValue = "ca",
      converter = CodeConverters.LanguageConverter.class,
      description = "Language of text output, of reports and of error messages (default: ${DEFAULT-VALUE}).")
  Language language = Language.CA;

  @Option(
      names = "--verbose",
      description =
          "Show the SDK's debug logs on stderr and, on an unexpected error, its stack trace.")
  boolean verbose;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  /** The chosen language. */
  public Language language() {
    return language;
  }

  /** Whether debug logs and stack traces of unexpected errors should be shown. */
  public boolean verbose() {
    return verbose;
  }

  /**
   * With {@code --verbose}, lowers slf4j-simple's level from simplelogger.properties' WARN to DEBUG.
   * System properties win over that file but are read when SLF4J starts, which is after this in a
   * CLI run: nothing logs before a command executes.
   */
  void applyVerbosity() {
    if (verbose) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
    }
  }

  /** A command that takes these options, so the error handler can read them. */
  interface Holder {
    /** The command's common options. */
    CommonOptions common();
  }
}
