package cat.xmess.benchmarks;

import cat.xmess.catalog.SearchHit;
import cat.xmess.catalog.XmessCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks, for every query of the mix over one synthetic catalog, that H2 and Lucene find the same
 * initiatives as the SDK (all hits, no limit: the three apply the same matching rule, so the sets
 * must be equal, which also checks {@link SdkFolding} against the SDK's own folding), the same facet
 * counts, and the same answers to the lookups. Rankings differ by design (the SDK's field-weight
 * ranking, H2's sum of weights, Lucene's BM25), so the top {@value #K} are compared by overlap. For
 * each query it also reports how many initiatives tie at the SDK's top score: a large tie lets the
 * SDK's pruned search stop after a few candidates. Writes {@code agreement-<size>.md} and {@code
 * h2-plan-<size>.txt}; exits with 1 when a set differs.
 *
 * <p>Arguments: results directory, size.
 */
public final class EngineAgreement {
  private static final int K = 10;

  private EngineAgreement() {}

  /** Runs the check for one size. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int size = Integer.parseInt(args[1]);
    XmessCatalog catalog = Fixtures.catalog(size);
    XmessEngine xmess = new XmessEngine(catalog);
    List<QueryMix.Query> queries = QueryMix.queries(size);
    List<String> rows = new ArrayList<>();
    rows.add(String.format(Locale.ROOT, "### %,d initiatives", size));
    rows.add("");
    rows.add("| Class | Query | Hits | Tied at top score | H2 same set | Lucene same set | Top-10 overlap H2 | Top-10 overlap Lucene |");
    rows.add("|---|---|---:|---:|---|---|---:|---:|");
    Map<String, List<Object>> answers = new LinkedHashMap<>();
    boolean agree = true;
    try (Engine h2 = Fixtures.engine("h2", catalog); Engine lucene = Fixtures.engine("lucene", catalog)) {
      Files.writeString(dir.resolve("h2-plan-" + size + ".txt"),
          "EXPLAIN of the ranked query for \"aigua energia habitatge\" within category boost:\n"
          + ((H2Engine) h2).plan("aigua energia habitatge", "boost") + "\n");
      for (QueryMix.Query query : queries) {
        if (!QueryMix.isText(query.klass())) {
          boolean same = Objects.equals(answer(xmess, query), answer(h2, query))
              && Objects.equals(answer(xmess, query), answer(lucene, query));
          agree &= same;
          rows.add(String.format("| %s | %s | — | — | %s | %s | — | — |", query.klass(), query.label(),
              yes(same), yes(same)));
          continue;
        }
        List<SearchHit> hits = xmess.hits(query.text(), query.category(), Integer.MAX_VALUE);
        List<String> mine = hits.stream().map(SearchHit::id).toList();
        List<String> fromH2 = h2.search(query.text(), query.category(), Integer.MAX_VALUE);
        List<String> fromLucene = lucene.search(query.text(), query.category(), Integer.MAX_VALUE);
        boolean sameH2 = new HashSet<>(mine).equals(new HashSet<>(fromH2));
        boolean sameLucene = new HashSet<>(mine).equals(new HashSet<>(fromLucene));
        if (query.kind() == QueryMix.Kind.FACETED) {
          Object counts = xmess.facets(query.category());
          sameH2 &= counts.equals(h2.facets(query.category()));
          sameLucene &= counts.equals(lucene.facets(query.category()));
        }
        agree &= sameH2 && sameLucene;
        long tied = hits.isEmpty() ? 0 : hits.stream().filter(h -> h.score() == hits.get(0).score()).count();
        rows.add(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %s | %s | %d/%d | %d/%d |", query.klass(),
            query.label(), mine.size(), tied, yes(sameH2), yes(sameLucene), overlap(mine, fromH2), Math.min(K, mine.size()),
            overlap(mine, fromLucene), Math.min(K, mine.size())));
      }
    }
    rows.add("");
    Files.write(dir.resolve("agreement-" + size + ".md"), rows);
    if (!agree) {
      System.err.println("An engine finds other initiatives than the SDK: see agreement-" + size + ".md");
      System.exit(1);
    }
  }

  /** A lookup's answer comparable across engines: found or not, or the list of ids. */
  private static Object answer(Engine engine, QueryMix.Query query) {
    Object answer = QueryMix.run(engine, query);
    return query.kind() == QueryMix.Kind.BY_ID ? answer != null : answer;
  }

  private static String yes(boolean same) {
    return same ? "yes" : "**no**";
  }

  /** How many of the SDK's top {@value #K} are in the other engine's top {@value #K}. */
  private static long overlap(List<String> mine, List<String> theirs) {
    Set<String> top = new HashSet<>(theirs.subList(0, Math.min(K, theirs.size())));
    return mine.subList(0, Math.min(K, mine.size())).stream().filter(top::contains).count();
  }
}
