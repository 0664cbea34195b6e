package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Facts about the network itself: identity, founding, purposes, plans, governance, history,
 * publications and relations.
 *
 * <p>Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}. The canonical
 * constructor is public because Java requires it of a record, but it gains a parameter whenever the
 * schema gains a field, so code that calls it breaks then; code that uses the builder does not.
 *
 * @param name full name
 * @param acronym short name, {@code XMESS}
 * @param description what the network is
 * @param legalForm its legal form and governing law
 * @param founded founding date (ISO 8601)
 * @param foundingPlace where it was founded
 * @param seat registered seat
 * @param founders ids of member bodies named as founders
 * @param purposes the network's aims, paraphrased
 * @param statutoryActivities activities its statutes assign it, paraphrased
 * @param membershipCounts member counts reported over time
 * @param strategicLines strategic lines of its work plans
 * @param governanceBodies its governing bodies
 * @param executiveTerms Executive Commission compositions by mandate
 * @param workingGroups its working groups
 * @param timeline events in its history, oldest first
 * @param publications its publications
 * @param relations relations with other networks and administrations
 * @param sourceIds ids of sources on the network as a whole
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Network(
    @NotNull @Valid LocalizedText name,
    @NotBlank String acronym,
    @NotNull @Valid LocalizedText description,
    @Valid @Nullable LocalizedText legalForm,
    @NotBlank @Pattern(regexp = Patterns.PARTIAL_DATE) String founded,
    @NotBlank String foundingPlace,
    @NotBlank String seat,
    List<@NotBlank @Pattern(regexp = Patterns.KEY) String> founders,
    List<@NotNull @Valid LocalizedText> purposes,
    List<@NotNull @Valid LocalizedText> statutoryActivities,
    List<@NotNull @Valid MembershipCount> membershipCounts,
    List<@NotNull @Valid StrategicLine> strategicLines,
    List<@NotNull @Valid GovernanceBody> governanceBodies,
    List<@NotNull @Valid ExecutiveTerm> executiveTerms,
    List<@NotNull @Valid WorkingGroup> workingGroups,
    List<@NotNull @Valid TimelineEvent> timeline,
    List<@NotNull @Valid Publication> publications,
    List<@NotNull @Valid Relation> relations,
    List<@NotBlank String> sourceIds) {

  /**
   * Normalises absent lists to empty, unmodifiable ones.
   *
   * @param name full name in ca, es and en; required
   * @param acronym short name, {@code XMESS}; required
   * @param description what the network is; required
   * @param legalForm its legal form and governing law, or {@code null}
   * @param founded founding date, ISO 8601 of year, month or day precision; required
   * @param foundingPlace where it was founded; required
   * @param seat registered seat; required
   * @param founders ids of member bodies named as founders; {@code null} for none
   * @param purposes the network's aims, paraphrased; {@code null} for none
   * @param statutoryActivities activities its statutes assign it, paraphrased; {@code null} for
   *     none
   * @param membershipCounts member counts reported over time; {@code null} for none
   * @param strategicLines strategic lines of its work plans; {@code null} for none
   * @param governanceBodies its governing bodies; {@code null} for none
   * @param executiveTerms Executive Commission compositions by mandate; {@code null} for none
   * @param workingGroups its working groups; {@code null} for none
   * @param timeline events in its history, oldest first; {@code null} for none
   * @param publications its publications; {@code null} for none
   * @param relations relations with other networks and administrations; {@code null} for none
   * @param sourceIds ids of sources on the network as a whole; {@code null} for none
   */
  public Network {
    founders = Lists.copy(founders);
    purposes = Lists.copy(purposes);
    statutoryActivities = Lists.copy(statutoryActivities);
    membershipCounts = Lists.copy(membershipCounts);
    strategicLines = Lists.copy(strategicLines);
    governanceBodies = Lists.copy(governanceBodies);
    executiveTerms = Lists.copy(executiveTerms);
    workingGroups = Lists.copy(workingGroups);
    timeline = Lists.copy(timeline);
    publications = Lists.copy(publications);
    relations = Lists.copy(relations);
    sourceIds = Lists.copy(sourceIds);
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
   * Builds a {@link Network} component by component, so that code keeps compiling when the schema
   * gains an optional field. Each setter replaces the component's value; the builder checks
   * nothing beyond what the record's constructor checks, since a catalog is validated as a whole.
   * A builder is not thread-safe; the records it builds are immutable.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class Builder {
    private @Nullable LocalizedText name;
    private @Nullable String acronym;
    private @Nullable LocalizedText description;
    private @Nullable LocalizedText legalForm;
    private @Nullable String founded;
    private @Nullable String foundingPlace;
    private @Nullable String seat;
    private @Nullable List<String> founders;
    private @Nullable List<LocalizedText> purposes;
    private @Nullable List<LocalizedText> statutoryActivities;
    private @Nullable List<MembershipCount> membershipCounts;
    private @Nullable List<StrategicLine> strategicLines;
    private @Nullable List<GovernanceBody> governanceBodies;
    private @Nullable List<ExecutiveTerm> executiveTerms;
    private @Nullable List<WorkingGroup> workingGroups;
    private @Nullable List<TimelineEvent> timeline;
    private @Nullable List<Publication> publications;
    private @Nullable List<Relation> relations;
    private @Nullable List<String> sourceIds;

    private Builder() {}

    private Builder(Network from) {
      name = from.name;
      acronym = from.acronym;
      description = from.description;
      legalForm = from.legalForm;
      founded = from.founded;
      foundingPlace = from.foundingPlace;
      seat = from.seat;
      founders = from.founders;
      purposes = from.purposes;
      statutoryActivities = from.statutoryActivities;
      membershipCounts = from.membershipCounts;
      strategicLines = from.strategicLines;
      governanceBodies = from.governanceBodies;
      executiveTerms = from.executiveTerms;
      workingGroups = from.workingGroups;
      timeline = from.timeline;
      publications = from.publications;
      relations = from.relations;
      sourceIds = from.sourceIds;
    }

    /**
     * Sets {@link Network#name()}.
     *
     * @param name full name
     * @return this builder
     */
    public Builder name(LocalizedText name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link Network#acronym()}.
     *
     * @param acronym short name, {@code XMESS}
     * @return this builder
     */
    public Builder acronym(String acronym) {
      this.acronym = acronym;
      return this;
    }

    /**
     * Sets {@link Network#description()}.
     *
     * @param description what the network is
     * @return this builder
     */
    public Builder description(LocalizedText description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link Network#legalForm()}.
     *
     * @param legalForm its legal form and governing law
     * @return this builder
     */
    public Builder legalForm(@Nullable LocalizedText legalForm) {
      this.legalForm = legalForm;
      return this;
    }

    /**
     * Sets {@link Network#founded()}.
     *
     * @param founded founding date (ISO 8601)
     * @return this builder
     */
    public Builder founded(String founded) {
      this.founded = founded;
      return this;
    }

    /**
     * Sets {@link Network#foundingPlace()}.
     *
     * @param foundingPlace where it was founded
     * @return this builder
     */
    public Builder foundingPlace(String foundingPlace) {
      this.foundingPlace = foundingPlace;
      return this;
    }

    /**
     * Sets {@link Network#seat()}.
     *
     * @param seat registered seat
     * @return this builder
     */
    public Builder seat(String seat) {
      this.seat = seat;
      return this;
    }

    /**
     * Sets {@link Network#founders()}.
     *
     * @param founders ids of member bodies named as founders
     * @return this builder
     */
    public Builder founders(List<String> founders) {
      this.founders = founders;
      return this;
    }

    /**
     * Sets {@link Network#purposes()}.
     *
     * @param purposes the network's aims, paraphrased
     * @return this builder
     */
    public Builder purposes(List<LocalizedText> purposes) {
      this.purposes = purposes;
      return this;
    }

    /**
     * Sets {@link Network#statutoryActivities()}.
     *
     * @param statutoryActivities activities its statutes assign it, paraphrased
     * @return this builder
     */
    public Builder statutoryActivities(List<LocalizedText> statutoryActivities) {
      this.statutoryActivities = statutoryActivities;
      return this;
    }

    /**
     * Sets {@link Network#membershipCounts()}.
     *
     * @param membershipCounts member counts reported over time
     * @return this builder
     */
    public Builder membershipCounts(List<MembershipCount> membershipCounts) {
      this.membershipCounts = membershipCounts;
      return this;
    }

    /**
     * Sets {@link Network#strategicLines()}.
     *
     * @param strategicLines strategic lines of its work plans
     * @return this builder
     */
    public Builder strategicLines(List<StrategicLine> strategicLines) {
      this.strategicLines = strategicLines;
      return this;
    }

    /**
     * Sets {@link Network#governanceBodies()}.
     *
     * @param governanceBodies its governing bodies
     * @return this builder
     */
    public Builder governanceBodies(List<GovernanceBody> governanceBodies) {
      this.governanceBodies = governanceBodies;
      return this;
    }

    /**
     * Sets {@link Network#executiveTerms()}.
     *
     * @param executiveTerms Executive Commission compositions by mandate
     * @return this builder
     */
    public Builder executiveTerms(List<ExecutiveTerm> executiveTerms) {
      this.executiveTerms = executiveTerms;
      return this;
    }

    /**
     * Sets {@link Network#workingGroups()}.
     *
     * @param workingGroups its working groups
     * @return this builder
     */
    public Builder workingGroups(List<WorkingGroup> workingGroups) {
      this.workingGroups = workingGroups;
      return this;
    }

    /**
     * Sets {@link Network#timeline()}.
     *
     * @param timeline events in its history, oldest first
     * @return this builder
     */
    public Builder timeline(List<TimelineEvent> timeline) {
      this.timeline = timeline;
      return this;
    }

    /**
     * Sets {@link Network#publications()}.
     *
     * @param publications its publications
     * @return this builder
     */
    public Builder publications(List<Publication> publications) {
      this.publications = publications;
      return this;
    }

    /**
     * Sets {@link Network#relations()}.
     *
     * @param relations relations with other networks and administrations
     * @return this builder
     */
    public Builder relations(List<Relation> relations) {
      this.relations = relations;
      return this;
    }

    /**
     * Sets {@link Network#sourceIds()}.
     *
     * @param sourceIds ids of sources on the network as a whole
     * @return this builder
     */
    public Builder sourceIds(List<String> sourceIds) {
      this.sourceIds = sourceIds;
      return this;
    }

    /**
     * {@return a new {@link Network} with the components set so far}
     *
     * @throws NullPointerException if a list holds {@code null}
     */
    // Required components left unset build as null, like a record read from a file with a field
    // missing: a catalog's validation reports them all at once instead of failing on the first.
    @SuppressWarnings("NullAway")
    public Network build() {
      return new Network(name, acronym, description, legalForm, founded, foundingPlace, seat, founders, purposes, statutoryActivities, membershipCounts, strategicLines, governanceBodies, executiveTerms, workingGroups, timeline, publications, relations, sourceIds);
    }
  }

}
