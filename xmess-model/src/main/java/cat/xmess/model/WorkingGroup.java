package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A working group of the network.
 *
 * @param id stable key
 * @param period years in which the group is reported, for example {@code 2017-2019}
 * @param name name of the group
 * @param description what it did, or {@code null}
 * @param confidence how well the group is established
 * @param sourceIds ids of supporting sources
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record WorkingGroup(
    @NotBlank @Pattern(regexp = Patterns.KEY) String id,
    @NotBlank @Pattern(regexp = Patterns.PERIOD) String period,
    @NotNull @Valid LocalizedText name,
    @Valid @Nullable LocalizedText description,
    @NotNull Confidence confidence,
    List<@NotBlank String> sourceIds) {

  /**
   * Normalises an absent list to an empty, unmodifiable one.
   *
   * @param id stable kebab-case key; required
   * @param period years in which the group is reported, such as {@code 2017-2019}; required
   * @param name name of the group; required
   * @param description what it did, or {@code null}
   * @param confidence how well the group is established; required
   * @param sourceIds ids of the supporting sources; {@code null} for none
   */
  public WorkingGroup {
    sourceIds = Lists.copy(sourceIds);
  }
}
