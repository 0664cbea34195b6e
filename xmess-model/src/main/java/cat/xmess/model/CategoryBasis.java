package cat.xmess.model;

import org.apiguardian.api.API;

/** Where a record's ABC policy category comes from. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum CategoryBasis implements WireCode {
  /** Taken from the ABC guide. */
  GUIDE("guide"),
  /** Inferred by the catalog's editors; the guide's own assignment is unknown. */
  INFERRED("inferred");

  private final String code;

  CategoryBasis(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
