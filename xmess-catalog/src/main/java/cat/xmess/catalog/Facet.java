package cat.xmess.catalog;

import cat.xmess.model.CodelistKind;
import cat.xmess.model.WireCode;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A dimension along which initiatives can be filtered and counted. A coded facet has the name of
 * its {@link RecordType} and {@link #codelist()} (one name per concept since 0.2.0: {@code
 * POLICY_CATEGORY} was {@code CATEGORY}, {@code POLICY_INSTRUMENT} was {@code INSTRUMENT}, {@code
 * ADMINISTRATION_ROLE} was {@code ROLE}). The catalog format's fields keep their schema 1.x names
 * ({@code category}, {@code instruments}, {@code roles}), and so do the model records that mirror
 * them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Facet implements WireCode {
  /** ABC policy category code. */
  POLICY_CATEGORY(CodelistKind.POLICY_CATEGORIES),
  /** Policy instrument code. */
  POLICY_INSTRUMENT(CodelistKind.POLICY_INSTRUMENTS),
  /** Administration role code. */
  ADMINISTRATION_ROLE(CodelistKind.ADMINISTRATION_ROLES),
  /** Theme code. */
  THEME(CodelistKind.THEMES),
  /** Target group code. */
  TARGET_GROUP(CodelistKind.TARGET_GROUPS),
  /** SDG code. */
  SDG(CodelistKind.SDGS),
  /** Id of a participating member body (lead or co-participant). */
  MEMBER_BODY(null),
  /** Idescat code of the comarca of a participating member body. */
  COMARCA(null),
  /** Province code of a participating member body. */
  PROVINCE(null),
  /** Start year. */
  YEAR(null),
  /** Confidence in the facts. */
  CONFIDENCE(null);

  private final @Nullable CodelistKind codelist;

  Facet(@Nullable CodelistKind codelist) {
    this.codelist = codelist;
  }

  /**
   * {@return the codelist whose codes this facet's values are} Empty for the facets whose values are
   * not codelist codes: member body ids, comarca and province codes, years and confidence levels.
   * {@link XmessCatalog#codes(CodelistKind)} lists the codes a query may use.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public Optional<CodelistKind> codelist() {
    return Optional.ofNullable(codelist);
  }

  @Override
  public String toString() {
    return code();
  }
}
