package cat.xmess.catalog;

import cat.xmess.catalog.internal.bundled.BundledCatalog;
import cat.xmess.model.Catalog;
import cat.xmess.model.CatalogMetadata;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Initiative;
import cat.xmess.model.MemberBody;
import cat.xmess.model.Source;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The entry point of the SDK: a loaded, validated, immutable catalog that answers queries
 * in-process. Instances are safe for any number of concurrent readers.
 *
 * <pre>{@code
 * XmessCatalog catalog = XmessCatalog.bundled();
 * List<SearchHit> hits = catalog.search("contractació pública");
 * List<Initiative> housing = catalog.initiatives(InitiativeQuery.builder().theme("housing").build());
 * }</pre>
 *
 * <p>Loading is all-or-nothing: a catalog that fails validation throws {@link
 * CatalogValidationException} with every error found, and nothing is created.
 *
 * <p>{@link #bundled()}, the queries and {@link #diff} need only this artifact. {@code load}, {@code
 * of}, {@code validate}, {@code toJson} and {@link #withOverlays} read, validate or write catalogs
 * and need the artifact {@code cat.xmess:xmess-io} too; without it they throw an {@link
 * IllegalStateException} that says which dependency to add.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface XmessCatalog {

  /**
   * The catalog shipped with the SDK, loaded once on first use and shared. It was validated when the
   * SDK was built; loading checks its checksum instead of validating it again.
   *
   * @return the shared bundled catalog; every call returns the same instance
   * @throws IllegalStateException if the bundled catalog is missing from the jar or corrupt
   */
  static XmessCatalog bundled() {
    return BundledCatalog.get();
  }

  /**
   * Loads and validates a catalog file with the default {@link ReadLimits}.
   *
   * @param file a UTF-8 JSON file in the catalog format
   * @return the loaded catalog, a single layer named after {@code file}
   * @throws CatalogValidationException with every error found, including a missing or unreadable
   *     file
   */
  static XmessCatalog load(Path file) {
    return CatalogReader.standard().load(file);
  }

  /**
   * Loads and validates a catalog from a stream, which the caller closes.
   *
   * @param json UTF-8 JSON in the catalog format, read to its end
   * @return the loaded catalog, a single layer named {@code catalog}
   * @throws CatalogValidationException with every error found
   */
  static XmessCatalog load(InputStream json) {
    return CatalogReader.standard().load(json);
  }

  /**
   * Validates a catalog built in Java (bean constraints and integrity) and indexes it.
   *
   * @param catalog the catalog model; the JSON Schema is not involved, since there is no JSON
   * @return the indexed catalog, a single layer named {@code catalog}
   * @throws CatalogValidationException with every error found
   */
  static XmessCatalog of(Catalog catalog) {
    return CatalogReader.standard().of(catalog);
  }

  /**
   * Validates a catalog file without loading it.
   *
   * @param file a UTF-8 JSON file in the catalog format
   * @return every error found, layer by layer; a missing or unreadable file is an {@code io-error}
   *     in the report, not an exception
   */
  static ValidationReport validate(Path file) {
    return CatalogReader.standard().validate(file);
  }

  /**
   * Validates a catalog built in Java: bean constraints and integrity.
   *
   * @param catalog the catalog model
   * @return every error found; valid when there is none
   */
  static ValidationReport validate(Catalog catalog) {
    return CatalogReader.standard().validate(catalog);
  }

  /**
   * {@return the catalog in the JSON format, pretty-printed, its checksum recorded} See {@link
   * CatalogReader#toJson}.
   *
   * @param catalog the catalog to write; it is not validated first
   */
  static String toJson(Catalog catalog) {
    return CatalogReader.standard().toJson(catalog);
  }

  /**
   * The differences between two catalogs: records added, removed and changed field by field, and
   * codes newly deprecated. See {@link CatalogDiff}.
   *
   * @param older the catalog to compare from, for example the previous data release
   * @param newer the catalog to compare to
   * @return the changes that turn {@code older} into {@code newer}; empty when they hold the same
   *     records
   */
  static CatalogDiff diff(Catalog older, Catalog newer) {
    return CatalogDiff.between(older, newer);
  }

  /** {@return the whole catalog model (for a merged catalog, the merged model)} */
  Catalog catalog();

  /**
   * {@return the layers this catalog was merged from: the base first, then each overlay in order}
   * A catalog that was not merged has one layer.
   */
  List<CatalogLayer> layers();

  /**
   * The layer an initiative, member body or codelist entry comes from: the layer that added it, or
   * the overlay that replaced it.
   *
   * @param type the kind of record; a codelist type looks {@code id} up as a code of its codelist
   * @param id the record's id, or the entry's code
   * @return the layer, or empty when the catalog has no such record
   */
  Optional<CatalogLayer> provenance(RecordType type, String id);

  /**
   * The layer a source comes from: the layer that added it, or the overlay that replaced it.
   *
   * @param id the source's id, such as {@code S01}
   * @return the layer, or empty when the catalog has no such source
   */
  Optional<CatalogLayer> sourceProvenance(String id);

  /**
   * This catalog with overlay files merged onto it, in order; this catalog is not changed. Each
   * overlay is a catalog file of the same format that adds records and codes, and replaces the
   * records its {@code metadata.overlay.replaces} lists. See {@link CatalogReader#overlay}.
   *
   * @param overlays overlay files, merged in the order given, each on top of the ones before
   * @return the merged catalog, with one {@link #layers() layer} for this catalog and one per file
   * @throws CatalogValidationException with every error of every file and every conflict between
   *     layers, each error naming its file in {@link ValidationError#origin()}
   */
  default XmessCatalog withOverlays(Path... overlays) {
    return CatalogReader.standard().overlay(this, List.of(overlays));
  }


  /** {@return the catalog's metadata: versions, licence, coverage and checksum} */
  default CatalogMetadata metadata() {
    return catalog().metadata();
  }

  /**
   * {@return the initiative with {@code id}, or empty when there is none}
   *
   * @param id the initiative's kebab-case id
   */
  Optional<Initiative> initiative(String id);

  /**
   * {@return the member body with {@code id}, or empty when there is none}
   *
   * @param id the body's kebab-case id, such as {@code ajuntament-de-sabadell}
   */
  Optional<MemberBody> memberBody(String id);

  /**
   * {@return the source with {@code id}, or empty when there is none}
   *
   * @param id the source's id, such as {@code S01}
   */
  Optional<Source> source(String id);

  /**
   * The entry of codelist {@code kind} with {@code code}. A deprecated code is still found: its
   * {@link CodeDefinition#status()} is {@code DEPRECATED} and {@link CodeDefinition#replacedBy()}
   * names its replacement (see {@link #currentCode}).
   *
   * @param kind the codelist to look in
   * @param code the entry's code, such as {@code regulatory}
   * @return the entry, or empty when the codelist has no such code
   */
  Optional<CodeDefinition> code(CodelistKind kind, String code);

  /**
   * The entry that stands for {@code code} today: the code itself unless it is deprecated with a
   * replacement, else the replacement (followed through every step).
   *
   * @param kind the codelist to look in
   * @param code a code of that codelist, current or deprecated
   * @return the current entry, or empty when {@code code} is not in the codelist
   */
  Optional<CodeDefinition> currentCode(CodelistKind kind, String code);

  /**
   * Initiatives passing {@code query}, in catalog order. A deprecated code and its replacement
   * name the same concept: filtering on either matches initiatives tagged with either (the same
   * holds for {@link #facets} and for {@link SearchRequest#filter()}); facet counts still count
   * each code as tagged.
   *
   * @param query the filter; {@link InitiativeQuery#all()} for every initiative
   * @return the matching initiatives, in catalog order; empty when none match
   */
  List<Initiative> initiatives(InitiativeQuery query);

  /**
   * {@return facet counts of the initiatives passing {@code query}} The counts let a user interface
   * show how many results each further filter value would leave.
   *
   * @param query the filter; {@link InitiativeQuery#all()} to count the whole catalog
   */
  FacetCounts facets(InitiativeQuery query);

  /**
   * Free-text search over every record type, with {@link SearchRequest#DEFAULT_LIMIT}; see {@link
   * SearchRequest}.
   *
   * @param text the words to find, in Catalan, Spanish or English
   * @return the hits, best first; empty when {@code text} has no word to search for
   */
  default List<SearchHit> search(String text) {
    return search(SearchRequest.of(text));
  }

  /**
   * Free-text search, ranked best first.
   *
   * @param request the text, filter, record types and limit
   * @return at most {@code request.limit()} hits, best first; empty when nothing matches
   */
  List<SearchHit> search(SearchRequest request);
}
