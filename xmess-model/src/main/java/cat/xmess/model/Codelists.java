package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * All codelists of a catalog. Records refer to their entries by code.
 *
 * <p>Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}. The canonical
 * constructor is public because Java requires it of a record, but it gains a parameter whenever the
 * schema gains a field, so code that calls it breaks then; code that uses the builder does not.
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
    return new Codelists(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
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

  /**
   * {@return a builder with no component set} Unset lists and maps build as empty, other
   * unset components as {@code null}.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder holding this record's components, to build a changed copy}
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builds a {@link Codelists} component by component, so that code keeps compiling when the schema
   * gains an optional field. Each setter replaces the component's value; the builder checks
   * nothing beyond what the record's constructor checks, since a catalog is validated as a whole.
   * A builder is not thread-safe; the records it builds are immutable.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class Builder {
    private @Nullable List<CodelistEntry> policyCategories;
    private @Nullable List<CodelistEntry> administrationRoles;
    private @Nullable List<PolicyInstrument> policyInstruments;
    private @Nullable List<CodelistEntry> themes;
    private @Nullable List<CodelistEntry> targetGroups;
    private @Nullable List<CodelistEntry> entityForms;
    private @Nullable List<CodelistEntry> sdgs;

    private Builder() {}

    private Builder(Codelists from) {
      policyCategories = from.policyCategories;
      administrationRoles = from.administrationRoles;
      policyInstruments = from.policyInstruments;
      themes = from.themes;
      targetGroups = from.targetGroups;
      entityForms = from.entityForms;
      sdgs = from.sdgs;
    }

    /**
     * Sets {@link Codelists#policyCategories()}.
     *
     * @param policyCategories ABC policy categories
     * @return this builder
     */
    public Builder policyCategories(List<CodelistEntry> policyCategories) {
      this.policyCategories = policyCategories;
      return this;
    }

    /**
     * Sets {@link Codelists#administrationRoles()}.
     *
     * @param administrationRoles administration roles
     * @return this builder
     */
    public Builder administrationRoles(List<CodelistEntry> administrationRoles) {
      this.administrationRoles = administrationRoles;
      return this;
    }

    /**
     * Sets {@link Codelists#policyInstruments()}.
     *
     * @param policyInstruments policy instrument types
     * @return this builder
     */
    public Builder policyInstruments(List<PolicyInstrument> policyInstruments) {
      this.policyInstruments = policyInstruments;
      return this;
    }

    /**
     * Sets {@link Codelists#themes()}.
     *
     * @param themes thematic sectors
     * @return this builder
     */
    public Builder themes(List<CodelistEntry> themes) {
      this.themes = themes;
      return this;
    }

    /**
     * Sets {@link Codelists#targetGroups()}.
     *
     * @param targetGroups target groups
     * @return this builder
     */
    public Builder targetGroups(List<CodelistEntry> targetGroups) {
      this.targetGroups = targetGroups;
      return this;
    }

    /**
     * Sets {@link Codelists#entityForms()}.
     *
     * @param entityForms entity forms
     * @return this builder
     */
    public Builder entityForms(List<CodelistEntry> entityForms) {
      this.entityForms = entityForms;
      return this;
    }

    /**
     * Sets {@link Codelists#sdgs()}.
     *
     * @param sdgs Sustainable Development Goals
     * @return this builder
     */
    public Builder sdgs(List<CodelistEntry> sdgs) {
      this.sdgs = sdgs;
      return this;
    }

    /**
     * {@return a new {@link Codelists} with the components set so far}
     *
     * @throws NullPointerException if a list holds {@code null}
     */
    // Required components left unset build as null, like a record read from a file with a field
    // missing: a catalog's validation reports them all at once instead of failing on the first.
    @SuppressWarnings("NullAway")
    public Codelists build() {
      return new Codelists(policyCategories, administrationRoles, policyInstruments, themes, targetGroups, entityForms, sdgs);
    }
  }

}
