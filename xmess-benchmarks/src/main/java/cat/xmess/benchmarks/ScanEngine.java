package cat.xmess.benchmarks;

import cat.xmess.catalog.internal.search.TextFolding;
import cat.xmess.model.Catalog;
import cat.xmess.model.Initiative;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a user without the SDK's indexes would write: a stream over the records for every query.
 * Text is folded on the fly with the SDK's own folding, so that the scan matches exactly the words
 * the SDK matches (every word, as a word or a word prefix of three letters or more).
 */
public final class ScanEngine implements Engine {
  private final List<Initiative> initiatives;
  private final RecordTexts texts;

  /** Scans the initiatives of {@code catalog}. */
  public ScanEngine(Catalog catalog) {
    this.initiatives = catalog.initiatives();
    this.texts = new RecordTexts(catalog);
  }

  @Override
  public String name() {
    return "scan";
  }

  @Override
  public Object byId(String id) {
    return initiatives.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
  }

  @Override
  public List<String> twoFilters(String category, String theme) {
    return initiatives.stream()
        .filter(i -> i.category().equals(category) && i.themes().contains(theme))
        .map(Initiative::id)
        .toList();
  }

  @Override
  public List<String> freeText(String text, int limit) {
    return ranked(initiatives.stream(), text, limit);
  }

  @Override
  public Faceted textFilterFacets(String text, String category, int limit) {
    List<String> ids = ranked(initiatives.stream().filter(i -> i.category().equals(category)), text, limit);
    Map<String, Map<String, Integer>> facets = new HashMap<>();
    initiatives.stream().filter(i -> i.category().equals(category)).forEach(i ->
        texts.facets(i).forEach((facet, values) -> {
          for (String value : values) {
            facets.computeIfAbsent(facet.code(), f -> new HashMap<>()).merge(value, 1, Integer::sum);
          }
        }));
    return new Faceted(ids, facets);
  }

  private record Scored(Initiative initiative, int score) {}

  /** Matches, best first: by query words found in the title, then catalog order. */
  private List<String> ranked(Stream<Initiative> candidates, String text, int limit) {
    List<String> query = TextFolding.terms(text);
    return candidates
        .map(i -> new Scored(i, score(i, query)))
        .filter(s -> s.score() >= 0)
        .sorted(Comparator.comparingInt(Scored::score).reversed())
        .limit(limit)
        .map(s -> s.initiative().id())
        .toList();
  }

  /** -1 when some word is missing, else the number of words also found in the title. */
  private int score(Initiative it, List<String> query) {
    Set<String> all = terms(texts.texts(it));
    for (String word : query) {
      if (!matches(all, word)) {
        return -1;
      }
    }
    Set<String> title = terms(RecordTexts.titles(it));
    return (int) query.stream().filter(word -> matches(title, word)).count();
  }

  private static boolean matches(Set<String> terms, String word) {
    return terms.contains(word) || (word.length() >= 3 && terms.stream().anyMatch(t -> t.startsWith(word)));
  }

  private static Set<String> terms(List<String> texts) {
    Set<String> terms = new HashSet<>();
    texts.stream().filter(Objects::nonNull).forEach(t -> terms.addAll(TextFolding.terms(t)));
    return terms;
  }
}
