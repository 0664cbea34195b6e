package cat.xmess.catalog;

import cat.xmess.model.WireCode;
import org.apiguardian.api.API;

/** A dimension along which initiatives can be filtered and counted. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Facet implements WireCode {
  /** ABC policy category code. */
  CATEGORY,
  /** Policy instrument code. */
  INSTRUMENT,
  /** Administration role code. */
  ROLE,
  /** Theme code. */
  THEME,
  /** Target group code. */
  TARGET_GROUP,
  /** SDG code. */
  SDG,
  /** Id of a participating member body (lead or co-participant). */
  MEMBER_BODY,
  /** Idescat code of the comarca of a participating member body. */
  COMARCA,
  /** Province code of a participating member body. */
  PROVINCE,
  /** Start year. */
  YEAR,
  /** Confidence in the facts. */
  CONFIDENCE;

  @Override
  public String toString() {
    return code();
  }
}
