package cat.xmess.benchmarks;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one run's results into {@code summary.md}: JMH's JSON ({@code jmh*.json}), the heap
 * measurements ({@code heap.jsonl}), the engine agreement table ({@code agreement.md}), the bundled
 * path check ({@code bundled-path.txt}) and the machine description ({@code machine.txt}), all in
 * the results directory given as the only argument.
 */
public final class Summary {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final List<String> ENGINES = List.of("xmess", "lucene", "h2");

  private final List<String> out = new ArrayList<>();
  private final Map<String, JsonNode> results = new LinkedHashMap<>();

  private Summary(List<JsonNode> jmh) {
    for (JsonNode result : jmh) {
      String name = result.get("benchmark").asString();
      String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      JsonNode params = result.get("params");
      if (params != null) {
        for (String p : List.of("size", "engine")) {
          if (params.has(p)) {
            key += " " + params.get(p).asString();
          }
        }
      }
      results.put(key, result.get("primaryMetric"));
    }
  }

  /** Writes summary.md into the results directory {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    List<JsonNode> all = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("jmh.*\\.json")).sorted().toList()) {
        MAPPER.readTree(file.toFile()).forEach(all::add);
      }
    }
    Summary summary = new Summary(all);
    summary.write(dir);
    Files.write(dir.resolve("summary.md"), summary.out, StandardCharsets.UTF_8);
    summary.out.forEach(System.out::println);
  }

  private void write(Path dir) throws IOException {
    out.add("# Benchmark summary");
    out.add("");
    out.add("One run of `xmess-benchmarks/run-benchmarks.sh`; raw JMH results in `jmh*.json`.");
    out.add("");
    out.add("The summaries committed before issue 14 (free text at 100k \"855x faster than H2 and 266x faster than "
        + "Lucene\") measured one query, repeated in one JVM, on synthetic catalogs whose 35 reused titles let "
        + "thousands of records tie at the top, against a Lucene that read every hit's id through new doc values "
        + "and an H2 that reused its subqueries; they do not hold, and this suite replaces them.");
    out.add("");
    out.add("## Machine");
    out.add("");
    out.add("```");
    out.addAll(Files.readAllLines(dir.resolve("machine.txt")));
    out.add("```");
    coldStart(dir);
    load(dir);
    queries(dir);
    relevance(dir);
    validation(dir);
    out.add("");
    out.add("## Engine agreement (every query of the mix, hits without limit)");
    out.add("");
    out.add("Same set: the engine finds exactly the SDK's initiatives (and, for text+filter+facets, the same "
        + "facet counts). Rankings differ by design, so the top 10 are compared by overlap. Tied at top score: "
        + "how many initiatives share the SDK's best score.");
    out.add("");
    out.addAll(Files.readAllLines(dir.resolve("agreement.md")));
  }

  private void coldStart(Path dir) throws IOException {
    out.add("");
    out.add("## 1. Cold start as whole processes");
    out.add("");
    out.add("Each process is a fresh `java` started and waited for (exec to exit, no JVM option), timed by "
        + "`ColdStart`; the processes of a round run back to back and the rounds repeat, so each ratio compares "
        + "processes run under the same load. `jvm` prints one line; `jackson-stream` reads the bundled JSON "
        + "from the xmess-catalog jar and parses every token with jackson-core (the baseline of the goal); "
        + "`jackson-tree` parses it into a Jackson tree; `bundled-search` is `XmessCatalog.bundled().search(\"economia "
        + "social\")` with the SDK's two jars; `cli-search` is `java -jar xmess.jar search economia social`. "
        + "Raw times in `cold-start.tsv`. (The JMH single shot of earlier summaries measured the method inside "
        + "an already started JVM and is no longer run.)");
    out.add("");
    out.addAll(Files.readAllLines(dir.resolve("cold-start.md")));
  }

  private void load(Path dir) throws IOException {
    out.add("");
    out.add("## 2. Load time and retained heap");
    out.add("");
    out.add("Load = `CatalogReader.load(bytes)`: every validation layer, then indexing (warm JVM, single shots; "
        + "the median of the measured shots, their range in brackets: a 100k load is long and its garbage "
        + "collections vary, so a mean of a few shots would follow the slowest).");
    out.add("Heap = used heap after full GCs (serial collector, `MemoryMXBean`) after minus before loading the file, in a fresh JVM.");
    out.add("");
    out.add("| Initiatives | JSON (MB) | Load (ms), median [range] | Jackson tree (ms), median [range] | Load / tree (medians) | Heap loaded (MB) | Heap / JSON (goal <= 3) | Heap with search and facet indexes (MB) | Heap+indexes / JSON (goal <= 3) | Jackson tree heap (MB) |");
    out.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    Map<Integer, JsonNode> heap = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("heap.jsonl"))) {
      if (!line.isBlank()) {
        JsonNode row = MAPPER.readTree(line);
        heap.put(row.get("size").asInt(), row);
      }
    }
    for (Map.Entry<Integer, JsonNode> e : heap.entrySet()) {
      JsonNode row = e.getValue();
      double json = row.get("jsonBytes").asDouble();
      double[] load = shots("LoadBenchmark.load " + e.getKey());
      double[] tree = shots("LoadBenchmark.jacksonTree " + e.getKey());
      out.add(String.format(Locale.ROOT, "| %,d | %.1f | %.0f [%.0f–%.0f] | %.0f [%.0f–%.0f] | %.1fx | %.1f | %.2fx %s | %.1f | %.2fx %s | %.1f |",
          e.getKey(), mb(json), median(load), load[0], load[load.length - 1],
          median(tree), tree[0], tree[tree.length - 1], median(load) / median(tree),
          mb(row.get("loadedBytes").asDouble()), row.get("loadedBytes").asDouble() / json,
          mark(row.get("loadedBytes").asDouble() / json <= 3),
          mb(row.get("loadedWithSearchIndexBytes").asDouble()),
          row.get("loadedWithSearchIndexBytes").asDouble() / json,
          mark(row.get("loadedWithSearchIndexBytes").asDouble() / json <= 3),
          mb(row.get("jacksonTreeBytes").asDouble())));
    }
    if (results.containsKey("LoadBenchmark.load 100000")) {
      out.add("");
      out.add(verdict("validated load at 100k / Jackson tree (medians)", median(shots("LoadBenchmark.load 100000"))
          / median(shots("LoadBenchmark.jacksonTree 100000")), 3, false));
    }
  }

  /**
   * Per query of the mix, the ratio engine median ÷ SDK median (above 1: the SDK is faster), and
   * per query class the distribution of those ratios: median, 10th percentile and worst.
   */
  private void queries(Path dir) throws IOException {
    out.add("");
    out.add("## 3. Query latency over the query mix");
    out.add("");
    out.add("One JMH fork per engine and size; each call runs the next query of the mix (" + QueryMix.queries(1).size()
        + " queries, rotated; see `QueryMix`). Per query: the median of its calls in the measurement iterations. "
        + "Ratio = engine median ÷ SDK median for the same query (above 1: the SDK is faster). Per class: the "
        + "median, 10th percentile (p10) and worst (lowest) ratio over the class's queries.");
    for (String size : List.of("10000", "100000")) {
      Map<String, Map<Integer, String[]>> byEngine = new LinkedHashMap<>();
      for (String engine : ENGINES) {
        Path file = dir.resolve("mix-" + size + "-" + engine + ".tsv");
        if (Files.exists(file)) {
          Map<Integer, String[]> rows = new LinkedHashMap<>();
          for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            String[] cells = line.split("\t");
            rows.put(Integer.parseInt(cells[0]), cells);
          }
          byEngine.put(engine, rows);
        }
      }
      if (!byEngine.containsKey("xmess")) {
        continue;
      }
      out.add("");
      out.add(String.format(Locale.ROOT, "### %,d initiatives", Integer.parseInt(size)));
      out.add("");
      out.add("| Class | Queries | SDK median (µs) | Lucene median (µs) | H2 median (µs) | Lucene/SDK median | p10 | worst | H2/SDK median | p10 | worst |");
      out.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      Map<String, List<double[]>> perClass = new LinkedHashMap<>();
      QueryMix.CLASSES.forEach(c -> perClass.put(c, new ArrayList<>()));
      List<double[]> text = new ArrayList<>();
      for (Map.Entry<Integer, String[]> row : byEngine.get("xmess").entrySet()) {
        double sdk = Double.parseDouble(row.getValue()[3]);
        double[] times = {sdk, median(byEngine, "lucene", row.getKey()), median(byEngine, "h2", row.getKey())};
        perClass.get(row.getValue()[1]).add(times);
        if (QueryMix.isText(row.getValue()[1])) {
          text.add(times);
        }
      }
      perClass.forEach((klass, rows) -> classRow(klass, rows));
      classRow("**all free-text queries**", text);
      if (size.equals("100000")) {
        double[] lucene = ratios(text, 1);
        double[] faceted = ratios(perClass.get(QueryMix.FACETED), 1);
        long noWorse = Arrays.stream(lucene).filter(r -> r >= 1).count();
        out.add("");
        out.add(verdict("free text at 100k, median Lucene/SDK over the mix", quantile(lucene, 0.5), 2, true));
        out.add("");
        out.add(String.format(Locale.ROOT, "**SDK no slower than Lucene on %d of %d free-text queries (%.0f%%)** (goal >= 90%%) %s",
            noWorse, lucene.length, 100.0 * noWorse / lucene.length, noWorse >= 0.9 * lucene.length ? "— met" : "— **missed**"));
        out.add("");
        out.add(verdict("text+filter+facets at 100k, median Lucene/SDK", quantile(faceted, 0.5), 2, true));
      }
      out.add("");
      out.add("<details><summary>Every query</summary>");
      out.add("");
      out.add("| # | Class | Query | SDK (µs) | Lucene (µs) | H2 (µs) | Lucene/SDK | H2/SDK |");
      out.add("|---:|---|---|---:|---:|---:|---:|---:|");
      for (Map.Entry<Integer, String[]> row : byEngine.get("xmess").entrySet()) {
        double sdk = Double.parseDouble(row.getValue()[3]);
        double lucene = median(byEngine, "lucene", row.getKey());
        double h2 = median(byEngine, "h2", row.getKey());
        out.add(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %s |", row.getKey(), row.getValue()[1],
            row.getValue()[2], num(sdk / 1000), Double.isNaN(lucene) ? "—" : num(lucene / 1000),
            Double.isNaN(h2) ? "—" : num(h2 / 1000), ratio(lucene / sdk), ratio(h2 / sdk)));
      }
      out.add("");
      out.add("</details>");
    }
  }

  private void classRow(String klass, List<double[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    double[] lucene = ratios(rows, 1);
    double[] h2 = ratios(rows, 2);
    out.add(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |", klass,
        rows.size(), num(quantile(column(rows, 0), 0.5) / 1000), num(quantile(column(rows, 1), 0.5) / 1000),
        num(quantile(column(rows, 2), 0.5) / 1000) + (h2.length < rows.size() ? " (" + h2.length + " timed)" : ""),
        ratio(quantile(lucene, 0.5)), ratio(quantile(lucene, 0.1)), ratio(lucene.length == 0 ? Double.NaN : lucene[0]),
        ratio(quantile(h2, 0.5)), ratio(quantile(h2, 0.1)), ratio(h2.length == 0 ? Double.NaN : h2[0])));
  }

  /** The engine's median for {@code query}, NaN when the engine was not run or never timed the query. */
  private static double median(Map<String, Map<Integer, String[]>> byEngine, String engine, int query) {
    Map<Integer, String[]> rows = byEngine.get(engine);
    double median = rows == null ? Double.NaN : Double.parseDouble(rows.get(query)[3]);
    return median < 0 ? Double.NaN : median;
  }

  private static double[] column(List<double[]> rows, int engine) {
    return rows.stream().mapToDouble(r -> r[engine]).filter(v -> !Double.isNaN(v)).sorted().toArray();
  }

  /**
   * Engine ÷ SDK per row, sorted ascending (the first is the worst for the SDK); queries the engine
   * never timed (a slow engine may not reach every query of the mix in its measurement time) are left out.
   */
  private static double[] ratios(List<double[]> rows, int engine) {
    return rows.stream().mapToDouble(r -> r[engine] / r[0]).filter(v -> !Double.isNaN(v)).sorted().toArray();
  }

  /** The {@code q} quantile of sorted {@code values} (nearest rank). */
  private static double quantile(double[] values, double q) {
    return values.length == 0 ? Double.NaN : values[(int) Math.min(values.length - 1, Math.floor(q * values.length))];
  }

  private void relevance(Path dir) throws IOException {
    out.add("");
    out.add("## Ranking quality (nDCG@10, judged queries on the bundled catalog)");
    out.add("");
    out.add("The judged set is `xmess-catalog/src/test/resources/cat/xmess/catalog/search/judged-queries.txt` "
        + "(ca/es/en queries, every relevant initiative with a grade and a reason); JudgedQueriesTest holds "
        + "the SDK above a floor on it. Lucene: BM25 with the same analyzer and matching rule.");
    out.add("");
    out.addAll(Files.readAllLines(dir.resolve("relevance.md")));
  }

  private void validation(Path dir) throws IOException {
    double ms = score("ValidationBenchmark.validate10k");
    out.add("");
    out.add("## 4. Validation");
    out.add("");
    out.add(String.format(Locale.ROOT, "Validating a user catalog of 10,000 initiatives (all layers): %.0f ms, "
        + "**%,.0f initiatives/s**.", ms, ValidationBenchmark.SIZE / (ms / 1000)));
    out.add("");
    out.add("Bundled path: " + Files.readString(dir.resolve("bundled-path.txt")).strip());
  }

  private double score(String key) {
    JsonNode metric = results.get(key);
    if (metric == null) {
      throw new IllegalStateException("No result for " + key);
    }
    return metric.get("score").asDouble();
  }

  /** The measured single shots of {@code key}, sorted. */
  private double[] shots(String key) {
    JsonNode metric = results.get(key);
    if (metric == null) {
      throw new IllegalStateException("No result for " + key);
    }
    List<Double> values = new ArrayList<>();
    for (JsonNode fork : metric.get("rawData")) {
      for (JsonNode shot : fork) {
        values.add(shot.asDouble());
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String verdict(String what, double ratio, double goal, boolean atLeast) {
    boolean met = atLeast ? ratio >= goal : ratio <= goal;
    return String.format(Locale.ROOT, "**%s = %.2fx** (goal %s %.1fx) %s", what, ratio,
        atLeast ? ">=" : "<=", goal, met ? "— met" : "— **missed**");
  }

  private static String ratio(double value) {
    return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, value >= 10 ? "%.0fx" : "%.2fx", value);
  }

  private static String mark(boolean met) {
    return met ? "" : "(missed)";
  }

  private static String num(double micros) {
    return micros >= 100 ? String.format(Locale.ROOT, "%,.0f", micros) : String.format(Locale.ROOT, "%.2f", micros);
  }

  private static double mb(double bytes) {
    return bytes / (1024 * 1024);
  }
}
