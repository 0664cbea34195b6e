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

/**
 * A municipal initiative for the social and solidarity economy. Codes refer to the catalog's
 * codelists; body ids to its member bodies; source ids to its sources.
 *
 * <p>{@code inAbcGuide} says whether the initiative is confirmed as one of the 2019 ABC guide's
 * initiatives. In the bundled catalog it is always {@link AbcGuideStatus#UNVERIFIED}: the guide's
 * list could not be recovered from public sources.
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
    @Pattern(regexp = Patterns.KEY) String memberBody,
    @Pattern(regexp = Patterns.NOT_BLANK) String leadBodyName,
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
    @Min(1900) @Max(2100) Integer yearStart,
    @Min(1900) @Max(2100) Integer yearEnd,
    List<@NotNull @Valid Figure> figures,
    List<@NotBlank String> partners,
    @NotNull AbcGuideStatus inAbcGuide,
    List<@NotNull CandidateBasis> candidateBasis,
    @NotNull Confidence confidence,
    @Valid LocalizedText notes,
    @NotEmpty List<@NotBlank String> sourceIds,
    Map<@NotBlank @Pattern(regexp = Patterns.KEY) String, @NotNull Object> extensions) {

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
   * An initiative of schema 1.0.0, without extensions. Kept so that code written against the 1.0.0
   * record still compiles.
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
   * @param candidateBasis the grounds for choosing it as a candidate example of the guide's
   *     contents; {@code null} for none
   * @param confidence confidence in the record's facts; required
   * @param notes caveats and disagreements between sources, or {@code null}
   * @param sourceIds ids of the supporting sources; validation requires at least one
   */
  public Initiative(String id, LocalizedText title, LocalizedText summary, String memberBody,
      String leadBodyName, List<String> coMemberBodies, List<String> coBodyNames, String category,
      CategoryBasis categoryBasis, List<String> categoryAlternatives, List<String> instruments,
      List<String> roles, List<String> themes, List<String> targetGroups, List<String> sdgs,
      List<String> entityForms, Integer yearStart, Integer yearEnd, List<Figure> figures,
      List<String> partners, AbcGuideStatus inAbcGuide, List<CandidateBasis> candidateBasis,
      Confidence confidence, LocalizedText notes, List<String> sourceIds) {
    this(id, title, summary, memberBody, leadBodyName, coMemberBodies, coBodyNames, category,
        categoryBasis, categoryAlternatives, instruments, roles, themes, targetGroups, sdgs,
        entityForms, yearStart, yearEnd, figures, partners, inAbcGuide, candidateBasis, confidence,
        notes, sourceIds, null);
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
}
