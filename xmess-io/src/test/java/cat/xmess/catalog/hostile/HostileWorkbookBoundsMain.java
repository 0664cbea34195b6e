package cat.xmess.catalog.hostile;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.CatalogValidationException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by {@link HostileWorkbookBoundsTest} in a JVM with {@code -Xmx256m}: imports every bad
 * workbook and prints {@code CASE name millis peakMiB ok|problem} per case.
 */
public final class HostileWorkbookBoundsMain {
  private HostileWorkbookBoundsMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createDirectories(Path.of(args[0]));
    CatalogReader reader = CatalogReader.standard();
    long warm = System.nanoTime();
    Path valid = dir.resolve("valid.xlsx");
    Files.write(valid, cat.xmess.catalog.CatalogExporter.xlsx(cat.xmess.catalog.XmessCatalog.bundled()));
    reader.importSpreadsheet(valid); // warms the reader and the validators
    System.out.println("WARMUP\t" + (System.nanoTime() - warm) / 1_000_000);
    for (HostileWorkbooks.Case bad : HostileWorkbooks.all()) {
      Path input = bad.writeTo(dir);
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      String outcome;
      try {
        reader.importSpreadsheet(input);
        outcome = "accepted";
      } catch (CatalogValidationException e) {
        outcome = e.report().errors().stream().anyMatch(bad::matches) ? "ok" : "wrong errors: " + e.report();
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.println("CASE\t" + bad.name() + "\t" + millis + "\t" + (peak >> 20) + "\t"
          + outcome.replace('\t', ' ').replace('\n', ' '));
    }
  }
}
