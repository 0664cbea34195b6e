/**
 * Multilingual, accent-insensitive free-text search: text folding, light stemming, an index of
 * tiered postings and per-document terms, and an exact top-k search that prunes by score bounds
 * (see {@link cat.xmess.catalog.internal.search.SearchIndex} for the ranking).
 *
 * <p>Internal: not exported by the module, may change in any release.
 */
package cat.xmess.catalog.internal.search;
