package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A governing body of the network, such as the General Assembly.
 *
 * @param id stable key
 * @param name name of the body
 * @param role what it does
 * @param sourceIds ids of supporting sources
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record GovernanceBody(
    @NotBlank @Pattern(regexp = Patterns.KEY) String id,
    @NotNull @Valid LocalizedText name,
    @NotNull @Valid LocalizedText role,
    List<@NotBlank String> sourceIds) {

  /**
   * Normalises an absent list to an empty, unmodifiable one.
   *
   * @param id stable kebab-case key; required
   * @param name name of the body, such as the General Assembly; required
   * @param role what it does; required
   * @param sourceIds ids of the supporting sources; {@code null} for none
   */
  public GovernanceBody {
    sourceIds = Lists.copy(sourceIds);
  }
}
