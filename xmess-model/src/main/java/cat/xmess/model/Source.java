package cat.xmess.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A source that catalog records cite by id.
 *
 * <p>Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}. The canonical
 * constructor is public because Java requires it of a record, but it gains a parameter whenever the
 * schema gains a field, so code that calls it breaks then; code that uses the builder does not.
 *
 * @param id stable id, for example {@code S01}
 * @param title the source's title, or a descriptive title in square brackets
 * @param publisher who published it, or {@code null}
 * @param urls where it was read, main address first; empty for sources known only by outlet and
 *     date
 * @param date publication date (ISO 8601, year, month or day precision), or {@code null}
 * @param supports which facts it supports, in brief, or {@code null}
 * @param abcGuide {@code true} when the source is the 2019 ABC guide itself (a copy or edition of
 *     it), the only kind of source a {@link GuideCitation} may cite; {@code null} (or {@code false})
 *     otherwise (since schema 1.2.0)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Source(
    @NotBlank @Pattern(regexp = Patterns.SOURCE_ID) String id,
    @NotBlank String title,
    @Pattern(regexp = Patterns.NOT_BLANK) @Nullable String publisher,
    List<@NotBlank @Pattern(regexp = "^https?://\\S+$") String> urls,
    @Pattern(regexp = Patterns.PARTIAL_DATE) @Nullable String date,
    @Pattern(regexp = Patterns.NOT_BLANK) @Nullable String supports,
    @Nullable Boolean abcGuide) implements CatalogRecord {

  /**
   * Normalises an absent list to an empty, unmodifiable one.
   *
   * @param id stable id that records cite, such as {@code S01}; required
   * @param title the source's title, or a descriptive title in square brackets; required
   * @param publisher who published it, or {@code null}
   * @param urls {@code http} or {@code https} addresses, main one first; {@code null} for a source
   *     known only by outlet and date
   * @param date publication date, ISO 8601 of year, month or day precision, or {@code null}
   * @param supports which facts it supports, in brief, or {@code null}
   * @param abcGuide {@code true} when the source is the 2019 ABC guide itself, else {@code null} or
   *     {@code false}
   */
  public Source {
    urls = Lists.copy(urls);
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
   * Builds a {@link Source} component by component, so that code keeps compiling when the schema
   * gains an optional field. Each setter replaces the component's value; the builder checks
   * nothing beyond what the record's constructor checks, since a catalog is validated as a whole.
   * A builder is not thread-safe; the records it builds are immutable.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String title;
    private @Nullable String publisher;
    private @Nullable List<String> urls;
    private @Nullable String date;
    private @Nullable String supports;
    private @Nullable Boolean abcGuide;

    private Builder() {}

    private Builder(Source from) {
      id = from.id;
      title = from.title;
      publisher = from.publisher;
      urls = from.urls;
      date = from.date;
      supports = from.supports;
      abcGuide = from.abcGuide;
    }

    /**
     * Sets {@link Source#id()}.
     *
     * @param id stable id, for example {@code S01}
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Source#title()}.
     *
     * @param title the source's title, or a descriptive title in square brackets
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@link Source#publisher()}.
     *
     * @param publisher who published it, or {@code null}
     * @return this builder
     */
    public Builder publisher(@Nullable String publisher) {
      this.publisher = publisher;
      return this;
    }

    /**
     * Sets {@link Source#urls()}.
     *
     * @param urls where it was read, main address first; empty for sources known only by outlet and date
     * @return this builder
     */
    public Builder urls(List<String> urls) {
      this.urls = urls;
      return this;
    }

    /**
     * Sets {@link Source#date()}.
     *
     * @param date publication date (ISO 8601, year, month or day precision), or {@code null}
     * @return this builder
     */
    public Builder date(@Nullable String date) {
      this.date = date;
      return this;
    }

    /**
     * Sets {@link Source#supports()}.
     *
     * @param supports which facts it supports, in brief, or {@code null}
     * @return this builder
     */
    public Builder supports(@Nullable String supports) {
      this.supports = supports;
      return this;
    }

    /**
     * Sets {@link Source#abcGuide()}.
     *
     * @param abcGuide {@code true} when the source is the 2019 ABC guide itself (a copy or edition of it), the only kind of source a {@link GuideCitation} may cite; {@code null} (or {@code false}) otherwise (since schema 1.2.0)
     * @return this builder
     */
    public Builder abcGuide(@Nullable Boolean abcGuide) {
      this.abcGuide = abcGuide;
      return this;
    }

    /**
     * {@return a new {@link Source} with the components set so far}
     *
     * @throws NullPointerException if a list holds {@code null}
     */
    // Required components left unset build as null, like a record read from a file with a field
    // missing: a catalog's validation reports them all at once instead of failing on the first.
    @SuppressWarnings("NullAway")
    public Source build() {
      return new Source(id, title, publisher, urls, date, supports, abcGuide);
    }
  }

}
