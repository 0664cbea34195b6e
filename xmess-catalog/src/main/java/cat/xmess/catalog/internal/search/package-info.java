/**
 * Multilingual, accent-insensitive free-text search: text folding, light stemming, an inverted index.
 *
 * <p>Internal: not exported by the module, may change in any release.
 */
package cat.xmess.catalog.internal.search;
