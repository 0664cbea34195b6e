package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;

/**
 * An entry of a plain codelist: policy categories, administration roles, themes, target groups,
 * entity forms or SDGs. Policy instruments carry more and have their own record, {@link
 * PolicyInstrument}.
 *
 * @param code stable key
 * @param label label in ca, es and en
 * @param definition definition, or {@code null}
 * @param status life-cycle status
 * @param replacedBy replacing code of a deprecated entry, or {@code null}
 * @param sourceIds ids of supporting sources
 * @param mappings links to external vocabularies
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CodelistEntry(
    @NotBlank @Pattern(regexp = Patterns.KEY) String code,
    @NotNull @Valid LocalizedText label,
    @Valid LocalizedText definition,
    @NotNull CodeStatus status,
    @Pattern(regexp = Patterns.KEY) String replacedBy,
    List<@NotBlank String> sourceIds,
    List<@NotNull @Valid ExternalMapping> mappings)
    implements CodeDefinition {

  /**
   * Normalises absent lists to empty, unmodifiable ones.
   *
   * @param code stable kebab-case key, unique within its codelist; required
   * @param label label in ca, es and en; required
   * @param definition definition in the catalog's own words, or {@code null}
   * @param status life-cycle status; required
   * @param replacedBy code that replaces a deprecated entry, or {@code null}
   * @param sourceIds ids of the supporting sources; {@code null} for none
   * @param mappings links to external vocabularies; {@code null} for none
   */
  public CodelistEntry {
    sourceIds = Lists.copy(sourceIds);
    mappings = Lists.copy(mappings);
  }
}
