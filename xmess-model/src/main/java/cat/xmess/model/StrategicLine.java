package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A strategic line of one of the network's work plans, with the actions reported under it.
 *
 * @param id stable key
 * @param period the plan's years, for example {@code 2017-2019}
 * @param title title of the line
 * @param description what it is about, or {@code null}
 * @param actions sub-actions and outputs reported
 * @param sourceIds ids of supporting sources
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record StrategicLine(
    @NotBlank @Pattern(regexp = Patterns.KEY) String id,
    @NotBlank @Pattern(regexp = Patterns.PERIOD) String period,
    @NotNull @Valid LocalizedText title,
    @Valid @Nullable LocalizedText description,
    List<@NotNull @Valid LocalizedText> actions,
    List<@NotBlank String> sourceIds) {

  /**
   * Normalises absent lists to empty, unmodifiable ones.
   *
   * @param id stable kebab-case key; required
   * @param period the plan's years, such as {@code 2017-2019}; required
   * @param title title of the line; required
   * @param description what it is about, or {@code null}
   * @param actions sub-actions and outputs reported under it; {@code null} for none
   * @param sourceIds ids of the supporting sources; {@code null} for none
   */
  public StrategicLine {
    actions = Lists.copy(actions);
    sourceIds = Lists.copy(sourceIds);
  }
}
