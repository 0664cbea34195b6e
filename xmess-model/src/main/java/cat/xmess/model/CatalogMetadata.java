package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a catalog is, which versions it has and how it may be used.
 *
 * <p>Two versions travel with the data, as in OCDS: {@code schemaVersion} is the version of the
 * catalog format (see {@link CatalogFormat}), {@code dataVersion} the version of the records
 * themselves. Both are MAJOR.MINOR.PATCH.
 *
 * <p>Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}. The canonical
 * constructor is public because Java requires it of a record, but it gains a parameter whenever the
 * schema gains a field, so code that calls it breaks then; code that uses the builder does not.
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
    @Valid @Nullable LocalizedText description,
    @Valid @Nullable LocalizedText coverage,
    @NotNull @Valid License license,
    @Pattern(regexp = "^sha256:[0-9a-f]{64}$") @Nullable String checksum,
    List<@NotNull @Valid ExtensionNamespace> extensionNamespaces,
    @Valid @Nullable OverlayDeclaration overlay) {

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
   * Builds a {@link CatalogMetadata} component by component, so that code keeps compiling when the schema
   * gains an optional field. Each setter replaces the component's value; the builder checks
   * nothing beyond what the record's constructor checks, since a catalog is validated as a whole.
   * A builder is not thread-safe; the records it builds are immutable.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class Builder {
    private @Nullable String schemaVersion;
    private @Nullable String dataVersion;
    private @Nullable LocalDate generated;
    private @Nullable LocalizedText title;
    private @Nullable LocalizedText description;
    private @Nullable LocalizedText coverage;
    private @Nullable License license;
    private @Nullable String checksum;
    private @Nullable List<ExtensionNamespace> extensionNamespaces;
    private @Nullable OverlayDeclaration overlay;

    private Builder() {}

    private Builder(CatalogMetadata from) {
      schemaVersion = from.schemaVersion;
      dataVersion = from.dataVersion;
      generated = from.generated;
      title = from.title;
      description = from.description;
      coverage = from.coverage;
      license = from.license;
      checksum = from.checksum;
      extensionNamespaces = from.extensionNamespaces;
      overlay = from.overlay;
    }

    /**
     * Sets {@link CatalogMetadata#schemaVersion()}.
     *
     * @param schemaVersion version of the catalog format this file follows
     * @return this builder
     */
    public Builder schemaVersion(String schemaVersion) {
      this.schemaVersion = schemaVersion;
      return this;
    }

    /**
     * Sets {@link CatalogMetadata#dataVersion()}.
     *
     * @param dataVersion version of the data
     * @return this builder
     */
    public Builder dataVersion(String dataVersion) {
      this.dataVersion = dataVersion;
      return this;
    }

    /**
     * Sets {@link CatalogMetadata#generated()}.
     *
     * @param generated day the file was produced
     * @return this builder
     */
    public Builder generated(LocalDate generated) {
      this.generated = generated;
      return this;
    }

    /**
     * Sets {@link CatalogMetadata#title()}.
     *
     * @param title name of the catalog
     * @return this builder
     */
    public Builder title(LocalizedText title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@link CatalogMetadata#description()}.
     *
     * @param description what it holds
     * @return this builder
     */
    public Builder description(@Nullable LocalizedText description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link CatalogMetadata#coverage()}.
     *
     * @param coverage an honest statement of what it covers and what it does not
     * @return this builder
     */
    public Builder coverage(@Nullable LocalizedText coverage) {
      this.coverage = coverage;
      return this;
    }

    /**
     * Sets {@link CatalogMetadata#license()}.
     *
     * @param license licence of the data
     * @return this builder
     */
    public Builder license(License license) {
      this.license = license;
      return this;
    }

    /**
     * Sets {@link CatalogMetadata#checksum()}.
     *
     * @param checksum {@code sha256:} followed by the hex SHA-256 of the catalog's canonical form without this field, or {@code null}; the bundled catalog always has one
     * @return this builder
     */
    public Builder checksum(@Nullable String checksum) {
      this.checksum = checksum;
      return this;
    }

    /**
     * Sets {@link CatalogMetadata#extensionNamespaces()}.
     *
     * @param extensionNamespaces namespaces whose prefixes records may use in their {@code extensions} (since schema 1.1.0)
     * @return this builder
     */
    public Builder extensionNamespaces(List<ExtensionNamespace> extensionNamespaces) {
      this.extensionNamespaces = extensionNamespaces;
      return this;
    }

    /**
     * Sets {@link CatalogMetadata#overlay()}.
     *
     * @param overlay present when the catalog is an overlay that replaces records of the layers below it, else {@code null} (since schema 1.1.0)
     * @return this builder
     */
    public Builder overlay(@Nullable OverlayDeclaration overlay) {
      this.overlay = overlay;
      return this;
    }

    /**
     * {@return a new {@link CatalogMetadata} with the components set so far}
     *
     * @throws NullPointerException if a list holds {@code null}
     */
    // Required components left unset build as null, like a record read from a file with a field
    // missing: a catalog's validation reports them all at once instead of failing on the first.
    @SuppressWarnings("NullAway")
    public CatalogMetadata build() {
      return new CatalogMetadata(schemaVersion, dataVersion, generated, title, description, coverage, license, checksum, extensionNamespaces, overlay);
    }
  }

}
