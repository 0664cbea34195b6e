package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
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
 * @param extensionNamespaces namespaces whose prefixes records may use in their {@code
 *     extensions} (since schema 1.1.0)
 * @param overlay present when the catalog is an overlay that replaces records of the layers
 *     below it, else {@code null} (since schema 1.1.0)
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
    @Pattern(regexp = "^sha256:[0-9a-f]{64}$") String checksum,
    List<@NotNull @Valid ExtensionNamespace> extensionNamespaces,
    @Valid OverlayDeclaration overlay) {

  /** Normalises an absent list to an empty, unmodifiable one. */
  public CatalogMetadata {
    extensionNamespaces = Lists.copy(extensionNamespaces);
  }

  /** Metadata of schema 1.0.0: no extension namespaces, not an overlay. */
  public CatalogMetadata(String schemaVersion, String dataVersion, LocalDate generated,
      LocalizedText title, LocalizedText description, LocalizedText coverage, License license,
      String checksum) {
    this(schemaVersion, dataVersion, generated, title, description, coverage, license, checksum,
        null, null);
  }

  /** A copy with another checksum (or none, for {@code null}). */
  public CatalogMetadata withChecksum(String newChecksum) {
    return new CatalogMetadata(schemaVersion, dataVersion, generated, title, description, coverage,
        license, newChecksum, extensionNamespaces, overlay);
  }

  /** A copy with other extension namespaces and overlay declaration. */
  public CatalogMetadata withLayering(
      List<ExtensionNamespace> newNamespaces, OverlayDeclaration newOverlay) {
    return new CatalogMetadata(schemaVersion, dataVersion, generated, title, description, coverage,
        license, checksum, newNamespaces, newOverlay);
  }
}
