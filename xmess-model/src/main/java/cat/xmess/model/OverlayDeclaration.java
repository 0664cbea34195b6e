package cat.xmess.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What makes a catalog file an overlay that may replace records of the layers below it. Without
 * this declaration an overlay can only add records: a record whose id is already present is a
 * conflict, never a silent replacement.
 *
 * @param replaces the records this overlay replaces, each as {@code initiatives/<id>}, {@code
 *     memberBodies/<id>} or {@code sources/<id>}; each must name a record of a lower layer that this
 *     overlay also holds
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record OverlayDeclaration(
    List<@NotBlank @Pattern(regexp = Patterns.RECORD_REFERENCE) String> replaces) {

  /**
   * Normalises an absent list to an empty, unmodifiable one.
   *
   * @param replaces the records replaced, each as {@code initiatives/<id>}, {@code
   *     memberBodies/<id>} or {@code sources/<id>}; {@code null} or empty to replace none
   */
  public OverlayDeclaration {
    replaces = Lists.copy(replaces);
  }
}
