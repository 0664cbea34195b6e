package cat.xmess.catalog;

import cat.xmess.model.WireCode;
import org.apiguardian.api.API;

/** The layer of validation that found an error, in the order the layers run. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ValidationLayer implements WireCode {
  /** Reading the input: I/O, JSON syntax, duplicate keys, size limits. */
  SYNTAX,
  /** The published JSON Schema of the catalog format. */
  SCHEMA,
  /** The model's bean constraints (Jakarta Validation). */
  CONSTRAINTS,
  /** Merging overlays onto a catalog: ids, codes and namespaces that clash between layers. */
  MERGE,
  /** Catalog integrity: unique ids, references that resolve, complete labels, official codes. */
  INTEGRITY;

  @Override
  public String toString() {
    return code();
  }
}
