package cat.xmess.benchmarks;

import cat.xmess.model.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that every engine returns the same initiatives for the same queries, with no limit on
 * free-text hits (rankings differ by design; the sets of matches should not), and writes what
 * differs to a Markdown file. Exits with 1 when the SDK disagrees with the scan or H2, which apply
 * exactly the SDK's matching rule; Lucene's differences are reported, not failed, since its
 * analyzer (no stemmer) is meant to differ.
 */
public final class EngineAgreement {
  private static final List<String> ENGINES = List.of("xmess", "scan", "h2", "lucene");
  private static final Set<String> EXACT = Set.of("scan", "h2");

  private EngineAgreement() {}

  /** Arguments: output file, then sizes. */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    List<String> lines = new ArrayList<>();
    boolean exactAgree = true;
    lines.add("| Size | Query | Engine | Matches | Same as xmess | Only in xmess | Only in engine |");
    lines.add("|---:|---|---|---:|---|---:|---:|");
    for (int i = 1; i < args.length; i++) {
      int size = Integer.parseInt(args[i]);
      Catalog catalog = Fixtures.model(size);
      Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
      for (String name : ENGINES) {
        try (Engine engine = Fixtures.engine(name, catalog)) {
          answers.put(name, answers(engine, size));
        }
      }
      Map<String, Object> reference = answers.get("xmess");
      for (String query : reference.keySet()) {
        for (String name : ENGINES.subList(1, ENGINES.size())) {
          Object mine = reference.get(query);
          Object theirs = answers.get(name).get(query);
          boolean same = Objects.equals(mine, theirs);
          exactAgree &= same || !EXACT.contains(name);
          lines.add(row(size, query, name, mine, theirs, same));
        }
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, lines);
    lines.forEach(System.out::println);
    if (!exactAgree) {
      System.err.println("The SDK disagrees with the scan or H2: see " + out);
      System.exit(1);
    }
  }

  private static Map<String, Object> answers(Engine engine, int size) {
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
