/**
 * The XMESS catalog as immutable Java records.
 *
 * <p>A {@link cat.xmess.model.Catalog} holds {@link cat.xmess.model.CatalogMetadata metadata}
 * (schema and data versions, licence, coverage, checksum), {@link cat.xmess.model.Source sources},
 * {@link cat.xmess.model.Codelists codelists}, facts about the {@link cat.xmess.model.Network
 * network}, its {@link cat.xmess.model.MemberBody member bodies} and municipal {@link
 * cat.xmess.model.Initiative initiatives}. Records refer to each other by id or code, never by
 * object reference, exactly as the JSON format does; the {@code cat.xmess.catalog} module resolves
 * and checks those references.
 *
 * <p>Every record's lists are unmodifiable and never null; texts are {@link
 * cat.xmess.model.LocalizedText} in Catalan, Spanish and English; enumerations implement {@link
 * cat.xmess.model.WireCode} and carry the stable code the JSON uses. Jakarta constraints on the
 * records state what a valid value is; they are checked by the catalog module, not on construction,
 * so that a report can list every problem at once.
 *
 * <p>Nullness follows JSpecify: nothing is {@code null} unless its type says {@code @Nullable}. A
 * component the schema makes optional is {@code @Nullable}; a required one is never {@code null} in
 * a validated catalog, although a record built in code can hold {@code null} there until
 * validation reports it. Lists and maps are never {@code null}.
 */
@NullMarked
package cat.xmess.model;

import org.jspecify.annotations.NullMarked;
