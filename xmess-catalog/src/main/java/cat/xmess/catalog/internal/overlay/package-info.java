/**
 * Merging overlay catalogs onto a base catalog: ids, codes and namespaces layer by layer, the
 * provenance of every record, and where each merged record came from (to point errors into files).
 *
 * <p>Internal: not exported by the module, may change in any release.
 */
package cat.xmess.catalog.internal.overlay;
