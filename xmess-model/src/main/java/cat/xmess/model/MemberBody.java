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

/**
 * A local body that is (or probably is) a member of the network.
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
    @Pattern(regexp = "^[0-9]{5}$") String ineCode,
    @Pattern(regexp = "^[0-9]{6}$") String idescatCode,
    @Valid Comarca comarca,
    @NotNull Province province,
    @NotNull MembershipStatus membershipStatus,
    @Min(2015) @Max(2100) Integer joined,
    @NotNull Confidence confidence,
    @Valid LocalizedText notes,
    List<@NotBlank String> sourceIds,
    Map<@NotBlank @Pattern(regexp = Patterns.KEY) String, @NotNull Object> extensions) {

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
   * A member body of schema 1.0.0, without extensions. Kept so that code written against the 1.0.0
   * record still compiles.
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
   */
  public MemberBody(String id, LocalizedText name, BodyKind kind, String place, String ineCode,
      String idescatCode, Comarca comarca, Province province, MembershipStatus membershipStatus,
      Integer joined, Confidence confidence, LocalizedText notes, List<String> sourceIds) {
    this(id, name, kind, place, ineCode, idescatCode, comarca, province, membershipStatus, joined,
        confidence, notes, sourceIds, null);
  }
}
