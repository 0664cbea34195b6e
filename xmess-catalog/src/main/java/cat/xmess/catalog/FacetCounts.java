package cat.xmess.catalog;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How many initiatives of a result have each value of each {@link Facet}. Values with no
 * initiative are left out; within a facet, values are ordered by descending count, then by value.
 *
 * @param total number of initiatives counted
 * @param counts per facet, value to count
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FacetCounts(int total, Map<Facet, Map<String, Integer>> counts) {

  /**
   * Copies {@code counts}; every facet is present, possibly with no values.
   *
   * @param total number of initiatives counted
   * @param counts per facet, value to count, in the order to keep; {@code null}, or a facet left
   *     out, for no values
   */
  public FacetCounts {
    EnumMap<Facet, Map<String, Integer>> copy = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      Map<String, Integer> values = counts == null ? null : counts.get(facet);
      // Map.copyOf would lose the order by count, so keep an unmodifiable view of a private copy.
      copy.put(
          facet,
          values == null
              ? Map.of()
              : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values)));
    }
    counts = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * {@return the counts of one facet, value to count, most frequent first; empty when no counted
   * initiative has a value of it}
   *
   * @param facet the facet
   */
  public Map<String, Integer> of(Facet facet) {
    return counts.getOrDefault(Objects.requireNonNull(facet, "facet"), Map.of());
  }

  /**
   * {@return the number of counted initiatives with {@code value} in {@code facet}, 0 if none}
   *
   * @param facet the facet
   * @param value a code, id or year as the facet holds it, for example {@code housing}
   */
  public int count(Facet facet, String value) {
    return of(facet).getOrDefault(value, 0);
  }
}
