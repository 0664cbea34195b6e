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

  /**
   * Normalises an absent list to an empty, unmodifiable one.
   *
   * @param schemaVersion version of the catalog format, MAJOR.MINOR.PATCH, usually {@link
   *     CatalogFormat#SCHEMA_VERSION}; required by validation
   * @param dataVersion version of the records, MAJOR.MINOR.PATCH; required by validation
   * @param generated day the file was produced; required by validation
   * @param title name of the catalog; required by validation
   * @param description what it holds, or {@code null}
   * @param coverage what it covers and what it leaves out, or {@code null}
   * @param license licence of the data; required by validation
   * @param checksum {@code sha256:} and 64 lowercase hex digits, or {@code null} to leave the file
   *     unstamped ({@link #withChecksum} and the writers set it)
   * @param extensionNamespaces namespaces records may use in their {@code extensions}; {@code null}
   *     for none
   * @param overlay the records this catalog replaces when merged as an overlay, or {@code null}
   *     for a catalog that only adds records
   */
  public CatalogMetadata {
    extensionNamespaces = Lists.copy(extensionNamespaces);
  }

  /**
   * Metadata of schema 1.0.0: no extension namespaces, not an overlay. Kept so that code written
   * against the 1.0.0 record still compiles.
   *
   * @param schemaVersion version of the catalog format, MAJOR.MINOR.PATCH; required by validation
   * @param dataVersion version of the records, MAJOR.MINOR.PATCH; required by validation
   * @param generated day the file was produced; required by validation
   * @param title name of the catalog; required by validation
   * @param description what it holds, or {@code null}
   * @param coverage what it covers and what it leaves out, or {@code null}
   * @param license licence of the data; required by validation
   * @param checksum {@code sha256:} and 64 lowercase hex digits, or {@code null}
   */
  public CatalogMetadata(String schemaVersion, String dataVersion, LocalDate generated,
      LocalizedText title, LocalizedText description, LocalizedText coverage, License license,
      String checksum) {
    this(schemaVersion, dataVersion, generated, title, description, coverage, license, checksum,
        null, null);
  }

  /**
   * {@return a copy with another checksum, every other field unchanged}
   *
   * @param newChecksum {@code sha256:} and 64 lowercase hex digits, or {@code null} for none; not
   *     checked against the content here
   */
  public CatalogMetadata withChecksum(String newChecksum) {
    return new CatalogMetadata(schemaVersion, dataVersion, generated, title, description, coverage,
        license, newChecksum, extensionNamespaces, overlay);
  }

  /**
   * {@return a copy with other extension namespaces and overlay declaration, every other field
   * unchanged}
   *
   * @param newNamespaces the namespaces records may use in their {@code extensions}; {@code null}
   *     for none
   * @param newOverlay the records the catalog replaces as an overlay, or {@code null} for none
   */
  public CatalogMetadata withLayering(
      List<ExtensionNamespace> newNamespaces, OverlayDeclaration newOverlay) {
    return new CatalogMetadata(schemaVersion, dataVersion, generated, title, description, coverage,
        license, checksum, newNamespaces, newOverlay);
  }
}
