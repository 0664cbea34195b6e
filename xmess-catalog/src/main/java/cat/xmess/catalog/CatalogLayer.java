package cat.xmess.catalog;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One layer of a catalog: the base catalog (index 0) or an overlay merged onto it (index 1, 2...,
 * in the order given). Every record of a merged catalog comes from exactly one layer; see {@link
 * XmessCatalog#provenance(RecordType, String)}.
 *
 * @param index position of the layer, 0 for the base
 * @param name {@code bundled} for the catalog shipped with the SDK, the file's path as given for a
 *     file, or {@code catalog} / {@code overlay-<index>} for catalogs read from streams or built in
 *     Java
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CatalogLayer(int index, String name) {

  /** Name of the layer of the catalog shipped with the SDK. */
  public static final String BUNDLED = "bundled";

  /**
   * Checks the parts.
   *
   * @param index position of the layer, 0 for the base
   * @param name the layer's name: {@link #BUNDLED}, a file path, {@code catalog} or {@code
   *     overlay-<index>}
   * @throws NullPointerException if {@code name} is {@code null}
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public CatalogLayer {
    Objects.requireNonNull(name, "name");
    if (index < 0) {
      throw new IllegalArgumentException("index < 0: " + index);
    }
  }

  /** {@return whether this is the base catalog (index 0) rather than an overlay} */
  public boolean isBase() {
    return index == 0;
  }
}
