package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A publication of the network.
 *
 * @param id stable key
 * @param title the publication's own title, in its language
 * @param date publication date, or {@code null} when unconfirmed
 * @param publisher who published it
 * @param description what it is, in the catalog's own words
 * @param sourceIds ids of supporting sources
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Publication(
    @NotBlank @Pattern(regexp = Patterns.KEY) String id,
    @NotBlank String title,
    @Pattern(regexp = Patterns.PARTIAL_DATE) @Nullable String date,
    @NotBlank String publisher,
    @NotNull @Valid LocalizedText description,
    List<@NotBlank String> sourceIds) {

  /**
   * Normalises an absent list to an empty, unmodifiable one.
   *
   * @param id stable kebab-case key; required
   * @param title the publication's own title, in its language; required
   * @param date publication date, ISO 8601 of year, month or day precision, or {@code null} when
   *     unconfirmed
   * @param publisher who published it; required
   * @param description what it is, in the catalog's own words; required
   * @param sourceIds ids of the supporting sources; {@code null} for none
   */
  public Publication {
    sourceIds = Lists.copy(sourceIds);
  }
}
