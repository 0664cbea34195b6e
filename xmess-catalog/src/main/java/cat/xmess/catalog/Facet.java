package cat.xmess.catalog;

import cat.xmess.model.WireCode;
import org.apiguardian.api.API;

/** A dimension along which initiatives can be filtered and counted. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Facet implements WireCode {
  /** ABC policy category code. */
  CATEGORY("category"),
  /** Policy instrument code. */
  INSTRUMENT("instrument"),
  /** Administration role code. */
  ROLE("role"),
  /** Theme code. */
  THEME("theme"),
  /** Target group code. */
  TARGET_GROUP("target-group"),
  /** SDG code. */
  SDG("sdg"),
  /** Id of a participating member body (lead or co-participant). */
  MEMBER_BODY("member-body"),
  /** Idescat code of the comarca of a participating member body. */
  COMARCA("comarca"),
  /** Province code of a participating member body. */
  PROVINCE("province"),
  /** Start year. */
  YEAR("year"),
  /** Confidence in the facts. */
  CONFIDENCE("confidence");

  private final String code;

  Facet(String code) {
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
