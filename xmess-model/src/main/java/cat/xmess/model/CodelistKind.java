package cat.xmess.model;

import org.apiguardian.api.API;

/** The codelists of a catalog, each with its stable code and its field name in the catalog format. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum CodelistKind implements WireCode {
  /** The ABC guide's policy categories. */
  POLICY_CATEGORIES("policy-category", "policyCategories"),
  /** Roles the administration plays (Diputació de Barcelona typology). */
  ADMINISTRATION_ROLES("administration-role", "administrationRoles"),
  /** Types of concrete policy instrument. */
  POLICY_INSTRUMENTS("policy-instrument", "policyInstruments"),
  /** Thematic sectors. */
  THEMES("theme", "themes"),
  /** Groups a policy is aimed at. */
  TARGET_GROUPS("target-group", "targetGroups"),
  /** Legal families of social and solidarity economy entities. */
  ENTITY_FORMS("entity-form", "entityForms"),
  /** UN Sustainable Development Goals. */
  SDGS("sdg", "sdgs");

  private final String code;
  private final String fieldName;

  CodelistKind(String code, String fieldName) {
    this.code = code;
    this.fieldName = fieldName;
  }

  /** Singular kebab-case name of one entry's type, for example {@code policy-instrument}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * {@return the list's field name inside {@code codelists} in the catalog format, for example
   * {@code policyInstruments}}
   */
  public String fieldName() {
    return fieldName;
  }

  @Override
  public String toString() {
    return code;
  }
}
