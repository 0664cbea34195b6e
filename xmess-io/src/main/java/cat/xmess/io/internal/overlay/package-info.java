/**
 * Merging overlay catalogs onto a base catalog: ids, codes and namespaces layer by layer, with every
 * conflict reported against the file it comes from.
 *
 * <p>Internal: not exported by the module, may change in any release.
 */
package cat.xmess.io.internal.overlay;
