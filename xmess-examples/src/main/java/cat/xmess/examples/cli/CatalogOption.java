package cat.xmess.examples.cli;

import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.XmessCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --catalog <file>} and {@code --overlay <file>} options of the commands that read a
 * catalog: a user catalog instead of the bundled one, and overlay files merged onto it.
 */
public final class CatalogOption {

  @Option(
      names = "--catalog",
      paramLabel = "<file>",
      description = "Use this catalog file instead of the catalog bundled with the SDK.")
  Path file;

  @Option(
      names = "--overlay",
      paramLabel = "<file>",
      description = "Merge this overlay catalog file onto the catalog; repeat for several, merged in order.")
  List<Path> overlays = new ArrayList<>();

  /**
   * The catalog to use: the user's file if given, else the bundled one.
   *
   * @throws InvalidCatalogException if the file does not validate
   * @throws CliException if the file does not exist or cannot be read
   */
  XmessCatalog load() {
    XmessCatalog base = base();
    if (overlays.isEmpty()) {
      return base;
    }
    overlays.forEach(overlay -> requireReadableFile(overlay, "overlay file"));
    try {
      return base.withOverlays(overlays.toArray(new Path[0]));
    } catch (CatalogValidationException e) {
      // Each error names its own file; the summary names them all.
      throw new InvalidCatalogException("with overlays " + overlays.stream().map(Path::toString)
          .collect(java.util.stream.Collectors.joining(", ")), e.report(), false);
    }
  }

  private XmessCatalog base() {
    if (file == null) {
      return XmessCatalog.bundled();
    }
    // Checked here so that a typo in the path gets a one-line message instead of an I/O report.
    requireReadableFile(file, "catalog file");
    try {
      return XmessCatalog.load(file);
    } catch (CatalogValidationException e) {
      throw new InvalidCatalogException(file.toString(), e.report(), true);
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
