package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A whole catalog: metadata, sources, codelists, network facts, member bodies and initiatives. This
 * is the root of the catalog format; its JSON Schema is published by {@link CatalogFormat}.
 *
 * <p>Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}. The canonical
 * constructor is public because Java requires it of a record, but it gains a parameter whenever the
 * schema gains a field, so code that calls it breaks then; code that uses the builder does not.
 *
 * @param metadata versions, licence, coverage and checksum
 * @param sources sources cited by the records
 * @param codelists codelists the records refer to
 * @param network facts about the network, or {@code null} in a catalog that holds none
 * @param memberBodies member bodies
 * @param initiatives initiatives
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Catalog(
    @NotNull @Valid CatalogMetadata metadata,
    List<@NotNull @Valid Source> sources,
    @NotNull @Valid Codelists codelists,
    @Valid @Nullable Network network,
    List<@NotNull @Valid MemberBody> memberBodies,
    List<@NotNull @Valid Initiative> initiatives) {

  /**
   * Normalises absent lists to empty, unmodifiable ones. Nothing is validated here: {@link
   * CatalogFormat}'s schema and the bean constraints are checked when the catalog is loaded or
   * validated.
   *
   * @param metadata versions, licence and checksum; required by validation
   * @param sources the sources the records cite; {@code null} for none
   * @param codelists the codelists the records' codes come from; required by validation ({@link
   *     Codelists#empty()} for none)
   * @param network facts about the network, or {@code null}
   * @param memberBodies the member bodies; {@code null} for none
   * @param initiatives the initiatives; {@code null} for none
   */
  public Catalog {
    sources = Lists.copy(sources);
    memberBodies = Lists.copy(memberBodies);
    initiatives = Lists.copy(initiatives);
  }

  /**
   * {@return a copy of this catalog with other metadata and the same records}
   *
   * @param newMetadata the copy's metadata, kept as given: a checksum in it is not recomputed
   */
  public Catalog withMetadata(CatalogMetadata newMetadata) {
    return new Catalog(newMetadata, sources, codelists, network, memberBodies, initiatives);
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
   * Builds a {@link Catalog} component by component, so that code keeps compiling when the schema
   * gains an optional field. Each setter replaces the component's value; the builder checks
   * nothing beyond what the record's constructor checks, since a catalog is validated as a whole.
   * A builder is not thread-safe; the records it builds are immutable.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class Builder {
    private @Nullable CatalogMetadata metadata;
    private @Nullable List<Source> sources;
    private @Nullable Codelists codelists;
    private @Nullable Network network;
    private @Nullable List<MemberBody> memberBodies;
    private @Nullable List<Initiative> initiatives;

    private Builder() {}

    private Builder(Catalog from) {
      metadata = from.metadata;
      sources = from.sources;
      codelists = from.codelists;
      network = from.network;
      memberBodies = from.memberBodies;
      initiatives = from.initiatives;
    }

    /**
     * Sets {@link Catalog#metadata()}.
     *
     * @param metadata versions, licence, coverage and checksum
     * @return this builder
     */
    public Builder metadata(CatalogMetadata metadata) {
      this.metadata = metadata;
      return this;
    }

    /**
     * Sets {@link Catalog#sources()}.
     *
     * @param sources sources cited by the records
     * @return this builder
     */
    public Builder sources(List<Source> sources) {
      this.sources = sources;
      return this;
    }

    /**
     * Sets {@link Catalog#codelists()}.
     *
     * @param codelists codelists the records refer to
     * @return this builder
     */
    public Builder codelists(Codelists codelists) {
      this.codelists = codelists;
      return this;
    }

    /**
     * Sets {@link Catalog#network()}.
     *
     * @param network facts about the network, or {@code null} in a catalog that holds none
     * @return this builder
     */
    public Builder network(@Nullable Network network) {
      this.network = network;
      return this;
    }

    /**
     * Sets {@link Catalog#memberBodies()}.
     *
     * @param memberBodies member bodies
     * @return this builder
     */
    public Builder memberBodies(List<MemberBody> memberBodies) {
      this.memberBodies = memberBodies;
      return this;
    }

    /**
     * Sets {@link Catalog#initiatives()}.
     *
     * @param initiatives initiatives
     * @return this builder
     */
    public Builder initiatives(List<Initiative> initiatives) {
      this.initiatives = initiatives;
      return this;
    }

    /**
     * {@return a new {@link Catalog} with the components set so far}
     *
     * @throws NullPointerException if a list holds {@code null}
     */
    // Required components left unset build as null, like a record read from a file with a field
    // missing: a catalog's validation reports them all at once instead of failing on the first.
    @SuppressWarnings("NullAway")
    public Catalog build() {
      return new Catalog(metadata, sources, codelists, network, memberBodies, initiatives);
    }
  }

}
