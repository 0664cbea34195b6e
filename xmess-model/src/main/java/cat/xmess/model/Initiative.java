package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A municipal initiative for the social and solidarity economy. Codes refer to the catalog's
 * codelists; body ids to its member bodies; source ids to its sources.
 *
 * <p>{@code inAbcGuide} says whether the initiative is confirmed as one of the 2019 ABC guide's
 * initiatives. In the bundled catalog it is always {@link AbcGuideStatus#UNVERIFIED}: the guide's
 * list could not be recovered from public sources. A {@link AbcGuideStatus#VERIFIED} initiative
 * carries its evidence, a {@link #guideCitation()} of the guide itself with its page, and only a
 * verified one does (the integrity layer checks both ways).
 *
 * <p>Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}. The canonical
 * constructor is public because Java requires it of a record, but it gains a parameter whenever the
 * schema gains a field, so code that calls it breaks then; code that uses the builder does not.
 *
 * @param id stable key
 * @param title title in ca, es and en
 * @param summary summary in the catalog's own words
 * @param memberBody id of the lead member body, or {@code null} when the lead is not a member
 * @param leadBodyName name of a non-member lead body, or {@code null}
 * @param coMemberBodies ids of other participating member bodies
 * @param coBodyNames names of other participating bodies that are not members
 * @param category code of the ABC policy category
 * @param categoryBasis whether the category comes from the guide or was inferred
 * @param categoryAlternatives other plausible category codes
 * @param instruments policy instrument codes
 * @param roles administration role codes
 * @param themes theme codes
 * @param targetGroups target group codes
 * @param sdgs SDG codes
 * @param entityForms entity form codes the initiative promotes or works with
 * @param yearStart start year, or {@code null} when unknown
 * @param yearEnd end year, or {@code null} when ongoing or unknown
 * @param figures figures reported by the sources
 * @param partners partner bodies (never people)
 * @param inAbcGuide whether the record is confirmed as part of the ABC guide
 * @param guideCitation the page of the guide that describes the initiative, required when {@code
 *     inAbcGuide} is verified and only then; else {@code null} (since schema 1.2.0)
 * @param candidateBasis why the record is a candidate example of the guide's contents
 * @param confidence confidence in the facts of the record (not in its inclusion in the guide)
 * @param notes caveats and disagreements between sources, or {@code null}
 * @param sourceIds ids of supporting sources; at least one
 * @param extensions a council's own fields, keyed by a prefix declared in the catalog's {@link
 *     CatalogMetadata#extensionNamespaces()}, as plain JSON values (see {@link MemberBody}); empty
 *     when there are none (since schema 1.1.0)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Initiative(
    @NotBlank @Pattern(regexp = Patterns.KEY) String id,
    @NotNull @Valid LocalizedText title,
    @NotNull @Valid LocalizedText summary,
    @Pattern(regexp = Patterns.KEY) @Nullable String memberBody,
    @Pattern(regexp = Patterns.NOT_BLANK) @Nullable String leadBodyName,
    List<@NotBlank @Pattern(regexp = Patterns.KEY) String> coMemberBodies,
    List<@NotBlank String> coBodyNames,
    @NotBlank @Pattern(regexp = Patterns.KEY) String category,
    @NotNull CategoryBasis categoryBasis,
    List<@NotBlank @Pattern(regexp = Patterns.KEY) String> categoryAlternatives,
    List<@NotBlank @Pattern(regexp = Patterns.KEY) String> instruments,
    List<@NotBlank @Pattern(regexp = Patterns.KEY) String> roles,
    List<@NotBlank @Pattern(regexp = Patterns.KEY) String> themes,
    List<@NotBlank @Pattern(regexp = Patterns.KEY) String> targetGroups,
    List<@NotBlank @Pattern(regexp = Patterns.KEY) String> sdgs,
    List<@NotBlank @Pattern(regexp = Patterns.KEY) String> entityForms,
    @Min(1900) @Max(2100) @Nullable Integer yearStart,
    @Min(1900) @Max(2100) @Nullable Integer yearEnd,
    List<@NotNull @Valid Figure> figures,
    List<@NotBlank String> partners,
    @NotNull AbcGuideStatus inAbcGuide,
    @Valid @Nullable GuideCitation guideCitation,
    List<@NotNull CandidateBasis> candidateBasis,
    @NotNull Confidence confidence,
    @Valid @Nullable LocalizedText notes,
    @NotEmpty List<@NotBlank String> sourceIds,
    Map<@NotBlank @Pattern(regexp = Patterns.KEY) String, @NotNull Object> extensions) implements CatalogRecord {

  /**
   * Normalises absent lists to empty, unmodifiable ones, and copies {@code extensions} deeply,
   * sorted by key. Codes and ids are checked when the catalog is validated, not here.
   *
   * @param id stable kebab-case key, unique among the catalog's initiatives; required
   * @param title title in ca, es and en; required
   * @param summary summary in the catalog's own words; required
   * @param memberBody id of the lead member body, or {@code null} when the lead is not a member
   * @param leadBodyName name of a lead body that is not a member, or {@code null}
   * @param coMemberBodies ids of the other member bodies taking part; {@code null} for none
   * @param coBodyNames names of other bodies taking part that are not members; {@code null} for
   *     none
   * @param category {@link CodelistKind#POLICY_CATEGORIES policy category} code, such as {@code
   *     regulatory}; required
   * @param categoryBasis whether {@code category} was taken from the guide or inferred; required
   * @param categoryAlternatives other plausible policy category codes; {@code null} for none
   * @param instruments {@link CodelistKind#POLICY_INSTRUMENTS policy instrument} codes; {@code
   *     null} for none
   * @param roles {@link CodelistKind#ADMINISTRATION_ROLES administration role} codes; {@code null}
   *     for none
   * @param themes {@link CodelistKind#THEMES theme} codes, such as {@code food-agroecology}; {@code
   *     null} for none
   * @param targetGroups {@link CodelistKind#TARGET_GROUPS target group} codes; {@code null} for
   *     none
   * @param sdgs SDG codes, {@code sdg-01} to {@code sdg-17}, set only where the initiative names
   *     the goal or an instrument's main aim clearly matches it; {@code null} for none
   * @param entityForms {@link CodelistKind#ENTITY_FORMS entity form} codes; {@code null} for none
   * @param yearStart start year (1900 to 2100), or {@code null} when unknown
   * @param yearEnd end year, or {@code null} when ongoing or unknown
   * @param figures figures reported by the sources; {@code null} for none
   * @param partners names of partner bodies, never of people; {@code null} for none
   * @param inAbcGuide whether the initiative is confirmed as one of the ABC guide's; required
   * @param guideCitation the source that is the guide and the page describing the initiative;
   *     required when {@code inAbcGuide} is verified, {@code null} otherwise
   * @param candidateBasis the grounds for choosing it as a candidate example of the guide's
   *     contents; {@code null} for none
   * @param confidence confidence in the record's facts; required
   * @param notes caveats and disagreements between sources, or {@code null}
   * @param sourceIds ids of the supporting sources; validation requires at least one
   * @param extensions a council's own fields, keyed by a declared prefix, as plain JSON values;
   *     {@code null} for none
   * @throws NullPointerException if a list holds {@code null}, or {@code extensions} a {@code null}
   *     key or value
   * @throws IllegalArgumentException if an extension key is not well-formed Unicode, or a value is
   *     not a map, list, string, number or boolean
   */
  public Initiative {
    coMemberBodies = Lists.copy(coMemberBodies);
    coBodyNames = Lists.copy(coBodyNames);
    categoryAlternatives = Lists.copy(categoryAlternatives);
    instruments = Lists.copy(instruments);
    roles = Lists.copy(roles);
    themes = Lists.copy(themes);
    targetGroups = Lists.copy(targetGroups);
    sdgs = Lists.copy(sdgs);
    entityForms = Lists.copy(entityForms);
    figures = Lists.copy(figures);
    partners = Lists.copy(partners);
    candidateBasis = Lists.copy(candidateBasis);
    sourceIds = Lists.copy(sourceIds);
    extensions = JsonValues.copyObject(extensions);
  }

  /**
   * {@return the ids of every member body taking part: the lead first, then the others} A lead that
   * is not a member ({@link #leadBodyName()}) is not among them, so the list is empty when no
   * member body takes part.
   */
  public List<String> allMemberBodies() {
    if (memberBody == null) {
      return coMemberBodies;
    }
    var all = new java.util.ArrayList<String>(coMemberBodies.size() + 1);
    all.add(memberBody);
    all.addAll(coMemberBodies);
    return List.copyOf(all);
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
   * Builds a {@link Initiative} component by component, so that code keeps compiling when the schema
   * gains an optional field. Each setter replaces the component's value; the builder checks
   * nothing beyond what the record's constructor checks, since a catalog is validated as a whole.
   * A builder is not thread-safe; the records it builds are immutable.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class Builder {
    private @Nullable String id;
    private @Nullable LocalizedText title;
    private @Nullable LocalizedText summary;
    private @Nullable String memberBody;
    private @Nullable String leadBodyName;
    private @Nullable List<String> coMemberBodies;
    private @Nullable List<String> coBodyNames;
    private @Nullable String category;
    private @Nullable CategoryBasis categoryBasis;
    private @Nullable List<String> categoryAlternatives;
    private @Nullable List<String> instruments;
    private @Nullable List<String> roles;
    private @Nullable List<String> themes;
    private @Nullable List<String> targetGroups;
    private @Nullable List<String> sdgs;
    private @Nullable List<String> entityForms;
    private @Nullable Integer yearStart;
    private @Nullable Integer yearEnd;
    private @Nullable List<Figure> figures;
    private @Nullable List<String> partners;
    private @Nullable AbcGuideStatus inAbcGuide;
    private @Nullable GuideCitation guideCitation;
    private @Nullable List<CandidateBasis> candidateBasis;
    private @Nullable Confidence confidence;
    private @Nullable LocalizedText notes;
    private @Nullable List<String> sourceIds;
    private @Nullable Map<String, Object> extensions;

    private Builder() {}

    private Builder(Initiative from) {
      id = from.id;
      title = from.title;
      summary = from.summary;
      memberBody = from.memberBody;
      leadBodyName = from.leadBodyName;
      coMemberBodies = from.coMemberBodies;
      coBodyNames = from.coBodyNames;
      category = from.category;
      categoryBasis = from.categoryBasis;
      categoryAlternatives = from.categoryAlternatives;
      instruments = from.instruments;
      roles = from.roles;
      themes = from.themes;
      targetGroups = from.targetGroups;
      sdgs = from.sdgs;
      entityForms = from.entityForms;
      yearStart = from.yearStart;
      yearEnd = from.yearEnd;
      figures = from.figures;
      partners = from.partners;
      inAbcGuide = from.inAbcGuide;
      guideCitation = from.guideCitation;
      candidateBasis = from.candidateBasis;
      confidence = from.confidence;
      notes = from.notes;
      sourceIds = from.sourceIds;
      extensions = from.extensions;
    }

    /**
     * Sets {@link Initiative#id()}.
     *
     * @param id stable key
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Initiative#title()}.
     *
     * @param title title in ca, es and en
     * @return this builder
     */
    public Builder title(LocalizedText title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@link Initiative#summary()}.
     *
     * @param summary summary in the catalog's own words
     * @return this builder
     */
    public Builder summary(LocalizedText summary) {
      this.summary = summary;
      return this;
    }

    /**
     * Sets {@link Initiative#memberBody()}.
     *
     * @param memberBody id of the lead member body, or {@code null} when the lead is not a member
     * @return this builder
     */
    public Builder memberBody(@Nullable String memberBody) {
      this.memberBody = memberBody;
      return this;
    }

    /**
     * Sets {@link Initiative#leadBodyName()}.
     *
     * @param leadBodyName name of a non-member lead body, or {@code null}
     * @return this builder
     */
    public Builder leadBodyName(@Nullable String leadBodyName) {
      this.leadBodyName = leadBodyName;
      return this;
    }

    /**
     * Sets {@link Initiative#coMemberBodies()}.
     *
     * @param coMemberBodies ids of other participating member bodies
     * @return this builder
     */
    public Builder coMemberBodies(List<String> coMemberBodies) {
      this.coMemberBodies = coMemberBodies;
      return this;
    }

    /**
     * Sets {@link Initiative#coBodyNames()}.
     *
     * @param coBodyNames names of other participating bodies that are not members
     * @return this builder
     */
    public Builder coBodyNames(List<String> coBodyNames) {
      this.coBodyNames = coBodyNames;
      return this;
    }

    /**
     * Sets {@link Initiative#category()}.
     *
     * @param category code of the ABC policy category
     * @return this builder
     */
    public Builder category(String category) {
      this.category = category;
      return this;
    }

    /**
     * Sets {@link Initiative#categoryBasis()}.
     *
     * @param categoryBasis whether the category comes from the guide or was inferred
     * @return this builder
     */
    public Builder categoryBasis(CategoryBasis categoryBasis) {
      this.categoryBasis = categoryBasis;
      return this;
    }

    /**
     * Sets {@link Initiative#categoryAlternatives()}.
     *
     * @param categoryAlternatives other plausible category codes
     * @return this builder
     */
    public Builder categoryAlternatives(List<String> categoryAlternatives) {
      this.categoryAlternatives = categoryAlternatives;
      return this;
    }

    /**
     * Sets {@link Initiative#instruments()}.
     *
     * @param instruments policy instrument codes
     * @return this builder
     */
    public Builder instruments(List<String> instruments) {
      this.instruments = instruments;
      return this;
    }

    /**
     * Sets {@link Initiative#roles()}.
     *
     * @param roles administration role codes
     * @return this builder
     */
    public Builder roles(List<String> roles) {
      this.roles = roles;
      return this;
    }

    /**
     * Sets {@link Initiative#themes()}.
     *
     * @param themes theme codes
     * @return this builder
     */
    public Builder themes(List<String> themes) {
      this.themes = themes;
      return this;
    }

    /**
     * Sets {@link Initiative#targetGroups()}.
     *
     * @param targetGroups target group codes
     * @return this builder
     */
    public Builder targetGroups(List<String> targetGroups) {
      this.targetGroups = targetGroups;
      return this;
    }

    /**
     * Sets {@link Initiative#sdgs()}.
     *
     * @param sdgs SDG codes
     * @return this builder
     */
    public Builder sdgs(List<String> sdgs) {
      this.sdgs = sdgs;
      return this;
    }

    /**
     * Sets {@link Initiative#entityForms()}.
     *
     * @param entityForms entity form codes the initiative promotes or works with
     * @return this builder
     */
    public Builder entityForms(List<String> entityForms) {
      this.entityForms = entityForms;
      return this;
    }

    /**
     * Sets {@link Initiative#yearStart()}.
     *
     * @param yearStart start year, or {@code null} when unknown
     * @return this builder
     */
    public Builder yearStart(@Nullable Integer yearStart) {
      this.yearStart = yearStart;
      return this;
    }

    /**
     * Sets {@link Initiative#yearEnd()}.
     *
     * @param yearEnd end year, or {@code null} when ongoing or unknown
     * @return this builder
     */
    public Builder yearEnd(@Nullable Integer yearEnd) {
      this.yearEnd = yearEnd;
      return this;
    }

    /**
     * Sets {@link Initiative#figures()}.
     *
     * @param figures figures reported by the sources
     * @return this builder
     */
    public Builder figures(List<Figure> figures) {
      this.figures = figures;
      return this;
    }

    /**
     * Sets {@link Initiative#partners()}.
     *
     * @param partners partner bodies (never people)
     * @return this builder
     */
    public Builder partners(List<String> partners) {
      this.partners = partners;
      return this;
    }

    /**
     * Sets {@link Initiative#inAbcGuide()}.
     *
     * @param inAbcGuide whether the record is confirmed as part of the ABC guide
     * @return this builder
     */
    public Builder inAbcGuide(AbcGuideStatus inAbcGuide) {
      this.inAbcGuide = inAbcGuide;
      return this;
    }

    /**
     * Sets {@link Initiative#guideCitation()}.
     *
     * @param guideCitation the page of the guide that describes the initiative, required when {@code inAbcGuide} is verified and only then; else {@code null} (since schema 1.2.0)
     * @return this builder
     */
    public Builder guideCitation(@Nullable GuideCitation guideCitation) {
      this.guideCitation = guideCitation;
      return this;
    }

    /**
     * Sets {@link Initiative#candidateBasis()}.
     *
     * @param candidateBasis why the record is a candidate example of the guide's contents
     * @return this builder
     */
    public Builder candidateBasis(List<CandidateBasis> candidateBasis) {
      this.candidateBasis = candidateBasis;
      return this;
    }

    /**
     * Sets {@link Initiative#confidence()}.
     *
     * @param confidence confidence in the facts of the record (not in its inclusion in the guide)
     * @return this builder
     */
    public Builder confidence(Confidence confidence) {
      this.confidence = confidence;
      return this;
    }

    /**
     * Sets {@link Initiative#notes()}.
     *
     * @param notes caveats and disagreements between sources, or {@code null}
     * @return this builder
     */
    public Builder notes(@Nullable LocalizedText notes) {
      this.notes = notes;
      return this;
    }

    /**
     * Sets {@link Initiative#sourceIds()}.
     *
     * @param sourceIds ids of supporting sources; at least one
     * @return this builder
     */
    public Builder sourceIds(List<String> sourceIds) {
      this.sourceIds = sourceIds;
      return this;
    }

    /**
     * Sets {@link Initiative#extensions()}.
     *
     * @param extensions a council's own fields, keyed by a prefix declared in the catalog's {@link CatalogMetadata#extensionNamespaces()}, as plain JSON values (see {@link MemberBody}); empty when there are none (since schema 1.1.0)
     * @return this builder
     */
    public Builder extensions(Map<String, Object> extensions) {
      this.extensions = extensions;
      return this;
    }

    /**
     * {@return a new {@link Initiative} with the components set so far}
     *
     * @throws NullPointerException if a list holds {@code null}
     */
    // Required components left unset build as null, like a record read from a file with a field
    // missing: a catalog's validation reports them all at once instead of failing on the first.
    @SuppressWarnings("NullAway")
    public Initiative build() {
      return new Initiative(id, title, summary, memberBody, leadBodyName, coMemberBodies, coBodyNames, category, categoryBasis, categoryAlternatives, instruments, roles, themes, targetGroups, sdgs, entityForms, yearStart, yearEnd, figures, partners, inAbcGuide, guideCitation, candidateBasis, confidence, notes, sourceIds, extensions);
    }
  }

}
