package cat.xmess.examples.cli;

import cat.xmess.model.CatalogFormat;
import picocli.CommandLine.Command;

/**
 * {@code xmess schema}: the JSON Schema of the catalog format, byte for byte as published, so that
 * it can be saved and given to any JSON Schema validator or editor.
 */
@Command(
    name = "schema",
    description = "Print the JSON Schema (draft 2020-12) of the catalog format this SDK reads.")
public final class SchemaCommand extends XmessCommand {

  @Override
  protected int execute(Output output) {
    // print, not println: the schema text already ends as published, and must stay unchanged.
    output.out().print(CatalogFormat.schemaJson());
    return CliExitCodes.OK;
  }
}
