/**
 * Load, validate and query XMESS catalogs.
 *
 * <p>{@link cat.xmess.catalog.XmessCatalog} is the entry point: {@code XmessCatalog.bundled()}
 * gives the catalog shipped with the SDK; {@code XmessCatalog.load(path)} reads a council's own
 * file through every validation layer. A loaded catalog is immutable and thread-safe; it answers
 * lookups by id, {@link cat.xmess.catalog.InitiativeQuery filters}, {@link
 * cat.xmess.catalog.FacetCounts facet counts} and ranked multilingual {@link
 * cat.xmess.catalog.SearchRequest search}.
 *
 * <p>Invalid input never yields a half-loaded catalog: {@link
 * cat.xmess.catalog.CatalogValidationException} carries a {@link
 * cat.xmess.catalog.ValidationReport} listing every {@link cat.xmess.catalog.ValidationError} with
 * its JSON Pointer, stable {@link cat.xmess.catalog.ErrorCode} and message in ca, es and en.
 *
 * <p>Two artifacts: {@code cat.xmess:xmess-catalog} (this package) has the bundled catalog, its
 * queries, facets, search and diffs, and needs no library but SLF4J's API. Reading, validating and
 * writing catalog files, overlays and the {@link cat.xmess.catalog.CatalogExporter exports} also need
 * {@code cat.xmess:xmess-io} on the class path or module path; the calls are the same, and without
 * it they throw an {@link java.lang.IllegalStateException} naming the dependency to add.
 *
 * <p>Nullness follows JSpecify: no parameter or return value is {@code null} unless its type says
 * {@code @Nullable}; lookups answer with {@link java.util.Optional}.
 */
@NullMarked
package cat.xmess.catalog;

import org.jspecify.annotations.NullMarked;
