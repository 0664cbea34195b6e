package cat.xmess.examples.cli;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.XmessCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code xmess import <workbook.xlsx | directory> --output catalog.json [--overlay]}: a workbook or
 * a directory of CSV files (as {@code export} and {@code template} write them) through every
 * validation layer to a catalog file with a fresh checksum. Every error names its cell; on any
 * error nothing is written and the exit code is 1.
 */
@Command(
    name = "import",
    description = {
      "Import a catalog from a workbook (.xlsx) or a directory of CSV files, as 'export' and"
          + " 'template' write them, and write it as catalog JSON with a fresh checksum.",
      "Every error names its cell (initiatives!F7, initiatives.csv!F7); on any error nothing is"
          + " written and the exit code is 1."
    })
public final class ImportCommand extends XmessCommand {
  private static final Pattern CHECKSUM = Pattern.compile("\"checksum\"\\s*:\\s*\"(sha256:[0-9a-f]{64})\"");

  @Parameters(index = "0", paramLabel = "<workbook.xlsx|directory>",
      description = "The workbook, or the directory holding the CSV files.")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "<file>",
      description = "Catalog JSON file to write; an existing file is replaced, but only when the import succeeds.")
  Path output;

  @Option(names = "--overlay",
      description = "Write an overlay of only what is not already in the base catalog (the bundled one, or"
          + " --catalog), validated as merged onto it.")
  boolean overlay;

  @Option(names = "--catalog", paramLabel = "<file>",
      description = "With --overlay: the base catalog file instead of the bundled catalog.")
  Path catalogFile;

  @Override
  protected int execute(Output out) {
    if (!Files.exists(input)) {
      throw new CliException("workbook or directory not found: " + input);
    }
    if (catalogFile != null && !overlay) {
      throw usageError("--catalog is the base of --overlay; add --overlay or leave --catalog out");
    }
    String json;
    try {
      json = overlay
          ? CatalogReader.standard().importSpreadsheetOverlay(input, base())
          : CatalogReader.standard().importSpreadsheet(input);
    } catch (CatalogValidationException e) {
      ValidateCommand.print(e.report(), input, out, true);
      return CliExitCodes.FAILURE;
    }
    write(json);
    Matcher checksum = CHECKSUM.matcher(json);
    String stamp = checksum.find() ? checksum.group(1) : "";
    if (out.json()) {
      out.printJson(Json.object().put("input", input.toString()).put("file", output.toString())
          .put("overlay", overlay).put("checksum", stamp));
    } else {
      out.out().println(out.say(Label.IMPORTED, input, output, stamp));
    }
    return CliExitCodes.OK;
  }

  private XmessCatalog base() {
    if (catalogFile == null) {
      return XmessCatalog.bundled();
    }
    CatalogOption.requireReadableFile(catalogFile, "catalog file");
    try {
      return XmessCatalog.load(catalogFile);
    } catch (CatalogValidationException e) {
      throw new InvalidCatalogException(catalogFile.toString(), e.report(), true);
    }
  }

  /** Writes the whole file or nothing: a temporary file moved into place. */
  private void write(String json) {
    try {
      Path absolute = output.toAbsolutePath();
      Files.createDirectories(absolute.getParent());
      // Not createTempFile, whose owner-only permissions the moved file would keep.
      Path temporary = absolute.resolveSibling(".xmess-import-" + java.util.UUID.randomUUID() + ".json");
      try {
        Files.writeString(temporary, json, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new CliException("cannot write " + output + ": " + e.getMessage());
    }
  }
}
