package cat.xmess.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A whole catalog: metadata, sources, codelists, network facts, member bodies and initiatives. This
 * is the root of the catalog format; its JSON Schema is published by {@link CatalogFormat}.
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
    @Valid Network network,
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
}
