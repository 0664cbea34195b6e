package cat.xmess.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that every engine returns the same initiatives for the same queries, with no limit on
 * free-text hits (rankings differ by design; the sets of matches should not), and writes what
 * differs to a Markdown table. The scan and H2 apply exactly the SDK's matching rule, so they must
 * agree; Lucene's differences are reported, not failed, since its analyzer (no stemmer) differs.
 */
final class EngineAgreement {
  private static final Set<String> EXACT = Set.of("scan", "h2");

  private EngineAgreement() {}

  /** The header of the agreement table. */
  static List<String> header() {
    return List.of("| Size | Query | Engine | Matches | Same as xmess | Only in xmess | Only in engine |",
        "|---:|---|---|---:|---|---:|---:|");
  }

  /**
   * The table rows comparing each engine's {@link #answers} with the SDK's, and whether the engines
   * that apply the SDK's own matching rule (scan, H2) agree exactly.
   */
  static boolean compare(int size, Map<String, Map<String, Object>> answers, List<String> rows) {
    boolean exactAgree = true;
    Map<String, Object> reference = answers.get("xmess");
    for (String query : reference.keySet()) {
      for (String name : answers.keySet()) {
        if (name.equals("xmess")) {
          continue;
        }
        Object mine = reference.get(query);
        Object theirs = answers.get(name).get(query);
        boolean same = Objects.equals(mine, theirs);
        exactAgree &= same || !EXACT.contains(name);
        rows.add(row(size, query, name, mine, theirs, same));
      }
    }
    return exactAgree;
  }

  /** What {@code engine} answers to every query, free-text hits without limit. */
  static Map<String, Object> answers(Engine engine, int size) {
    Map<String, Object> answers = new LinkedHashMap<>();
    Object found = engine.byId(Queries.idFor(size));
    answers.put("byId", found == null ? Set.of() : Set.of(Queries.idFor(size)));
    answers.put("twoFilters", engine.twoFilters(Queries.CATEGORY, Queries.THEME));
    answers.put("freeText", new TreeSet<>(engine.freeText(Queries.FREE_TEXT, Integer.MAX_VALUE)));
    Engine.Faceted faceted = engine.textFilterFacets(Queries.FILTERED_TEXT, Queries.CATEGORY, Integer.MAX_VALUE);
    answers.put("textFilter", new TreeSet<>(faceted.ids()));
    answers.put("facets", faceted.facets());
    return answers;
  }

  private static String row(int size, String query, String engine, Object mine, Object theirs, boolean same) {
    if (mine instanceof java.util.Collection<?> a && theirs instanceof java.util.Collection<?> b) {
      long onlyMine = a.stream().filter(x -> !b.contains(x)).count();
      long onlyTheirs = b.stream().filter(x -> !a.contains(x)).count();
      return String.format("| %d | %s | %s | %d | %s | %d | %d |", size, query, engine, b.size(),
          same ? "yes" : "**no**", onlyMine, onlyTheirs);
    }
    return String.format("| %d | %s | %s | — | %s | — | — |", size, query, engine, same ? "yes" : "**no**");
  }
}
