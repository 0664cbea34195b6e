package cat.xmess.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Whole-process cold start, as a user sees it: each measurement starts a child JVM ({@code exec})
 * and waits for it to exit, with no JVM option (no class-data archive of the application, the
 * JDK's default CDS only). The processes of one round run back to back in a fixed order and the
 * rounds repeat, so every process and its baseline see the same load; the first rounds are
 * discarded as warm-up of the file cache.
 *
 * <ul>
 *   <li>{@code jvm}: prints one line (the floor);
 *   <li>{@code jackson-stream}: reads the bundled JSON from the xmess-catalog jar and parses every
 *       token with jackson-core (the baseline of the goal);
 *   <li>{@code jackson-tree}: the same bytes into a Jackson tree (jackson-databind);
 *   <li>{@code bundled-search}: {@code XmessCatalog.bundled().search("economia social")} with the
 *       SDK's two jars only;
 *   <li>{@code cli-search}: {@code java -jar xmess.jar search economia social}, when the CLI jar
 *       is given.
 * </ul>
 *
 * <p>Arguments: results directory, directory of the dependency jars ({@code target/lib}), this
 * module's thin jar, the CLI jar (or {@code -}), measured rounds (default 15), warm-up rounds
 * (default 3). Writes {@code cold-start.tsv} (every time) and {@code cold-start.md} (the table).
 */
public final class ColdStart {
  private ColdStart() {}

  /** Runs the rounds and writes the results. */
  public static void main(String[] args) throws Exception {
    Path results = Path.of(args[0]);
    Path lib = Path.of(args[1]);
    String thin = Path.of(args[2]).toAbsolutePath().toString();
    String cli = args.length > 3 && !args[3].equals("-") ? Path.of(args[3]).toAbsolutePath().toString() : null;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 15;
    int warmups = args.length > 5 ? Integer.parseInt(args[5]) : 3;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String sdk = classPath(thin, jar(lib, "xmess-model-"), jar(lib, "xmess-catalog-"));

    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put("jvm", List.of(java, "-cp", thin, ColdHello.class.getName()));
    commands.put("jackson-stream", List.of(java, "-cp", classPath(thin, jar(lib, "jackson-core-"),
        jar(lib, "xmess-catalog-")), ColdJacksonParse.class.getName()));
    commands.put("jackson-tree", List.of(java, "-cp", classPath(thin, jar(lib, "jackson-core-"),
        jar(lib, "jackson-databind-"), jar(lib, "jackson-annotations-"), jar(lib, "xmess-catalog-")),
        ColdJacksonParse.class.getName(), "tree"));
    commands.put("bundled-search", List.of(java, "-cp", sdk, ColdBundledSearch.class.getName(), "economia", "social"));
    if (cli != null) {
      commands.put("cli-search", List.of(java, "-jar", cli, "search", "economia", "social"));
    }

    Map<String, long[]> times = new LinkedHashMap<>();
    commands.keySet().forEach(name -> times.put(name, new long[rounds]));
    String loadBefore = loadAverage();
    for (int round = -warmups; round < rounds; round++) {
      for (Map.Entry<String, List<String>> command : commands.entrySet()) {
        long elapsed = run(command.getValue());
        if (round >= 0) {
          times.get(command.getKey())[round] = elapsed;
        }
      }
    }
    String loadAfter = loadAverage();

    List<String> tsv = new ArrayList<>();
    tsv.add("process\tround\tms");
    times.forEach((name, t) -> {
      for (int r = 0; r < t.length; r++) {
        tsv.add(String.format(Locale.ROOT, "%s\t%d\t%.1f", name, r, t[r] / 1e6));
      }
    });
    Files.write(results.resolve("cold-start.tsv"), tsv, StandardCharsets.UTF_8);

    List<String> md = new ArrayList<>();
    md.add(String.format(Locale.ROOT, "%d rounds after %d warm-up rounds, the processes of a round back to back; "
        + "load average before: %s; after: %s.", rounds, warmups, loadBefore, loadAfter));
    md.add("");
    md.add("| Process | median (ms) | p10 | p90 | min | max | ÷ jackson-stream (median of per-round ratios) | p10 | p90 |");
    md.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    long[] base = times.get("jackson-stream");
    for (Map.Entry<String, long[]> e : times.entrySet()) {
      long[] t = e.getValue().clone();
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratios[r] = (double) e.getValue()[r] / base[r];
      }
      Arrays.sort(t);
      Arrays.sort(ratios);
      md.add(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.2fx | %.2fx | %.2fx |", e.getKey(),
          pct(t, 50) / 1e6, pct(t, 10) / 1e6, pct(t, 90) / 1e6, t[0] / 1e6, t[t.length - 1] / 1e6,
          pct(ratios, 50), pct(ratios, 10), pct(ratios, 90)));
    }
    md.add("");
    for (String process : List.of("bundled-search", "cli-search")) {
      if (times.containsKey(process)) {
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          ratios[r] = (double) times.get(process)[r] / base[r];
        }
        Arrays.sort(ratios);
        double median = pct(ratios, 50);
        md.add(String.format(Locale.ROOT, "**%s / jackson-stream = %.2fx** (median of the per-round ratios; goal <= 1.2x) — %s",
            process, median, median <= 1.2 ? "met" : "**missed**"));
        md.add("");
      }
    }
    Files.write(results.resolve("cold-start.md"), md, StandardCharsets.UTF_8);
    md.forEach(System.out::println);
  }

  private static long run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    long start = System.nanoTime();
    Process process = builder.start();
    int exit = process.waitFor();
    long elapsed = System.nanoTime() - start;
    if (exit != 0) {
      throw new IllegalStateException("exit code " + exit + " from " + command);
    }
    return elapsed;
  }

  private static String jar(Path lib, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(lib)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".jar"))
          .filter(f -> Character.isDigit(f.getFileName().toString().charAt(prefix.length())))
          .map(f -> f.toAbsolutePath().toString())
          .findFirst().orElseThrow(() -> new IllegalStateException("no " + prefix + "*.jar in " + lib));
    }
  }

  private static String classPath(String... jars) {
    return String.join(File.pathSeparator, jars);
  }

  private static double pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
  }

  private static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
