package cat.xmess.examples.cli;

import cat.xmess.model.Language;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options of the commands that print records: the output format, plus the {@link CommonOptions}
 * (language, verbosity, help). A picocli mixin, so each subcommand lists them in its own help.
 */
public final class OutputOptions {

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      converter = CodeConverters.FormatConverter.class,
      description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.TEXT;

  @Mixin CommonOptions common;

  /** The chosen output format. */
  public OutputFormat format() {
    return format;
  }

  /** The chosen language. */
  public Language language() {
    return common.language();
  }

  /** Whether debug logs and stack traces of unexpected errors should be shown. */
  public boolean verbose() {
    return common.verbose();
  }

  /** Language, verbosity and help. */
  CommonOptions common() {
    return common;
  }
}
