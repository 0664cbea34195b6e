package cat.xmess.catalog.tools;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.XmessCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Maintainers' tool, not part of the SDK: validates a draft of the bundled catalog with every layer
 * and writes it in canonical form, checksum stamped, to the resource path. See CONTRIBUTING.md.
 *
 * <p>Usage: {@code WriteBundledCatalog <draft.json> <output.json>}
 */
public final class WriteBundledCatalog {
  private WriteBundledCatalog() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: WriteBundledCatalog <draft.json> <output.json>");
      System.exit(2);
    }
    try {
      XmessCatalog catalog = XmessCatalog.load(Path.of(args[0]));
      Files.writeString(Path.of(args[1]), CatalogExporter.json(catalog.catalog()), StandardCharsets.UTF_8);
      System.out.println("wrote " + args[1] + ": " + catalog.catalog().initiatives().size()
          + " initiatives, " + catalog.catalog().memberBodies().size() + " member bodies");
    } catch (CatalogValidationException e) {
      System.err.println(e.report());
      System.exit(1);
    }
  }
}
