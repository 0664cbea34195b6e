/**
 * Exports of a catalog: CSV files (Jackson's CSV writer), JSON-LD aligned with ESSGlobal, SKOS and
 * Dublin Core, and a self-contained HTML report (text escaped by the OWASP Java Encoder).
 *
 * <p>Internal: not exported by the module, may change in any release.
 */
package cat.xmess.io.internal.export;
