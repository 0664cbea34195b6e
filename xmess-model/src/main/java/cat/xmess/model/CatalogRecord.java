package cat.xmess.model;

import org.apiguardian.api.API;

/**
 * A record of a catalog that search and provenance name by its own id: an initiative, a member body,
 * a source, or an entry of a codelist. Sealed, so that a {@code switch} over it (Java 21) is
 * exhaustive and a search hit hands back its record without a lookup by type.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public sealed interface CatalogRecord permits Initiative, MemberBody, Source, CodeDefinition {}
