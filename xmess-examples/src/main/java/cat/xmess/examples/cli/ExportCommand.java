package cat.xmess.examples.cli;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.ExportFormat;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Language;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code xmess export}: the catalog (bundled, or {@code --catalog} with any {@code --overlay}s) as
 * JSON, CSV files, JSON-LD or an HTML report. Its {@code --format} names the export format, so it
 * does not take the {@code --format text|json} of the other commands; it prints the files written.
 */
@Command(
    name = "export",
    description = "Export the catalog as JSON, CSV (a directory of files), JSON-LD or an HTML report.")
public final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CatalogOption catalogOption;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "json|csv|jsonld|html",
      converter = CodeConverters.ExportFormatConverter.class,
      description = "Export format.")
  ExportFormat format;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "<path>",
      description = "File to write; for csv, a directory (created if needed). Existing files are replaced.")
  Path output;

  @Option(
      names = "--lang",
      paramLabel = "ca|es|en",
      defaultValue = "ca",
      converter = CodeConverters.LanguageConverter.class,
      description = "Language of the HTML report and of error messages (default: ${DEFAULT-VALUE}).")
  Language language = Language.CA;

  @Option(names = "--verbose", description = "On an unexpected error, also print its stack trace.")
  boolean verbose;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Override
  public Integer call() {
    XmessCatalog catalog = catalogOption.load();
    List<Path> written;
    try {
      written = CatalogExporter.write(catalog, format, output, language);
    } catch (UncheckedIOException e) {
      throw new CliException("cannot write " + output + ": " + e.getCause().getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    written.forEach(out::println);
    return CliExitCodes.OK;
  }
}
