package cat.xmess.catalog.tools;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import cat.xmess.catalog.overlay.OverlayFiles;
import cat.xmess.model.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A one-off measurement for the release notes, not a benchmark and not a test: the sizes of each
 * export of the bundled catalog, and the time to merge an overlay of 10,000 initiatives onto it
 * (reading, schema, constraints, merge and integrity; best of five after two warm-up runs).
 *
 * <p>Usage: {@code OverlayMergeMain [records]}
 */
public final class OverlayMergeMain {
  private OverlayMergeMain() {}

  public static void main(String[] args) throws Exception {
    XmessCatalog bundled = XmessCatalog.bundled();
    System.out.println("json    " + bytes(CatalogExporter.json(bundled.catalog())) + " bytes");
    System.out.println("jsonld  " + bytes(CatalogExporter.jsonLd(bundled)) + " bytes");
    System.out.println("html    " + bytes(CatalogExporter.html(bundled, Language.CA)) + " bytes");
    long csv = 0;
    for (Map.Entry<String, String> file : CatalogExporter.csv(bundled).entrySet()) {
      csv += bytes(file.getValue());
    }
    System.out.println("csv     " + csv + " bytes in " + CatalogExporter.csv(bundled).size() + " files");

    int records = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    ObjectNode overlay = OverlayFiles.empty();
    ArrayNode initiatives = overlay.putArray("initiatives");
    ArrayNode bundledInitiatives = (ArrayNode) BundledJson.tree().get("initiatives");
    for (int i = 0; i < records; i++) {
      ObjectNode copy = (ObjectNode) bundledInitiatives.get(i % bundledInitiatives.size()).deepCopy();
      initiatives.add(copy.put("id", "overlay-initiative-" + i));
    }
    Path file = Files.createTempFile("xmess-overlay", ".json");
    try {
      Files.write(file, BundledJson.write(overlay));
      System.out.println("overlay " + Files.size(file) + " bytes, " + records + " initiatives");
      long best = Long.MAX_VALUE;
      for (int run = 0; run < 7; run++) {
        long start = System.nanoTime();
        XmessCatalog merged = bundled.withOverlays(file);
        long took = System.nanoTime() - start;
        if (merged.catalog().initiatives().size() != bundled.catalog().initiatives().size() + records) {
          throw new IllegalStateException("merge lost records");
        }
        System.out.printf("run %d: %d ms%s%n", run, took / 1_000_000, run < 2 ? " (warm-up)" : "");
        if (run >= 2) {
          best = Math.min(best, took);
        }
      }
      System.out.println("best merge of " + records + " records: " + best / 1_000_000 + " ms");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
