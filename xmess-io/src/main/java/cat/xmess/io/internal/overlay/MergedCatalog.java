package cat.xmess.io.internal.overlay;

import cat.xmess.catalog.CatalogLayer;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.ValidationError;
import cat.xmess.model.Catalog;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The outcome of a merge: the merged model, its layers, the provenance of every record, and the
 * conflicts found (if any, the merged model must not be used).
 *
 * @param catalog the merged model
 * @param layers base first, then the overlays
 * @param provenance per record type (sources included), each id's layer
 * @param origins where each merged record came from
 * @param conflicts the conflicts between layers, located in their files
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public record MergedCatalog(
    Catalog catalog,
    List<CatalogLayer> layers,
    Map<RecordType, Map<String, CatalogLayer>> provenance,
    OriginMap origins,
    List<ValidationError> conflicts) {

  /** {@code error}, found in the merged catalog, located in the file its record came from. */
  public ValidationError locate(ValidationError error) {
    return origins.locate(error);
  }
}
