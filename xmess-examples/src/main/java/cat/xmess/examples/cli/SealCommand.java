package cat.xmess.examples.cli;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.CatalogValidationException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code xmess seal <file>}: stamps an edited catalog file with the checksum of its content, after
 * checking it with every validation layer but the checksum. An invalid file gets the report {@code
 * validate} prints, exit code 1, and is left as it was.
 */
@Command(
    name = "seal",
    description = {
      "Stamp an edited catalog file with a fresh metadata.checksum (sha256 of its RFC 8785 form),"
          + " rewriting it in the canonical layout.",
      "Checks the file with every validation layer first (all but the old checksum); on any error"
          + " prints them, exits with 1 and writes nothing."
    })
public final class SealCommand extends XmessCommand {

  @Parameters(index = "0", paramLabel = "<file>", description = "The catalog file to seal, in place.")
  Path file;

  @Override
  protected int execute(Output output) {
    CatalogOption.requireReadableFile(file, "file");
    String checksum;
    try {
      checksum = CatalogReader.standard().seal(file);
    } catch (CatalogValidationException e) {
      ValidateCommand.print(e.report(), file, output);
      return CliExitCodes.FAILURE;
    } catch (UncheckedIOException e) {
      throw new CliException("cannot write " + file + ": " + e.getCause().getMessage());
    }
    if (output.json()) {
      output.printJson(Json.object().put("file", file.toString()).put("checksum", checksum));
    } else {
      output.out().println(output.say(Label.SEALED, file, checksum));
    }
    return CliExitCodes.OK;
  }
}
