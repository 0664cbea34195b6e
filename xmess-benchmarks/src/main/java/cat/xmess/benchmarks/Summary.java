package cat.xmess.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
  private static final List<String> ENGINES = List.of("xmess", "scan", "h2", "lucene");
  private static final List<String> QUERIES = List.of("byId", "twoFilters", "freeText", "textFilterFacets");

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
    out.add("## Machine");
    out.add("");
    out.add("```");
    out.addAll(Files.readAllLines(dir.resolve("machine.txt")));
    out.add("```");
    coldStart();
    load(dir);
    queries();
    validation(dir);
    out.add("");
    out.add("## Engine agreement (same queries, free-text hits without limit)");
    out.add("");
    out.addAll(Files.readAllLines(dir.resolve("agreement.md")));
  }

  private void coldStart() {
    JsonNode sdk = results.get("ColdStartBenchmark.bundledLoadAndSearch");
    JsonNode tree = results.get("ColdStartBenchmark.jacksonTree");
    out.add("");
    out.add("## 1. Cold start (fresh JVM per fork, single shot)");
    out.add("");
    out.add("| Fresh JVM does | Mean (ms) | ± (99.9%) | Forks |");
    out.add("|---|---:|---:|---:|");
    out.add(String.format(Locale.ROOT, "| load bundled catalog + one search | %.1f | %.1f | %d |",
        sdk.get("score").asDouble(), sdk.get("scoreError").asDouble(), sdk.get("rawData").size()));
    out.add(String.format(Locale.ROOT, "| parse the same bytes into a Jackson tree | %.1f | %.1f | %d |",
        tree.get("score").asDouble(), tree.get("scoreError").asDouble(), tree.get("rawData").size()));
    out.add("");
    out.add(verdict("SDK / Jackson tree", sdk.get("score").asDouble() / tree.get("score").asDouble(), 1.5, false));
  }

  private void load(Path dir) throws IOException {
    out.add("");
    out.add("## 2. Load time and retained heap");
    out.add("");
    out.add("Load = `CatalogReader.load(bytes)`: every validation layer, then indexing (warm JVM, single shots).");
    out.add("Heap = used heap after full GCs (serial collector, `MemoryMXBean`) after minus before loading the file, in a fresh JVM.");
    out.add("");
    out.add("| Initiatives | JSON (MB) | Load (ms) | Jackson tree (ms) | Load / tree | Heap loaded (MB) | Heap / JSON (goal <= 3) | Heap with search index (MB) | Heap+index / JSON (goal <= 3) | Jackson tree heap (MB) |");
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
      double load = score("LoadBenchmark.load " + e.getKey());
      double tree = score("LoadBenchmark.jacksonTree " + e.getKey());
      out.add(String.format(Locale.ROOT, "| %,d | %.1f | %.0f | %.0f | %.1fx | %.1f | %.2fx %s | %.1f | %.2fx %s | %.1f |",
          e.getKey(), mb(json), load, tree, load / tree,
          mb(row.get("loadedBytes").asDouble()), row.get("loadedBytes").asDouble() / json,
          mark(row.get("loadedBytes").asDouble() / json <= 3),
          mb(row.get("loadedWithSearchIndexBytes").asDouble()),
          row.get("loadedWithSearchIndexBytes").asDouble() / json,
          mark(row.get("loadedWithSearchIndexBytes").asDouble() / json <= 3),
          mb(row.get("jacksonTreeBytes").asDouble())));
    }
  }

  private void queries() {
    out.add("");
    out.add("## 3. Query latency (JMH sample mode, µs)");
    out.add("");
    out.add("Each cell: mean / p99. Ratios: engine mean ÷ xmess mean (how many times faster the SDK is).");
    for (String size : List.of("10000", "100000")) {
      if (!results.containsKey("QueryBenchmark.byId " + size + " xmess")) {
        continue;
      }
      out.add("");
      out.add(String.format(Locale.ROOT, "### %,d initiatives", Integer.parseInt(size)));
      out.add("");
      out.add("| Query | xmess | scan | H2 | Lucene | scan / xmess | H2 / xmess | Lucene / xmess |");
      out.add("|---|---:|---:|---:|---:|---:|---:|---:|");
      for (String query : QUERIES) {
        StringBuilder row = new StringBuilder("| " + query + " |");
        for (String engine : ENGINES) {
          JsonNode metric = results.get("QueryBenchmark." + query + " " + size + " " + engine);
          row.append(String.format(Locale.ROOT, " %s / %s |", num(metric.get("score").asDouble()),
              num(metric.get("scorePercentiles").get("99.0").asDouble())));
        }
        double xmess = score("QueryBenchmark." + query + " " + size + " xmess");
        for (String engine : ENGINES.subList(1, ENGINES.size())) {
          row.append(String.format(Locale.ROOT, " %.1fx |", score("QueryBenchmark." + query + " " + size + " " + engine) / xmess));
        }
        out.add(row.toString());
      }
      if (size.equals("100000")) {
        double xmess = score("QueryBenchmark.freeText 100000 xmess");
        out.add("");
        out.add(verdict("free text at 100k, H2 / xmess", score("QueryBenchmark.freeText 100000 h2") / xmess, 10, true));
        out.add(verdict("free text at 100k, Lucene / xmess", score("QueryBenchmark.freeText 100000 lucene") / xmess, 3, true));
      }
    }
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

  private static String verdict(String what, double ratio, double goal, boolean atLeast) {
    boolean met = atLeast ? ratio >= goal : ratio <= goal;
    return String.format(Locale.ROOT, "**%s = %.2fx** (goal %s %.1fx) %s", what, ratio,
        atLeast ? ">=" : "<=", goal, met ? "— met" : "— **missed**");
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
