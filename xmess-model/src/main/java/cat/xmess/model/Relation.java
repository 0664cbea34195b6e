package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The network's relation with another network or an administration.
 *
 * @param id stable key
 * @param body name of the other body
 * @param description the relation, in the catalog's own words
 * @param sourceIds ids of supporting sources
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Relation(
    @NotBlank @Pattern(regexp = Patterns.KEY) String id,
    @NotBlank String body,
    @NotNull @Valid LocalizedText description,
    List<@NotBlank String> sourceIds) {

  /**
   * Normalises an absent list to an empty, unmodifiable one.
   *
   * @param id stable kebab-case key; required
   * @param body name of the other network or administration; required
   * @param description the relation, in the catalog's own words; required
   * @param sourceIds ids of the supporting sources; {@code null} for none
   */
  public Relation {
    sourceIds = Lists.copy(sourceIds);
  }
}
