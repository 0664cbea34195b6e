package cat.xmess.spring.boot;

import java.util.List;
import org.apiguardian.api.API;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the auto-configured catalog, under the prefix {@code xmess}.
 *
 * <pre>{@code
 * xmess.overlays=/srv/council/overlay.json,classpath:xmess/district.json
 * }</pre>
 *
 * @param overlays overlay files merged onto the bundled catalog, in this order: a file path
 *     (relative to the working directory), or {@code classpath:} followed by the name of a
 *     resource that lies in a directory of the class path (not inside a jar); empty for the bundled
 *     catalog alone
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@ConfigurationProperties("xmess")
public record XmessProperties(List<String> overlays) {

  /**
   * Replaces a missing list with an empty one and copies the list.
   *
   * @param overlays the overlay locations, or {@code null} for none
   */
  public XmessProperties {
    overlays = overlays == null ? List.of() : List.copyOf(overlays);
  }
}
