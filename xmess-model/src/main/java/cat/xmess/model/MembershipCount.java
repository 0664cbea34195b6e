package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A count of the network's members reported at some date.
 *
 * @param date when the count was reported (ISO 8601, year, month or day precision)
 * @param members number of members, or {@code null} when the source gives no exact number
 * @param note what the count covers
 * @param sourceIds ids of supporting sources
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record MembershipCount(
    @NotBlank @Pattern(regexp = Patterns.PARTIAL_DATE) String date,
    @Min(0) @Nullable Integer members,
    @Valid @Nullable LocalizedText note,
    List<@NotBlank String> sourceIds) {

  /**
   * Normalises an absent list to an empty, unmodifiable one.
   *
   * @param date when the count was reported, ISO 8601 of year, month or day precision; required
   * @param members number of members (0 or more), or {@code null} when the source gives no exact
   *     number
   * @param note what the count covers, or {@code null}
   * @param sourceIds ids of the supporting sources; {@code null} for none
   */
  public MembershipCount {
    sourceIds = Lists.copy(sourceIds);
  }
}
