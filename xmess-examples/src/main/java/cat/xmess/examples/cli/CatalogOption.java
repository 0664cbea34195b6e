package cat.xmess.examples.cli;

import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.XmessCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --catalog <file>} option of the commands that read a catalog: a user catalog instead
 * of the bundled one.
 */
public final class CatalogOption {

  @Option(
      names = "--catalog",
      paramLabel = "<file>",
      description = "Use this catalog file instead of the catalog bundled with the SDK.")
  Path file;

  /**
   * The catalog to use: the user's file if given, else the bundled one.
   *
   * @throws InvalidCatalogException if the file does not validate
   * @throws CliException if the file does not exist or cannot be read
   */
  XmessCatalog load() {
    if (file == null) {
      return XmessCatalog.bundled();
    }
    // Checked here so that a typo in the path gets a one-line message instead of an I/O report.
    requireReadableFile(file, "catalog file");
    try {
      return XmessCatalog.load(file);
    } catch (CatalogValidationException e) {
      throw new InvalidCatalogException(file.toString(), e.report());
    }
  }

  /** Fails with a one-line message unless {@code path} is a readable regular file. */
  static void requireReadableFile(Path path, String what) {
    if (!Files.exists(path)) {
      throw new CliException(what + " not found: " + path);
    }
    if (!Files.isRegularFile(path)) {
      throw new CliException(what + " is not a regular file: " + path);
    }
    if (!Files.isReadable(path)) {
      throw new CliException(what + " cannot be read: " + path);
    }
  }
}
