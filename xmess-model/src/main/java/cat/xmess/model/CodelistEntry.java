package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An entry of a plain codelist: policy categories, administration roles, themes, target groups,
 * entity forms or SDGs. Policy instruments carry more and have their own record, {@link
 * PolicyInstrument}.
 *
 * <p>Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}. The canonical
 * constructor is public because Java requires it of a record, but it gains a parameter whenever the
 * schema gains a field, so code that calls it breaks then; code that uses the builder does not.
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
    @Valid @Nullable LocalizedText definition,
    @NotNull CodeStatus status,
    @Pattern(regexp = Patterns.KEY) @Nullable String replacedBy,
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
   * Builds a {@link CodelistEntry} component by component, so that code keeps compiling when the schema
   * gains an optional field. Each setter replaces the component's value; the builder checks
   * nothing beyond what the record's constructor checks, since a catalog is validated as a whole.
   * A builder is not thread-safe; the records it builds are immutable.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class Builder {
    private @Nullable String code;
    private @Nullable LocalizedText label;
    private @Nullable LocalizedText definition;
    private @Nullable CodeStatus status;
    private @Nullable String replacedBy;
    private @Nullable List<String> sourceIds;
    private @Nullable List<ExternalMapping> mappings;

    private Builder() {}

    private Builder(CodelistEntry from) {
      code = from.code;
      label = from.label;
      definition = from.definition;
      status = from.status;
      replacedBy = from.replacedBy;
      sourceIds = from.sourceIds;
      mappings = from.mappings;
    }

    /**
     * Sets {@link CodelistEntry#code()}.
     *
     * @param code stable key
     * @return this builder
     */
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /**
     * Sets {@link CodelistEntry#label()}.
     *
     * @param label label in ca, es and en
     * @return this builder
     */
    public Builder label(LocalizedText label) {
      this.label = label;
      return this;
    }

    /**
     * Sets {@link CodelistEntry#definition()}.
     *
     * @param definition definition, or {@code null}
     * @return this builder
     */
    public Builder definition(@Nullable LocalizedText definition) {
      this.definition = definition;
      return this;
    }

    /**
     * Sets {@link CodelistEntry#status()}.
     *
     * @param status life-cycle status
     * @return this builder
     */
    public Builder status(CodeStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@link CodelistEntry#replacedBy()}.
     *
     * @param replacedBy replacing code of a deprecated entry, or {@code null}
     * @return this builder
     */
    public Builder replacedBy(@Nullable String replacedBy) {
      this.replacedBy = replacedBy;
      return this;
    }

    /**
     * Sets {@link CodelistEntry#sourceIds()}.
     *
     * @param sourceIds ids of supporting sources
     * @return this builder
     */
    public Builder sourceIds(List<String> sourceIds) {
      this.sourceIds = sourceIds;
      return this;
    }

    /**
     * Sets {@link CodelistEntry#mappings()}.
     *
     * @param mappings links to external vocabularies
     * @return this builder
     */
    public Builder mappings(List<ExternalMapping> mappings) {
      this.mappings = mappings;
      return this;
    }

    /**
     * {@return a new {@link CodelistEntry} with the components set so far}
     *
     * @throws NullPointerException if a list holds {@code null}
     */
    // Required components left unset build as null, like a record read from a file with a field
    // missing: a catalog's validation reports them all at once instead of failing on the first.
    @SuppressWarnings("NullAway")
    public CodelistEntry build() {
      return new CodelistEntry(code, label, definition, status, replacedBy, sourceIds, mappings);
    }
  }

}
