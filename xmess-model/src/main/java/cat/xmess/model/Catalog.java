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

  /** Normalises absent lists to empty, unmodifiable ones. */
  public Catalog {
    sources = Lists.copy(sources);
    memberBodies = Lists.copy(memberBodies);
    initiatives = Lists.copy(initiatives);
  }

  /** A copy with other metadata. */
  public Catalog withMetadata(CatalogMetadata newMetadata) {
    return new Catalog(newMetadata, sources, codelists, network, memberBodies, initiatives);
  }
}
