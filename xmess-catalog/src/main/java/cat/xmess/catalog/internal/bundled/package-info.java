/**
 * The catalog shipped in the jar, loaded once and checked by checksum.
 *
 * <p>Internal: not exported by the module, may change in any release.
 */
package cat.xmess.catalog.internal.bundled;
