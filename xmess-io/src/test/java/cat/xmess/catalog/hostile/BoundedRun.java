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

/**
 * Runs a main class of hostile cases in a child JVM with a 256 MB heap and checks what it prints:
 * {@code CASE name millis peakMiB ok|problem} per case (and {@code WARMUP millis}), each case under
 * 2 seconds and within the heap. Shared by the bounded runs of hostile JSON (the CLI module's
 * {@code HostileInputBoundsTest}) and of bad workbooks ({@link HostileWorkbookBoundsTest}).
 */
public final class BoundedRun {
  /** The time bound of one case. */
  public static final long MAX_MILLIS = 2_000;
  /** The child JVM's heap. */
  public static final long HEAP_MIB = 256;

  private BoundedRun() {}

  /**
   * Runs {@code main} with the inputs directory as its argument, checks every case, and writes the
   * summary to {@code target/<report>}.
   *
   * @param cases how many cases the main must have run
   */
  public static void check(Class<?> main, Path dir, int cases, String report) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("child.log");
    Process child = new ProcessBuilder(java, "-Xmx" + HEAP_MIB + "m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), main.getName(), dir.resolve("inputs").toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child JVM did not finish");
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), () -> "the child JVM failed:\n" + String.join("\n", lines));

    List<String> failures = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    long slowest = 0;
    long largest = 0;
    String slowestCase = "";
    String largestCase = "";
    int run = 0;
    for (String line : lines) {
      if (line.startsWith("WARMUP\t")) {
        summary.add("warm-up (first load and validate, untimed): " + line.split("\t")[1] + " ms");
      }
      if (!line.startsWith("CASE\t")) {
        continue;
      }
      String[] part = line.split("\t", 5);
      long millis = Long.parseLong(part[2]);
      long mib = Long.parseLong(part[3]);
      run++;
      summary.add(String.format("%6d ms %4d MiB  %s%s", millis, mib, part[1], part[4].equals("ok") ? "" : "  " + part[4]));
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
    summary.add("largest time: " + slowest + " ms (" + slowestCase + "); largest heap peak: " + largest + " MiB ("
        + largestCase + "), with -Xmx" + HEAP_MIB + "m");
    String text = String.join(System.lineSeparator(), summary);
    System.out.println(text);
    Files.writeString(Path.of("target", report), text + System.lineSeparator());

    assertEquals(cases, run, () -> "cases run:\n" + String.join("\n", lines));
    assertEquals(List.of(), failures, text);
    assertTrue(largest < HEAP_MIB, text);
    assertTrue(new File(java).canExecute());
  }
}
