package cat.xmess.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks, for every query of the mix over one synthetic catalog, that H2 and Lucene find the same
 * initiatives as the SDK (all hits, no limit: the three apply the same matching rule, so the sets
 * must be equal, which also checks {@link SdkFolding} against the SDK's own folding), the same facet
 * counts, and the same answers to the lookups. Rankings differ by design (the SDK's field-weight
 * ranking, H2's sum of weights, Lucene's BM25), so the top {@value EngineAnswers#K} are compared by
 * overlap. For each query it also reports how many initiatives tie at the SDK's top score: a large
 * tie lets the SDK's pruned search stop after a few candidates. It reads the answers each engine's
 * {@link MixBenchmark} fork wrote ({@link EngineAnswers}), so no engine is built twice; writes
 * {@code agreement-<size>.md} and exits with 1 when a set differs.
 *
 * <p>Arguments: results directory, size.
 */
public final class EngineAgreement {
  private EngineAgreement() {}

  /** Runs the check for one size. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int size = Integer.parseInt(args[1]);
    List<QueryMix.Query> queries = QueryMix.queries(size);
    Map<Integer, EngineAnswers.Answer> xmess = EngineAnswers.read(dir.resolve("answers-" + size + "-xmess.tsv"));
    Map<Integer, EngineAnswers.Answer> h2 = EngineAnswers.read(dir.resolve("answers-" + size + "-h2.tsv"));
    Map<Integer, EngineAnswers.Answer> lucene = EngineAnswers.read(dir.resolve("answers-" + size + "-lucene.tsv"));
    List<String> rows = new ArrayList<>();
    rows.add(String.format(Locale.ROOT, "### %,d initiatives", size));
    rows.add("");
    rows.add("| Class | Query | Hits | Tied at top score | H2 same set | Lucene same set | Top-10 overlap H2 | Top-10 overlap Lucene |");
    rows.add("|---|---|---:|---:|---|---|---:|---:|");
    boolean agree = true;
    for (int q = 0; q < queries.size(); q++) {
      QueryMix.Query query = queries.get(q);
      EngineAnswers.Answer mine = xmess.get(q);
      boolean sameH2 = same(mine, h2.get(q));
      boolean sameLucene = same(mine, lucene.get(q));
      agree &= sameH2 && sameLucene;
      if (!QueryMix.isText(query.klass())) {
        rows.add(String.format("| %s | %s | — | — | %s | %s | — | — |", query.klass(), query.label(),
            yes(sameH2), yes(sameLucene)));
        continue;
      }
      int k = Math.min(EngineAnswers.K, mine.hits());
      rows.add(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %s | %s | %d/%d | %d/%d |", query.klass(),
          query.label(), mine.hits(), mine.tied(), yes(sameH2), yes(sameLucene), overlap(mine, h2.get(q)), k,
          overlap(mine, lucene.get(q)), k));
    }
    rows.add("");
    Files.write(dir.resolve("agreement-" + size + ".md"), rows);
    if (!agree) {
      System.err.println("An engine finds other initiatives than the SDK: see agreement-" + size + ".md");
      System.exit(1);
    }
  }

  private static boolean same(EngineAnswers.Answer mine, EngineAnswers.Answer theirs) {
    return theirs != null && mine.hits() == theirs.hits() && mine.setDigest().equals(theirs.setDigest())
        && mine.other().equals(theirs.other());
  }

  private static String yes(boolean same) {
    return same ? "yes" : "**no**";
  }

  /** How many of the SDK's top {@value EngineAnswers#K} are in the other engine's. */
  private static long overlap(EngineAnswers.Answer mine, EngineAnswers.Answer theirs) {
    Set<String> top = new HashSet<>(theirs.top());
    return mine.top().stream().filter(top::contains).count();
  }
}
