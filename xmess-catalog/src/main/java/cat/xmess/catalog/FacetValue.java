package cat.xmess.catalog;

import cat.xmess.model.LocalizedText;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One value of a facet with its label and how many initiatives have it, as {@link
 * FacetCounts#values(Facet)} lists them: what a filter panel shows ("Habitatge (12)") and what it
 * sends back ({@code code}) when the value is picked.
 *
 * @param code the value as filters take it: a code, a member body id, a comarca or province code, a
 *     year, a confidence level
 * @param label its name in ca, es and en: the codelist label, the member body's or comarca's name,
 *     the province's name, the year itself, or the confidence level's name
 * @param count number of initiatives counted that have it, at least 1
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public record FacetValue(String code, LocalizedText label, int count) {
  /**
   * Checks the arguments.
   *
   * @param code the value as filters take it
   * @param label its name in ca, es and en
   * @param count number of initiatives counted that have it, at least 1
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public FacetValue {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
  }
}
