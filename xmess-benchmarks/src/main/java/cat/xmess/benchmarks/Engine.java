package cat.xmess.benchmarks;

import java.util.List;
import java.util.Map;

/** The queries of the benchmark mix ({@link QueryMix}), as one engine answers them. */
public interface Engine extends AutoCloseable {

  /** The engine's name in reports. */
  String name();

  /** The initiative with {@code id} (its title or record), or {@code null}. */
  Object byId(String id);

  /** Ids of the initiatives of {@code category} with theme {@code theme}, in catalog order. */
  List<String> twoFilters(String category, String theme);

  /**
   * Ids of the best {@code limit} initiatives matching every word of {@code text}, among those of
   * {@code category} when it is not null, best first.
   */
  List<String> search(String text, String category, int limit);

  /** The facet counts (facet code, then value, then count) of the initiatives of {@code category}. */
  Map<String, Map<String, Integer>> facets(String category);

  @Override
  default void close() throws Exception {}
}
