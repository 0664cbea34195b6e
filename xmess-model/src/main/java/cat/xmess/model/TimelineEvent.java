package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An event in the network's history.
 *
 * @param date when it happened (ISO 8601, year, month or day precision)
 * @param place where, or {@code null}
 * @param description what happened
 * @param memberBodies ids of the member bodies involved (hosts, new members)
 * @param sourceIds ids of supporting sources
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record TimelineEvent(
    @NotBlank @Pattern(regexp = Patterns.PARTIAL_DATE) String date,
    @Pattern(regexp = Patterns.NOT_BLANK) @Nullable String place,
    @NotNull @Valid LocalizedText description,
    List<@NotBlank @Pattern(regexp = Patterns.KEY) String> memberBodies,
    List<@NotBlank String> sourceIds) {

  /**
   * Normalises absent lists to empty, unmodifiable ones.
   *
   * @param date when it happened, ISO 8601 of year, month or day precision; required
   * @param place where it happened, or {@code null}
   * @param description what happened; required
   * @param memberBodies ids of the member bodies involved, such as hosts or new members; {@code
   *     null} for none
   * @param sourceIds ids of the supporting sources; {@code null} for none
   */
  public TimelineEvent {
    memberBodies = Lists.copy(memberBodies);
    sourceIds = Lists.copy(sourceIds);
  }
}
