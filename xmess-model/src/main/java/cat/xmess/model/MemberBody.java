package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A local body that is (or probably is) a member of the network.
 *
 * <p>Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}. The canonical
 * constructor is public because Java requires it of a record, but it gains a parameter whenever the
 * schema gains a field, so code that calls it breaks then; code that uses the builder does not.
 *
 * @param id stable key, for example {@code ajuntament-de-sabadell}
 * @param name official name; Catalan is the official form
 * @param kind town council, comarcal council, consortium or other
 * @param place the municipality, comarca or consortium area the body represents
 * @param ineCode 5-digit INE code, for town councils only, else {@code null}
 * @param idescatCode 6-digit Idescat code (INE code and control digit), for town councils only
 * @param comarca the comarca, or {@code null} when the body spans several
 * @param province province of the municipality, or of the seat for other bodies
 * @param membershipStatus how well the membership is established
 * @param joined year of admission, or {@code null} when unknown or disputed
 * @param confidence reliability of the record
 * @param notes remarks (roles in the network, disagreements between sources), or {@code null}
 * @param sourceIds ids of supporting sources
 * @param extensions a council's own fields, keyed by a prefix declared in the catalog's {@link
 *     CatalogMetadata#extensionNamespaces()}; each value is plain JSON as Java values: {@code
 *     Map<String, Object>}, {@code List<Object>}, {@code String}, {@code BigDecimal} or {@code
 *     Boolean}, deeply unmodifiable; empty when there are none (since schema 1.1.0)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record MemberBody(
    @NotBlank @Pattern(regexp = Patterns.KEY) String id,
    @NotNull @Valid LocalizedText name,
    @NotNull BodyKind kind,
    @NotBlank String place,
    @Pattern(regexp = "^[0-9]{5}$") @Nullable String ineCode,
    @Pattern(regexp = "^[0-9]{6}$") @Nullable String idescatCode,
    @Valid @Nullable Comarca comarca,
    @NotNull Province province,
    @NotNull MembershipStatus membershipStatus,
    @Min(2015) @Max(2100) @Nullable Integer joined,
    @NotNull Confidence confidence,
    @Valid @Nullable LocalizedText notes,
    List<@NotBlank String> sourceIds,
    Map<@NotBlank @Pattern(regexp = Patterns.KEY) String, @NotNull Object> extensions) implements CatalogRecord {

  /**
   * Normalises an absent list or map to an empty, unmodifiable one, and copies {@code extensions}
   * deeply, sorted by key. Codes are checked against each other when the catalog is validated.
   *
   * @param id stable kebab-case key, for example {@code ajuntament-de-sabadell}; required
   * @param name official name, Catalan being the official form; required
   * @param kind kind of local body; required
   * @param place the municipality, comarca or consortium area the body represents; required
   * @param ineCode 5-digit INE code of a town council's municipality, else {@code null}
   * @param idescatCode 6-digit Idescat code of a town council's municipality, else {@code null}
   * @param comarca the comarca, or {@code null} when the body spans several
   * @param province province of the municipality, or of the seat for other bodies; required
   * @param membershipStatus how well the membership is established; required
   * @param joined year of admission (2015 or later), or {@code null} when unknown or disputed
   * @param confidence reliability of the record; required
   * @param notes remarks such as roles in the network, or {@code null}
   * @param sourceIds ids of the supporting sources; {@code null} for none
   * @param extensions a council's own fields, keyed by a declared prefix, as plain JSON values;
   *     {@code null} for none
   * @throws NullPointerException if {@code sourceIds} holds {@code null}, or {@code extensions} a
   *     {@code null} key or value
   * @throws IllegalArgumentException if an extension key is not well-formed Unicode, or a value is
   *     not a map, list, string, number or boolean
   */
  public MemberBody {
    sourceIds = Lists.copy(sourceIds);
    extensions = JsonValues.copyObject(extensions);
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
   * Builds a {@link MemberBody} component by component, so that code keeps compiling when the schema
   * gains an optional field. Each setter replaces the component's value; the builder checks
   * nothing beyond what the record's constructor checks, since a catalog is validated as a whole.
   * A builder is not thread-safe; the records it builds are immutable.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static final class Builder {
    private @Nullable String id;
    private @Nullable LocalizedText name;
    private @Nullable BodyKind kind;
    private @Nullable String place;
    private @Nullable String ineCode;
    private @Nullable String idescatCode;
    private @Nullable Comarca comarca;
    private @Nullable Province province;
    private @Nullable MembershipStatus membershipStatus;
    private @Nullable Integer joined;
    private @Nullable Confidence confidence;
    private @Nullable LocalizedText notes;
    private @Nullable List<String> sourceIds;
    private @Nullable Map<String, Object> extensions;

    private Builder() {}

    private Builder(MemberBody from) {
      id = from.id;
      name = from.name;
      kind = from.kind;
      place = from.place;
      ineCode = from.ineCode;
      idescatCode = from.idescatCode;
      comarca = from.comarca;
      province = from.province;
      membershipStatus = from.membershipStatus;
      joined = from.joined;
      confidence = from.confidence;
      notes = from.notes;
      sourceIds = from.sourceIds;
      extensions = from.extensions;
    }

    /**
     * Sets {@link MemberBody#id()}.
     *
     * @param id stable key, for example {@code ajuntament-de-sabadell}
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link MemberBody#name()}.
     *
     * @param name official name; Catalan is the official form
     * @return this builder
     */
    public Builder name(LocalizedText name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link MemberBody#kind()}.
     *
     * @param kind town council, comarcal council, consortium or other
     * @return this builder
     */
    public Builder kind(BodyKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Sets {@link MemberBody#place()}.
     *
     * @param place the municipality, comarca or consortium area the body represents
     * @return this builder
     */
    public Builder place(String place) {
      this.place = place;
      return this;
    }

    /**
     * Sets {@link MemberBody#ineCode()}.
     *
     * @param ineCode 5-digit INE code, for town councils only, else {@code null}
     * @return this builder
     */
    public Builder ineCode(@Nullable String ineCode) {
      this.ineCode = ineCode;
      return this;
    }

    /**
     * Sets {@link MemberBody#idescatCode()}.
     *
     * @param idescatCode 6-digit Idescat code (INE code and control digit), for town councils only
     * @return this builder
     */
    public Builder idescatCode(@Nullable String idescatCode) {
      this.idescatCode = idescatCode;
      return this;
    }

    /**
     * Sets {@link MemberBody#comarca()}.
     *
     * @param comarca the comarca, or {@code null} when the body spans several
     * @return this builder
     */
    public Builder comarca(@Nullable Comarca comarca) {
      this.comarca = comarca;
      return this;
    }

    /**
     * Sets {@link MemberBody#province()}.
     *
     * @param province province of the municipality, or of the seat for other bodies
     * @return this builder
     */
    public Builder province(Province province) {
      this.province = province;
      return this;
    }

    /**
     * Sets {@link MemberBody#membershipStatus()}.
     *
     * @param membershipStatus how well the membership is established
     * @return this builder
     */
    public Builder membershipStatus(MembershipStatus membershipStatus) {
      this.membershipStatus = membershipStatus;
      return this;
    }

    /**
     * Sets {@link MemberBody#joined()}.
     *
     * @param joined year of admission, or {@code null} when unknown or disputed
     * @return this builder
     */
    public Builder joined(@Nullable Integer joined) {
      this.joined = joined;
      return this;
    }

    /**
     * Sets {@link MemberBody#confidence()}.
     *
     * @param confidence reliability of the record
     * @return this builder
     */
    public Builder confidence(Confidence confidence) {
      this.confidence = confidence;
      return this;
    }

    /**
     * Sets {@link MemberBody#notes()}.
     *
     * @param notes remarks (roles in the network, disagreements between sources), or {@code null}
     * @return this builder
     */
    public Builder notes(@Nullable LocalizedText notes) {
      this.notes = notes;
      return this;
    }

    /**
     * Sets {@link MemberBody#sourceIds()}.
     *
     * @param sourceIds ids of supporting sources
     * @return this builder
     */
    public Builder sourceIds(List<String> sourceIds) {
      this.sourceIds = sourceIds;
      return this;
    }

    /**
     * Sets {@link MemberBody#extensions()}.
     *
     * @param extensions a council's own fields, keyed by a prefix declared in the catalog's {@link CatalogMetadata#extensionNamespaces()}; each value is plain JSON as Java values: {@code Map<String, Object>}, {@code List<Object>}, {@code String}, {@code BigDecimal} or {@code Boolean}, deeply unmodifiable; empty when there are none (since schema 1.1.0)
     * @return this builder
     */
    public Builder extensions(Map<String, Object> extensions) {
      this.extensions = extensions;
      return this;
    }

    /**
     * {@return a new {@link MemberBody} with the components set so far}
     *
     * @throws NullPointerException if a list holds {@code null}
     */
    // Required components left unset build as null, like a record read from a file with a field
    // missing: a catalog's validation reports them all at once instead of failing on the first.
    @SuppressWarnings("NullAway")
    public MemberBody build() {
      return new MemberBody(id, name, kind, place, ineCode, idescatCode, comarca, province, membershipStatus, joined, confidence, notes, sourceIds, extensions);
    }
  }

}
