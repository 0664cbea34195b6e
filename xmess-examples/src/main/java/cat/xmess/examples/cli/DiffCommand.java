package cat.xmess.examples.cli;

import cat.xmess.catalog.CatalogDiff;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.XmessCatalog;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code xmess diff <old> <new>}: what changed between two catalog files, as text, JSON or a
 * CHANGELOG section. Both files are validated first. Exits with 0 whether or not they differ: 1
 * means a failure, as everywhere in this tool.
 */
@Command(
    name = "diff",
    description = "Show the records added, removed and changed (field by field) and the codes deprecated"
        + " between two catalog files.")
public final class DiffCommand extends XmessCommand {

  @Parameters(index = "0", paramLabel = "<old>", description = "The older catalog file.")
  Path older;

  @Parameters(index = "1", paramLabel = "<new>", description = "The newer catalog file.")
  Path newer;

  @Option(names = "--changelog", description = "Print a CHANGELOG section in Markdown instead.")
  boolean changelog;

  @Override
  protected int execute(Output output) {
    CatalogDiff diff = CatalogDiff.between(load(older), load(newer));
    if (changelog) {
      output.out().print(diff.toChangelog());
    } else if (output.json()) {
      output.out().print(diff.toJson());
    } else {
      output.out().print(diff.toText());
    }
    return CliExitCodes.OK;
  }

  private static cat.xmess.model.Catalog load(Path file) {
    CatalogOption.requireReadableFile(file, "catalog file");
    try {
      return XmessCatalog.load(file).catalog();
    } catch (CatalogValidationException e) {
      throw new InvalidCatalogException(file.toString(), e.report(), true);
    }
  }
}
