package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The composition of the Executive Commission for one mandate (municipalities only, never people).
 *
 * @param period the mandate's years, for example {@code 2023-2027}
 * @param elected date of election or approval, or {@code null}
 * @param seats seats known for the mandate
 * @param notes gaps and caveats, or {@code null}
 * @param sourceIds ids of supporting sources
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ExecutiveTerm(
    @NotBlank @Pattern(regexp = Patterns.PERIOD) String period,
    @Pattern(regexp = Patterns.PARTIAL_DATE) @Nullable String elected,
    List<@NotNull @Valid ExecutiveSeat> seats,
    @Valid @Nullable LocalizedText notes,
    List<@NotBlank String> sourceIds) {

  /**
   * Normalises absent lists to empty, unmodifiable ones.
   *
   * @param period the mandate's years, such as {@code 2023-2027}; required
   * @param elected date of election or approval, ISO 8601 of year, month or day precision, or
   *     {@code null}
   * @param seats seats known for the mandate; {@code null} for none
   * @param notes gaps and caveats, or {@code null}
   * @param sourceIds ids of the supporting sources; {@code null} for none
   */
  public ExecutiveTerm {
    seats = Lists.copy(seats);
    sourceIds = Lists.copy(sourceIds);
  }
}
