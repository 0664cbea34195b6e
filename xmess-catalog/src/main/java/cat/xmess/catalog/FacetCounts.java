package cat.xmess.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How many initiatives of a result have each value of each {@link Facet}, with the value's label.
 * Values with no initiative are left out; within a facet, values are ordered by descending count,
 * then by value.
 *
 * @param total number of initiatives counted
 * @param values per facet, its values with their labels and counts (since 0.2.0; was {@code
 *     counts}, value to count, which {@link #of(Facet)} still gives)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FacetCounts(int total, Map<Facet, List<FacetValue>> values) {

  /**
   * Copies {@code values}; every facet is present, possibly with no values.
   *
   * @param total number of initiatives counted
   * @param values per facet, its values in the order to keep; a facet left out has no values
   */
  public FacetCounts {
    EnumMap<Facet, List<FacetValue>> copy = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      List<FacetValue> counted = values.get(facet);
      copy.put(facet, counted == null ? List.of() : List.copyOf(counted));
    }
    values = Collections.unmodifiableMap(copy);
  }

  /**
   * {@return the values of {@code facet} with their labels and counts, by descending count then
   * value; empty when no initiative counted has one}
   *
   * @param facet the facet
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public List<FacetValue> values(Facet facet) {
    return Objects.requireNonNull(values.get(Objects.requireNonNull(facet, "facet")), "every facet is present");
  }

  /**
   * {@return value to count for {@code facet}, by descending count then value; empty when no
   * initiative counted has a value}
   *
   * @param facet the facet
   */
  public Map<String, Integer> of(Facet facet) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (FacetValue value : values(facet)) {
      counts.put(value.code(), value.count());
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * {@return how many initiatives counted have {@code value} for {@code facet}; 0 if none}
   *
   * @param facet the facet
   * @param value the value, such as a theme code
   */
  public int count(Facet facet, String value) {
    for (FacetValue counted : values(facet)) {
      if (counted.code().equals(value)) {
        return counted.count();
      }
    }
    return 0;
  }
}
