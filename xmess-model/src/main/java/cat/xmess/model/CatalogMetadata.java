package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * What a catalog is, which versions it has and how it may be used.
 *
 * <p>Two versions travel with the data, as in OCDS: {@code schemaVersion} is the version of the
 * catalog format (see {@link CatalogFormat}), {@code dataVersion} the version of the records
 * themselves. Both are MAJOR.MINOR.PATCH.
 *
 * @param schemaVersion version of the catalog format this file follows
 * @param dataVersion version of the data
 * @param generated day the file was produced
 * @param title name of the catalog
 * @param description what it holds
 * @param coverage an honest statement of what it covers and what it does not
 * @param license licence of the data
 * @param checksum {@code sha256:} followed by the hex SHA-256 of the catalog's canonical form
 *     without this field, or {@code null}; the bundled catalog always has one
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CatalogMetadata(
    @NotBlank @Pattern(regexp = Patterns.VERSION) String schemaVersion,
    @NotBlank @Pattern(regexp = Patterns.VERSION) String dataVersion,
    @NotNull LocalDate generated,
    @NotNull @Valid LocalizedText title,
    @Valid LocalizedText description,
    @Valid LocalizedText coverage,
    @NotNull @Valid License license,
    @Pattern(regexp = "^sha256:[0-9a-f]{64}$") String checksum) {

  /** A copy with another checksum (or none, for {@code null}). */
  public CatalogMetadata withChecksum(String newChecksum) {
    return new CatalogMetadata(
        schemaVersion, dataVersion, generated, title, description, coverage, license, newChecksum);
  }
}
