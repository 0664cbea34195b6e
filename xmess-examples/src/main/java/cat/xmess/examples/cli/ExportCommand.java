package cat.xmess.examples.cli;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.ExportFormat;
import cat.xmess.catalog.XmessCatalog;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xmess export}: the catalog (bundled, or {@code --catalog} with any {@code --overlay}s) as
 * JSON, CSV files, an XLSX workbook, JSON-LD or an HTML report. Its {@code --format} names the export format, so it
 * does not take the {@code --format text|json} of the other commands; it prints the files written.
 */
@Command(
    name = "export",
    description = "Export the catalog as JSON, CSV (a directory of files), XLSX (a workbook), JSON-LD or an HTML"
        + " report; 'xmess import' reads CSV and XLSX back.")
public final class ExportCommand extends FileFormatCommand {

  @Option(
      names = "--format",
      required = true,
      paramLabel = "json|csv|xlsx|jsonld|html",
      converter = CodeConverters.ExportFormatConverter.class,
      description = "Export format.")
  ExportFormat format;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "<path>",
      description = "File to write; for csv, a directory (created if needed). Existing files are replaced.")
  Path output;

  @Override
  public Integer call() {
    common.applyVerbosity();
    XmessCatalog catalog = catalogOption.load();
    List<Path> written;
    try {
      written = CatalogExporter.write(catalog, format, output, common.language());
    } catch (UncheckedIOException e) {
      throw new CliException("cannot write " + output + ": " + e.getCause().getMessage());
    } catch (IllegalArgumentException unwritable) {
      // A text too long for a spreadsheet cell: nothing was written.
      throw new CliException(unwritable.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    written.forEach(out::println);
    return CliExitCodes.OK;
  }
}
