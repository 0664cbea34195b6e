package cat.xmess.examples;

import cat.xmess.catalog.CatalogDiff;
import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogLayer;
import cat.xmess.catalog.ExportFormat;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Language;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A council's workflow with the SDK: merge its overlay file onto the bundled catalog, see where a
 * record comes from, see what the overlay changed, and publish the result as CSV files and an HTML
 * report.
 *
 * <p>Usage: {@code CouncilOverlay <overlay.json> <output-directory>}
 */
public final class CouncilOverlay {
  private CouncilOverlay() {}

  /** Runs the workflow; see the class comment. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: CouncilOverlay <overlay.json> <output-directory>");
      System.exit(2);
    }
    run(Path.of(args[0]), Path.of(args[1]), System.out);
  }

  /** Merges {@code overlay}, prints provenance and the diff to {@code out}, exports to {@code output}. */
  static void run(Path overlay, Path output, PrintStream out) {
    XmessCatalog bundled = XmessCatalog.bundled();
    XmessCatalog mine = bundled.withOverlays(overlay);

    for (CatalogLayer layer : mine.layers()) {
      out.println("layer " + layer.index() + ": " + layer.name());
    }
    mine.catalog().initiatives().forEach(initiative -> {
      CatalogLayer layer = mine.provenance(RecordType.INITIATIVE, initiative.id()).orElseThrow();
      if (!layer.isBase()) {
        out.println(initiative.id() + " comes from " + layer.name());
      }
    });

    CatalogDiff diff = CatalogDiff.between(bundled.catalog(), mine.catalog());
    out.print(diff.toText());

    List<Path> csv = CatalogExporter.write(mine, ExportFormat.CSV, output.resolve("csv"), Language.CA);
    List<Path> html = CatalogExporter.write(mine, ExportFormat.HTML, output.resolve("report.html"), Language.CA);
    out.println("wrote " + csv.size() + " CSV files and " + html.get(0));
  }
}
