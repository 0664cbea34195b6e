package cat.xmess.examples.cli;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.ExportFormat;
import cat.xmess.catalog.XmessCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code xmess template --format xlsx --output blank.xlsx [--lang ca|es|en]}: a workbook to fill,
 * with the header rows, the instructions in the chosen language, drop-down lists on every code
 * column, and the codelists, member bodies and sources of the catalog (bundled, or {@code
 * --catalog} with any {@code --overlay}s), but no initiative. Like {@code export}, its {@code
 * --format} names the file format.
 */
@Command(
    name = "template",
    description = {
      "Write a workbook to fill in: header rows, instructions (--lang), drop-down lists on every code"
          + " column, and the catalog's codelists, member bodies and sources, without initiatives.",
      "Read it back with 'xmess import' (a whole catalog) or 'xmess import --overlay' (only what you add)."
    })
public final class TemplateCommand extends FileFormatCommand {

  @Option(names = "--format", required = true, paramLabel = "xlsx",
      converter = CodeConverters.ExportFormatConverter.class, description = "Template format: xlsx.")
  ExportFormat format;

  @Option(names = "--output", required = true, paramLabel = "<file>",
      description = "Workbook to write; an existing file is replaced.")
  Path output;

  @Override
  public Integer call() {
    common.applyVerbosity();
    if (format != ExportFormat.XLSX) {
      throw new ParameterException(spec.commandLine(), "templates are written as xlsx only, not " + format);
    }
    XmessCatalog catalog = catalogOption.load();
    try {
      Path parent = output.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.write(output, CatalogExporter.xlsxTemplate(catalog, common.language()));
    } catch (IOException e) {
      throw new CliException("cannot write " + output + ": " + e.getMessage());
    }
    spec.commandLine().getOut().println(output);
    return CliExitCodes.OK;
  }
}
