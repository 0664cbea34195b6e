package cat.xmess.benchmarks;

import cat.xmess.catalog.SearchHit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One engine's answers to the whole query mix, written by its {@link MixBenchmark} fork while it has
 * the engine built (so that {@link EngineAgreement} compares the engines without building H2 and
 * Lucene a second time): per query, all hits without limit as a count and a digest of the sorted
 * ids (the sets must be equal), the first {@value #K} ids in the engine's order (rankings differ,
 * so they are compared by overlap), the facet counts as a digest, the lookups' answers, and for the
 * SDK the number of hits tied at its top score. One line per query, tab-separated, in
 * {@code answers-<size>-<engine>.tsv}.
 */
public final class EngineAnswers {
  static final int K = 10;

  private EngineAnswers() {}

  /** One query's answer. */
  public record Answer(int hits, String setDigest, List<String> top, String other, long tied) {}

  /** Runs every query of {@code queries} on {@code engine} and writes the answers to {@code file}. */
  public static void write(Path file, Engine engine, List<QueryMix.Query> queries) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int q = 0; q < queries.size(); q++) {
      QueryMix.Query query = queries.get(q);
      if (!QueryMix.isText(query.klass())) {
        Object answer = QueryMix.run(engine, query);
        String other = query.kind() == QueryMix.Kind.BY_ID ? String.valueOf(answer != null) : digest(answer.toString());
        lines.add(q + "\t0\t-\t-\t" + other + "\t-1");
        continue;
      }
      List<String> ids;
      long tied = -1;
      if (engine instanceof XmessEngine xmess) {
        List<SearchHit> hits = xmess.hits(query.text(), query.category(), Integer.MAX_VALUE);
        ids = hits.stream().map(SearchHit::id).toList();
        tied = hits.isEmpty() ? 0 : hits.stream().filter(h -> h.score() == hits.get(0).score()).count();
      } else {
        ids = engine.search(query.text(), query.category(), Integer.MAX_VALUE);
      }
      String facets = query.kind() == QueryMix.Kind.FACETED
          ? digest(new TreeMap<>(sorted(engine.facets(query.category()))).toString()) : "-";
      lines.add(q + "\t" + ids.size() + "\t" + digest(String.join("\n", ids.stream().sorted().toList())) + "\t"
          + String.join(",", ids.subList(0, Math.min(K, ids.size()))) + "\t" + facets + "\t" + tied);
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** The answers in {@code file}, by query index. */
  public static Map<Integer, Answer> read(Path file) throws IOException {
    Map<Integer, Answer> answers = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      answers.put(Integer.parseInt(f[0]), new Answer(Integer.parseInt(f[1]), f[2],
          f[3].equals("-") || f[3].isEmpty() ? List.of() : List.of(f[3].split(",")), f[4], Long.parseLong(f[5])));
    }
    return answers;
  }

  private static Map<String, Map<String, Integer>> sorted(Map<String, Map<String, Integer>> facets) {
    Map<String, Map<String, Integer>> sorted = new TreeMap<>();
    facets.forEach((facet, counts) -> sorted.put(facet, new TreeMap<>(counts)));
    return sorted;
  }

  private static String digest(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
