/**
 * The loaded catalog: lookup tables, per-initiative facet values, filters and facet counts.
 *
 * <p>Internal: not exported by the module, may change in any release.
 */
package cat.xmess.catalog.internal.index;
