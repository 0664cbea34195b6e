package cat.xmess.benchmarks;

import java.util.List;
import java.util.Map;

/** The four queries of the benchmark, as one engine answers them. */
public interface Engine extends AutoCloseable {

  /** The engine's name in reports. */
  String name();

  /** The initiative with {@code id} (its title or record), or {@code null}. */
  Object byId(String id);

  /** Ids of the initiatives of {@code category} with theme {@code theme}, in catalog order. */
  List<String> twoFilters(String category, String theme);

  /** Ids of the best {@code limit} initiatives matching every word of {@code text}. */
  List<String> freeText(String text, int limit);

  /**
   * The best {@code limit} initiatives of {@code category} matching {@code text}, and the facet
   * counts of all initiatives of {@code category}.
   */
  Faceted textFilterFacets(String text, String category, int limit);

  /** Hits and facet counts (facet code, then value, then count). */
  record Faceted(List<String> ids, Map<String, Map<String, Integer>> facets) {}

  @Override
  default void close() throws Exception {}
}
