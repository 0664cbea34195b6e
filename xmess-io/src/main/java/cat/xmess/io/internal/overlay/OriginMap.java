package cat.xmess.io.internal.overlay;

import cat.xmess.catalog.CatalogLayer;
import cat.xmess.catalog.ValidationError;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Translates a JSON Pointer into the merged catalog to the file a record came from and the
 * record's pointer there: {@code /initiatives/37/themes/0} of the merged catalog may be {@code
 * /initiatives/2/themes/0} of {@code council.json}. Pointers outside the record lists (metadata,
 * network) belong to the base.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class OriginMap {
  private final CatalogLayer base;
  private final Map<String, List<Layered<?>>> lists;

  OriginMap(CatalogLayer base, Map<String, List<Layered<?>>> lists) {
    this.base = base;
    this.lists = lists;
  }

  /** {@code error}, located in the file its record came from. */
  public ValidationError locate(ValidationError error) {
    String pointer = error.pointer();
    for (Map.Entry<String, List<Layered<?>>> list : lists.entrySet()) {
      String prefix = list.getKey() + "/";
      if (!pointer.startsWith(prefix)) {
        continue;
      }
      String rest = pointer.substring(prefix.length());
      int slash = rest.indexOf('/');
      String index = slash < 0 ? rest : rest.substring(0, slash);
      try {
        Layered<?> origin = list.getValue().get(Integer.parseInt(index));
        return error.at(origin.layer().name(), origin.pointer() + (slash < 0 ? "" : rest.substring(slash)));
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        break;
      }
    }
    return error.at(base.name(), pointer);
  }
}
