package cat.xmess.examples.cli;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.hostile.HostileInputs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by {@link HostileInputBoundsTest} in a JVM of its own with a 256 MB heap: every hostile
 * input, through the API ({@code validate} and {@code load} of the file) and through the CLI
 * ({@code validate} and {@code search --catalog}), each timed, with the heap's peak use measured per
 * case. Prints one tab-separated line per case: {@code CASE name millis peakMiB verdict}, the time being
 * that of the slowest of the four, where the
 * verdict is {@code ok} or what went wrong; first, {@code HEAP maxMiB}, the heap it was given. The
 * parent asserts on them.
 */
public final class HostileInputBoundsMain {
  private HostileInputBoundsMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createDirectories(Path.of(args[0]));
    System.out.println("HEAP\t" + (Runtime.getRuntime().maxMemory() >> 20));
    // Warm up once, untimed: class loading and the schema's compilation belong to start-up.
    Path valid = TestCatalogs.validCopy(dir);
    long warmStart = System.nanoTime();
    CatalogReader.standard().load(valid);
    run("validate", valid.toString());
    System.out.println("WARMUP\t" + (System.nanoTime() - warmStart) / 1_000_000);
    for (HostileInputs.Case hostile : HostileInputs.all()) {
      Path file = hostile.writeTo(dir.resolve(hostile.fileName()));
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long[] slowest = {0};
      String verdict = check(hostile, file, slowest);
      long millis = slowest[0];
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      Files.delete(file);
      System.out.println("CASE\t" + hostile.name() + "\t" + millis + "\t" + (peak >> 20) + "\t" + verdict);
    }
  }

  /** Each of the four ways in: the verdict, and in {@code slowest[0]} the longest one took. */
  private static String check(HostileInputs.Case hostile, Path file, long[] slowest) {
    long start = System.nanoTime();
    ValidationReport report = XmessCatalog.validate(file);
    start = lap(start, slowest);
    if (report.errors().stream().noneMatch(hostile::matches)) {
      return "api validate: " + report;
    }
    try {
      XmessCatalog.load(file);
      return "api load accepted it";
    } catch (CatalogValidationException expected) {
      start = lap(start, slowest);
    }
    String validate = run("validate", file.toString(), "--format", "json");
    start = lap(start, slowest);
    String search = run("search", "habitatge", "--catalog", file.toString());
    lap(start, slowest);
    return validate.equals("ok") ? search : "cli validate: " + validate;
  }

  private static long lap(long start, long[] slowest) {
    long now = System.nanoTime();
    slowest[0] = Math.max(slowest[0], (now - start) / 1_000_000);
    return now;
  }

  /** "ok" when the CLI exits with 1 and prints no stack trace. */
  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = XmessCli.run(new PrintWriter(out), new PrintWriter(err), args);
    boolean trace = err.toString().contains("\tat ") || err.toString().contains("Exception")
        || out.toString().contains("\tat ");
    boolean wanted = args[0].equals("validate") && args.length == 2 ? code == 0 : code == 1;
    return wanted && !trace ? "ok" : "exit " + code + ", stderr: " + err.toString().strip().replace('\n', ' ');
  }
}
