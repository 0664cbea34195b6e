package cat.xmess.spring.boot;

import cat.xmess.catalog.CatalogLayer;
import cat.xmess.catalog.XmessCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds the catalog to Actuator's {@code info} endpoint, under {@code xmess}:
 *
 * <pre>{@code
 * "xmess": {"dataVersion": "1.1.0", "schemaVersion": "1.2.0", "layers": ["bundled", "/srv/council/overlay.json"]}
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public class XmessInfoContributor implements InfoContributor {
  private final XmessCatalog catalog;

  /**
   * A contributor describing {@code catalog}.
   *
   * @param catalog the application's catalog
   */
  public XmessInfoContributor(XmessCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * Adds the {@code xmess} detail: {@code dataVersion}, {@code schemaVersion} and {@code layers},
   * the names of the catalog's layers, base first.
   *
   * @param builder the {@code info} endpoint's builder
   */
  @Override
  public void contribute(Info.Builder builder) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("dataVersion", catalog.metadata().dataVersion());
    detail.put("schemaVersion", catalog.metadata().schemaVersion());
    List<String> layers = catalog.layers().stream().map(CatalogLayer::name).toList();
    detail.put("layers", layers);
    builder.withDetail("xmess", detail);
  }
}
