package cat.xmess.examples;

import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Language;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Validates a council's own catalog file and prints every error found, with the JSON pointer of
 * the offending value, the error code and the message in Catalan. Exits with 1 if the catalog is
 * invalid.
 */
public final class ValidateUserCatalog {
  private ValidateUserCatalog() {}

  /** Validates the catalog file named by {@code args[0]}. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ValidateUserCatalog <catalog.json>");
      System.exit(2);
    }
    int status = validate(Path.of(args[0]), System.out);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Validates {@code file}, prints the outcome to {@code out} and returns 0 if valid, else 1. */
  public static int validate(Path file, PrintStream out) {
    // validate() never throws for a bad file: every problem, even a missing file, is in the report.
    ValidationReport report = XmessCatalog.validate(file);
    if (report.isValid()) {
      out.println(file + ": valid");
      return 0;
    }
    out.println(file + ": " + report.errors().size() + " error(s)");
    for (ValidationError error : report.errors()) {
      out.printf("  %s [%s] %s%n",
          error.pointer().isEmpty() ? "(document)" : error.pointer(),
          error.code().code(),
          error.message(Language.CA));
    }
    return 1;
  }
}
