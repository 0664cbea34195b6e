/**
 * Differences between two catalogs, and their text, JSON and Markdown renderings.
 *
 * <p>Internal: not exported by the module, may change in any release.
 */
package cat.xmess.catalog.internal.diff;
