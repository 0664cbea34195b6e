package cat.xmess.examples.cli;

import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.model.Language;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into a short message on stderr and an exit code from {@link CliExitCodes}.
 * A stack trace is for developers, so it is printed only for unexpected errors and only with
 * {@code --verbose}.
 */
final class ErrorHandlers {
  /** How many errors of an invalid {@code --catalog} to show before pointing to {@code validate}. */
  static final int MAX_ERRORS_SHOWN = 5;

  private static final String PREFIX = "xmess: ";

  private ErrorHandlers() {}

  /** Usage errors: unknown option, bad value, missing argument. */
  static final class Parameters implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine command = ex.getCommandLine();
      PrintWriter err = command.getErr();
      err.println(
          PREFIX
              + oneLine(ex.getMessage())
              + " (see '"
              + command.getCommandSpec().qualifiedName()
              + " --help')");
      err.flush();
      return CliExitCodes.USAGE;
    }
  }

  /** Everything a command throws while running. */
  static final class Execution implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception ex, CommandLine command, ParseResult parseResult) {
      PrintWriter err = command.getErr();
      CommonOptions options =
          command.getCommand() instanceof CommonOptions.Holder holder ? holder.common() : null;
      Language language = options == null ? Language.CA : options.language();
      boolean verbose = options != null && options.verbose();
      int exitCode;
      if (ex instanceof CliException cli) {
        err.println(PREFIX + oneLine(cli.getMessage()));
        exitCode = cli.exitCode();
      } else if (ex instanceof InvalidCatalogException invalid) {
        printInvalidCatalog(err, invalid.file(), invalid.report(), language, invalid.oneFile());
        exitCode = CliExitCodes.FAILURE;
      } else if (ex instanceof CatalogValidationException invalid) {
        // Only the bundled catalog can get here; --catalog files are wrapped with their name.
        printInvalidCatalog(err, "bundled catalog", invalid.report(), language, false);
        exitCode = CliExitCodes.FAILURE;
      } else {
        String message = ex.getMessage();
        err.println(
            PREFIX
                + "unexpected error"
                + (message == null || message.isBlank() ? "" : ": " + oneLine(message))
                + (verbose ? "" : " (run again with --verbose for details)"));
        // Only here: the errors above are the user's to fix, and a trace would not help them.
        if (verbose) {
          ex.printStackTrace(err);
        }
        exitCode = CliExitCodes.FAILURE;
      }
      err.flush();
      return exitCode;
    }
  }

  /**
   * The first errors of an invalid catalog, one a line, in {@code language}. Only a single catalog
   * file gets the hint to run {@code xmess validate} on it: overlays cannot be checked alone.
   */
  static void printInvalidCatalog(
      PrintWriter err, String file, ValidationReport report, Language language, boolean oneFile) {
    List<ValidationError> errors = report.errors();
    err.println(
        PREFIX + "invalid catalog " + file + ": " + errors.size()
            + (errors.size() == 1 ? " error" : " errors"));
    errors.stream()
        .limit(MAX_ERRORS_SHOWN)
        .forEach(e -> err.println("  " + describe(e, language)));
    if (errors.size() > MAX_ERRORS_SHOWN) {
      int more = errors.size() - MAX_ERRORS_SHOWN;
      err.println(oneFile
          ? "  ... and " + more + " more; run 'xmess validate " + file + "' to see them all"
          : "  ... and " + more + " more, each in the file it names; fix these and run the command again");
    }
  }

  /**
   * {@code pointer [code] message}, with {@code (document)} for the empty pointer, preceded by the
   * file when the error comes from one of several (an overlay) and by the cell when it comes from a
   * workbook or CSV directory ({@code initiatives!F7}).
   */
  static String describe(ValidationError error, Language language) {
    String pointer = error.pointer().isEmpty() ? "(document)" : error.pointer();
    String file = error.origin() == null ? "" : error.origin() + " ";
    String cell = error.cell() == null ? "" : error.cell() + " ";
    return file + cell + pointer + " [" + error.code().code() + "] " + oneLine(error.message(language));
  }

  /** Messages from libraries may span lines; the CLI promises one line per problem. */
  static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
