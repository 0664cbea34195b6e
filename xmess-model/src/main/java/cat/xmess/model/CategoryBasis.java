package cat.xmess.model;

import org.apiguardian.api.API;

/** Where a record's ABC policy category comes from. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum CategoryBasis implements WireCode {
  /** Taken from the ABC guide. */
  GUIDE,
  /** Inferred by the catalog's editors; the guide's own assignment is unknown. */
  INFERRED;

  @Override
  public String toString() {
    return code();
  }
}
