package cat.xmess.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A source that catalog records cite by id.
 *
 * @param id stable id, for example {@code S01}
 * @param title the source's title, or a descriptive title in square brackets
 * @param publisher who published it, or {@code null}
 * @param urls where it was read, main address first; empty for sources known only by outlet and
 *     date
 * @param date publication date (ISO 8601, year, month or day precision), or {@code null}
 * @param supports which facts it supports, in brief, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Source(
    @NotBlank @Pattern(regexp = Patterns.SOURCE_ID) String id,
    @NotBlank String title,
    @Pattern(regexp = Patterns.NOT_BLANK) String publisher,
    List<@NotBlank @Pattern(regexp = "^https?://\\S+$") String> urls,
    @Pattern(regexp = Patterns.PARTIAL_DATE) String date,
    @Pattern(regexp = Patterns.NOT_BLANK) String supports) {

  /**
   * Normalises an absent list to an empty, unmodifiable one.
   *
   * @param id stable id that records cite, such as {@code S01}; required
   * @param title the source's title, or a descriptive title in square brackets; required
   * @param publisher who published it, or {@code null}
   * @param urls {@code http} or {@code https} addresses, main one first; {@code null} for a source
   *     known only by outlet and date
   * @param date publication date, ISO 8601 of year, month or day precision, or {@code null}
   * @param supports which facts it supports, in brief, or {@code null}
   */
  public Source {
    urls = Lists.copy(urls);
  }
}
