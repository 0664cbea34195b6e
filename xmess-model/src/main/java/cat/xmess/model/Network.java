package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Facts about the network itself: identity, founding, purposes, plans, governance, history,
 * publications and relations.
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
    @Valid LocalizedText legalForm,
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
}
