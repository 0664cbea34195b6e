package cat.xmess.catalog.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad workbook of {@link HostileWorkbooks} is refused in under 2 seconds by a JVM with a 256
 * MB heap: {@link HostileWorkbookBoundsMain} imports them all in a child JVM started with {@code
 * -Xmx256m}, and an OutOfMemoryError there fails this test. The times and heap peaks are printed
 * and written to {@code target/hostile-workbook-bounds.txt}.
 */
class HostileWorkbookBoundsTest {
  private static final long MAX_MILLIS = 2_000;
  private static final long HEAP_MIB = 256;

  @TempDir Path dir;

  @Test
  void everyBadWorkbookIsRefusedQuicklyInASmallHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("child.log");
    Process child = new ProcessBuilder(java, "-Xmx" + HEAP_MIB + "m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), HostileWorkbookBoundsMain.class.getName(),
        dir.resolve("inputs").toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child JVM did not finish");
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), () -> "the child JVM failed:\n" + String.join("\n", lines));

    List<String> failures = new ArrayList<>();
    List<String> report = new ArrayList<>();
    long slowest = 0;
    long largest = 0;
    String slowestCase = "";
    String largestCase = "";
    int cases = 0;
    for (String line : lines) {
      if (line.startsWith("WARMUP\t")) {
        report.add("warm-up (first load and validate, untimed): " + line.split("\t")[1] + " ms");
      }
      if (!line.startsWith("CASE\t")) {
        continue;
      }
      String[] part = line.split("\t", 5);
      long millis = Long.parseLong(part[2]);
      long mib = Long.parseLong(part[3]);
      cases++;
      report.add(String.format("%6d ms %4d MiB  %s%s", millis, mib, part[1], part[4].equals("ok") ? "" : "  " + part[4]));
      if (!part[4].equals("ok")) {
        failures.add(part[1] + ": " + part[4]);
      }
      if (millis >= MAX_MILLIS) {
        failures.add(part[1] + ": " + millis + " ms");
      }
      if (millis > slowest) {
        slowest = millis;
        slowestCase = part[1];
      }
      if (mib > largest) {
        largest = mib;
        largestCase = part[1];
      }
    }
    report.add("largest time: " + slowest + " ms (" + slowestCase + "); largest heap peak: " + largest + " MiB ("
        + largestCase + "), with -Xmx" + HEAP_MIB + "m");
    String summary = String.join(System.lineSeparator(), report);
    System.out.println(summary);
    Files.writeString(Path.of("target", "hostile-workbook-bounds.txt"), summary + System.lineSeparator());

    assertEquals(HostileWorkbooks.all().size(), cases, () -> "cases run:\n" + String.join("\n", lines));
    assertEquals(List.of(), failures, summary);
    assertTrue(largest < HEAP_MIB, summary);
    assertTrue(new File(java).canExecute());
  }
}
