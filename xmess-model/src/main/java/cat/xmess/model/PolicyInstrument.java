package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A type of concrete policy instrument (a diagnosis, a strategic plan, a social clause in
 * contracts...), with the ABC category it usually falls in and the administration roles it
 * usually plays. A record may override both.
 *
 * @param code stable key
 * @param label label in ca, es and en
 * @param definition definition, or {@code null}
 * @param status life-cycle status
 * @param replacedBy replacing code of a deprecated entry, or {@code null}
 * @param defaultCategory code of the usual {@link CodelistKind#POLICY_CATEGORIES policy category}
 * @param adminRoles codes of the usual {@link CodelistKind#ADMINISTRATION_ROLES roles}
 * @param sourceIds ids of supporting sources
 * @param mappings links to external vocabularies
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PolicyInstrument(
    @NotBlank @Pattern(regexp = Patterns.KEY) String code,
    @NotNull @Valid LocalizedText label,
    @Valid LocalizedText definition,
    @NotNull CodeStatus status,
    @Pattern(regexp = Patterns.KEY) String replacedBy,
    @NotBlank @Pattern(regexp = Patterns.KEY) String defaultCategory,
    List<@NotBlank @Pattern(regexp = Patterns.KEY) String> adminRoles,
    List<@NotBlank String> sourceIds,
    List<@NotNull @Valid ExternalMapping> mappings)
    implements CodeDefinition {

  /**
   * Normalises absent lists to empty, unmodifiable ones.
   *
   * @param code stable kebab-case key, unique among the instruments; required
   * @param label label in ca, es and en; required
   * @param definition definition in the catalog's own words, or {@code null}
   * @param status life-cycle status; required
   * @param replacedBy code that replaces a deprecated instrument, or {@code null}
   * @param defaultCategory code of the policy category the instrument usually falls in; required
   * @param adminRoles codes of the administration roles it usually plays; {@code null} for none
   * @param sourceIds ids of the supporting sources; {@code null} for none
   * @param mappings links to external vocabularies; {@code null} for none
   */
  public PolicyInstrument {
    adminRoles = Lists.copy(adminRoles);
    sourceIds = Lists.copy(sourceIds);
    mappings = Lists.copy(mappings);
  }
}
