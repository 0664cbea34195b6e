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

  /** Normalises absent lists to empty, unmodifiable ones. */
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

  /** An initiative of schema 1.0.0, without extensions. */
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

  /** Ids of every member body taking part: the lead first, then the others. */
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
