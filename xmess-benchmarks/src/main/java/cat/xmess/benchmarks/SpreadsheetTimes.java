package cat.xmess.benchmarks;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.XmessCatalog;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Export to XLSX and to CSV, and import back, of the bundled catalog and of synthetic ones, with
 * wall times and the heap peak of each step (not a JMH benchmark: one workbook is written and read
 * as a person would). Run: {@code java -Xmx1g -cp xmess-benchmarks/target/benchmarks.jar
 * cat.xmess.benchmarks.SpreadsheetTimes 10000}.
 */
public final class SpreadsheetTimes {
  private SpreadsheetTimes() {}

  public static void main(String[] args) throws Exception {
    CatalogReader reader = CatalogReader.withLimits(SyntheticCatalogs.LIMITS);
    Path dir = Files.createTempDirectory("xmess-sheets");
    measure("bundled", XmessCatalog.bundled(), reader, dir);
    measure("bundled (warm)", XmessCatalog.bundled(), reader, dir);
    for (String arg : args) {
      int size = Integer.parseInt(arg);
      XmessCatalog catalog = reader.load(SyntheticCatalogs.file(size));
      measure(size + " initiatives", catalog, reader, dir);
    }
  }

  private static void measure(String name, XmessCatalog catalog, CatalogReader reader, Path dir) throws Exception {
    Path xlsx = dir.resolve("catalog.xlsx");
    long exportXlsx = step(() -> Files.write(xlsx, CatalogExporter.xlsx(catalog)));
    long exportHeap = peak();
    long[] importXlsx = new long[1];
    String[] json = new String[1];
    importXlsx[0] = step(() -> json[0] = reader.importSpreadsheet(xlsx));
    long importHeap = peak();
    if (!json[0].equals(CatalogExporter.json(catalog.catalog()))) {
      throw new IllegalStateException(name + ": the workbook did not round-trip");
    }
    Path csv = dir.resolve("csv-" + name.replace(' ', '-'));
    long exportCsv = step(() -> {
      Files.createDirectories(csv);
      for (Map.Entry<String, String> file : CatalogExporter.csv(catalog).entrySet()) {
        Files.writeString(csv.resolve(file.getKey()), file.getValue());
      }
    });
    long importCsv = step(() -> reader.importSpreadsheet(csv));
    System.out.printf("%-20s xlsx %,d bytes: export %,d ms (heap peak %,d MiB), import %,d ms (heap peak %,d MiB);"
        + " csv: export %,d ms, import %,d ms%n", name, Files.size(xlsx), exportXlsx, exportHeap, importXlsx[0],
        importHeap, exportCsv, importCsv);
  }

  /** Wall time of {@code action} in ms, after a collection and a reset of the heap peaks. */
  private static long step(ThrowingRunnable action) throws Exception {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    action.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long peak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
