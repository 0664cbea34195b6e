package cat.xmess.catalog;

import cat.xmess.model.CodelistKind;
import cat.xmess.model.WireCode;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of record a catalog holds, each named by its own id or code: what {@link
 * XmessCatalog#provenance} tells the layer of, and (all but {@link #SOURCE}) what a search can
 * return.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum RecordType implements WireCode {
  /** A municipal initiative. */
  INITIATIVE("initiative", null),
  /** A member body of the network. */
  MEMBER_BODY("member-body", null),
  /** An ABC policy category. */
  POLICY_CATEGORY("policy-category", CodelistKind.POLICY_CATEGORIES),
  /** An administration role. */
  ADMINISTRATION_ROLE("administration-role", CodelistKind.ADMINISTRATION_ROLES),
  /** A policy instrument type. */
  POLICY_INSTRUMENT("policy-instrument", CodelistKind.POLICY_INSTRUMENTS),
  /** A theme. */
  THEME("theme", CodelistKind.THEMES),
  /** A target group. */
  TARGET_GROUP("target-group", CodelistKind.TARGET_GROUPS),
  /** An entity form. */
  ENTITY_FORM("entity-form", CodelistKind.ENTITY_FORMS),
  /** A Sustainable Development Goal. */
  SDG("sdg", CodelistKind.SDGS),
  /**
   * A source that records cite. Not searched: {@link XmessCatalog#source(String)} finds one by id.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  SOURCE("source", null);

  private final String code;
  private final @Nullable CodelistKind codelist;

  RecordType(String code, @Nullable CodelistKind codelist) {
    this.code = code;
    this.codelist = codelist;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * {@return the codelist whose entries have this type; empty for {@link #INITIATIVE}, {@link
   * #MEMBER_BODY} and {@link #SOURCE}}
   */
  public Optional<CodelistKind> codelist() {
    return Optional.ofNullable(codelist);
  }

  /**
   * {@return the record type of the entries of {@code kind}}
   *
   * @param kind a codelist
   * @throws NullPointerException if {@code kind} is {@code null} (initiatives, which belong to no
   *     codelist, are not its record type)
   */
  public static RecordType of(CodelistKind kind) {
    Objects.requireNonNull(kind, "kind");
    for (RecordType type : values()) {
      if (type.codelist == kind) {
        return type;
      }
    }
    throw new IllegalArgumentException("No record type for " + kind);
  }

  @Override
  public String toString() {
    return code;
  }
}
