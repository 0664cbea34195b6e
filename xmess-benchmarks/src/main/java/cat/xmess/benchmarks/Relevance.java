package cat.xmess.benchmarks;

import cat.xmess.catalog.XmessCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * nDCG@10 of the SDK's search and of Lucene BM25 ({@link LuceneEngine}: same analyzer, same
 * matching rule) over the judged queries of the bundled catalog, the set that xmess-catalog's
 * JudgedQueriesTest holds the SDK to. Gain 2^grade - 1, discount log2(rank + 1); initiatives only.
 * Writes {@code relevance.md}.
 *
 * <p>Arguments: results directory, judged queries file.
 */
public final class Relevance {
  private static final int K = 10;

  private Relevance() {}

  /** Writes the report. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Map<String, Map<String, Integer>> judged = read(Path.of(args[1]));
    XmessCatalog bundled = XmessCatalog.bundled();
    List<String> rows = new ArrayList<>();
    rows.add("| Query | Relevant | SDK nDCG@10 | Lucene BM25 nDCG@10 |");
    rows.add("|---|---:|---:|---:|");
    double sdk = 0;
    double bm25 = 0;
    try (Engine xmess = new XmessEngine(bundled); Engine lucene = new LuceneEngine(bundled.catalog())) {
      for (Map.Entry<String, Map<String, Integer>> q : judged.entrySet()) {
        double a = ndcg(xmess.search(q.getKey(), null, K), q.getValue());
        double b = ndcg(lucene.search(q.getKey(), null, K), q.getValue());
        sdk += a;
        bm25 += b;
        rows.add(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |", q.getKey(), q.getValue().size(), a, b));
      }
    }
    rows.add(String.format(Locale.ROOT, "| **mean over %d queries** | | **%.3f** | **%.3f** |", judged.size(),
        sdk / judged.size(), bm25 / judged.size()));
    Files.write(dir.resolve("relevance.md"), rows, StandardCharsets.UTF_8);
  }

  /** Query → (initiative id → grade), from the judged-queries format (see that file's header). */
  static Map<String, Map<String, Integer>> read(Path file) throws Exception {
    Map<String, Map<String, Integer>> judged = new LinkedHashMap<>();
    Map<String, Integer> current = null;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("query: ")) {
        current = new LinkedHashMap<>();
        judged.put(line.substring(7).strip(), current);
      } else if (line.startsWith("  ") && current != null && !line.isBlank()) {
        String[] gradeAndId = line.strip().split("\\s+", 3);
        current.put(gradeAndId[1], Integer.valueOf(gradeAndId[0]));
      }
    }
    return judged;
  }

  private static double ndcg(List<String> ranking, Map<String, Integer> grades) {
    double found = 0;
    for (int rank = 0; rank < Math.min(K, ranking.size()); rank++) {
      found += discounted(grades.getOrDefault(ranking.get(rank), 0), rank);
    }
    List<Integer> best = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
    double ideal = 0;
    for (int rank = 0; rank < Math.min(K, best.size()); rank++) {
      ideal += discounted(best.get(rank), rank);
    }
    return found / ideal;
  }

  private static double discounted(int grade, int rank) {
    return ((1 << grade) - 1) / (Math.log(rank + 2) / Math.log(2));
  }
}
