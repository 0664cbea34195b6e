/**
 * Suggestions for mistyped codes: the known codes nearest to a wrong one, by edit distance. The
 * core's query checks and xmess-io's validation messages share it.
 *
 * <p>Internal: exported only to {@code cat.xmess.io}, may change in any release.
 */
package cat.xmess.catalog.internal.codes;
