package cat.xmess.examples.cli;

import cat.xmess.model.Language;
import picocli.CommandLine.Option;

/**
 * Options every subcommand takes: output format, language of text output, verbosity and help. A
 * picocli mixin, so each subcommand lists them in its own help.
 */
public final class OutputOptions {

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      converter = CodeConverters.FormatConverter.class,
      description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--lang",
      paramLabel = "ca|es|en",
      defaultValue = "ca",
      converter = CodeConverters.LanguageConverter.class,
      description = "Language of text output and of error messages (default: ${DEFAULT-VALUE}).")
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

  /** The chosen output format. */
  public OutputFormat format() {
    return format;
  }

  /** The chosen language. */
  public Language language() {
    return language;
  }

  /** Whether debug logs and stack traces of unexpected errors should be shown. */
  public boolean verbose() {
    return verbose;
  }
}
