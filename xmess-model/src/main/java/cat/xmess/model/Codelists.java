package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * All codelists of a catalog. Records refer to their entries by code.
 *
 * @param policyCategories ABC policy categories
 * @param administrationRoles administration roles
 * @param policyInstruments policy instrument types
 * @param themes thematic sectors
 * @param targetGroups target groups
 * @param entityForms entity forms
 * @param sdgs Sustainable Development Goals
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Codelists(
    List<@NotNull @Valid CodelistEntry> policyCategories,
    List<@NotNull @Valid CodelistEntry> administrationRoles,
    List<@NotNull @Valid PolicyInstrument> policyInstruments,
    List<@NotNull @Valid CodelistEntry> themes,
    List<@NotNull @Valid CodelistEntry> targetGroups,
    List<@NotNull @Valid CodelistEntry> entityForms,
    List<@NotNull @Valid CodelistEntry> sdgs) {

  /**
   * Normalises absent lists to empty, unmodifiable ones.
   *
   * @param policyCategories ABC policy categories; {@code null} for none
   * @param administrationRoles administration roles; {@code null} for none
   * @param policyInstruments policy instrument types; {@code null} for none
   * @param themes thematic sectors; {@code null} for none
   * @param targetGroups target groups; {@code null} for none
   * @param entityForms entity forms; {@code null} for none
   * @param sdgs Sustainable Development Goals; {@code null} for none
   */
  public Codelists {
    policyCategories = Lists.copy(policyCategories);
    administrationRoles = Lists.copy(administrationRoles);
    policyInstruments = Lists.copy(policyInstruments);
    themes = Lists.copy(themes);
    targetGroups = Lists.copy(targetGroups);
    entityForms = Lists.copy(entityForms);
    sdgs = Lists.copy(sdgs);
  }

  /** {@return codelists that are all empty, for a catalog that defines no codes (an overlay, say)} */
  public static Codelists empty() {
    return new Codelists(null, null, null, null, null, null, null);
  }

  /**
   * {@return the entries of one codelist, in catalog order}
   *
   * @param kind the codelist; {@link CodelistKind#POLICY_INSTRUMENTS} yields {@link
   *     PolicyInstrument}s, every other kind {@link CodelistEntry}s
   */
  public List<? extends CodeDefinition> entries(CodelistKind kind) {
    return switch (Objects.requireNonNull(kind, "kind")) {
      case POLICY_CATEGORIES -> policyCategories;
      case ADMINISTRATION_ROLES -> administrationRoles;
      case POLICY_INSTRUMENTS -> policyInstruments;
      case THEMES -> themes;
      case TARGET_GROUPS -> targetGroups;
      case ENTITY_FORMS -> entityForms;
      case SDGS -> sdgs;
    };
  }
}
