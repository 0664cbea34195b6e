/**
 * JSON text and JSON Pointers without a JSON library: what the core needs to write diffs and
 * compute checksums.
 *
 * <p>Internal: exported only to {@code cat.xmess.io}, may change in any release.
 */
package cat.xmess.catalog.internal.json;
