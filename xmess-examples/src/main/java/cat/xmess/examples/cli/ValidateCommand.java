package cat.xmess.examples.cli;

import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.XmessCatalog;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code xmess validate <file>}: checks a user catalog against the format and prints every error
 * found. The report is the command's output, so it goes to stdout; the exit code says whether the
 * catalog is valid.
 */
@Command(
    name = "validate",
    description = {
      "Validate a catalog file: JSON syntax, the JSON Schema, field constraints and integrity"
          + " (ids, references, codes).",
      "Prints every error with its JSON pointer, code and message; exits with 1 if there is any."
    })
public final class ValidateCommand extends XmessCommand {

  @Parameters(index = "0", paramLabel = "<file>", description = "The catalog file to check.")
  Path file;

  @Override
  protected int execute(Output output) {
    // A missing file is a mistake in the command, not in the catalog: one line, no report.
    CatalogOption.requireReadableFile(file, "file");
    ValidationReport report = XmessCatalog.validate(file);
    print(report, file, output);
    return report.isValid() ? CliExitCodes.OK : CliExitCodes.FAILURE;
  }

  /** Prints {@code report} on {@code file} as text or JSON (shared with {@code seal}). */
  static void print(ValidationReport report, Path file, Output output) {
    print(report, file, output, false);
  }

  /**
   * Prints a report; with {@code cells} (an import), every JSON error carries {@code "cell"}, the
   * spreadsheet cell such as {@code initiatives!F7}, or null for a problem of the whole file.
   */
  static void print(ValidationReport report, Path file, Output output, boolean cells) {
    if (output.json()) {
      ObjectNode node = toJson(report, output);
      if (cells) {
        for (int i = 0; i < report.errors().size(); i++) {
          ((ObjectNode) node.get("errors").get(i)).put("cell", report.errors().get(i).cell());
        }
      }
      output.printJson(node);
    } else {
      printText(report, file, output);
    }
  }

  /**
   * The JSON contract: {"valid", "errors": [{"pointer", "code", "message", "layer"}]}, and {@code
   * "cell"} in every error of an import.
   */
  private static ObjectNode toJson(ValidationReport report, Output output) {
    ObjectNode node = Json.object();
    node.put("valid", report.isValid());
    ArrayNode errors = node.putArray("errors");
    for (ValidationError error : report.errors()) {
      ObjectNode item = errors.addObject();
      item.put("pointer", error.pointer());
      item.put("code", error.code().code());
      item.put("message", error.message(output.language()));
      item.put("layer", error.layer().code());
    }
    return node;
  }

  private static void printText(ValidationReport report, Path file, Output output) {
    if (report.isValid()) {
      output.out().println(output.say(Label.VALID, file));
      return;
    }
    output.out().println(output.say(Label.INVALID, file, report.errors().size()));
    for (ValidationError error : report.errors()) {
      output.out().println("  " + ErrorHandlers.describe(error, output.language()));
    }
  }
}
