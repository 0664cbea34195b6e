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
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface XmessCatalog {

  /**
   * The catalog shipped with the SDK, loaded once on first use and shared. It was validated when the
   * SDK was built; loading checks its checksum instead of validating it again.
   */
  static XmessCatalog bundled() {
    return BundledCatalog.get();
  }

  /** Loads and validates a catalog file with the default {@link ReadLimits}. */
  static XmessCatalog load(Path file) {
    return CatalogReader.standard().load(file);
  }

  /** Loads and validates a catalog from a stream, which the caller closes. */
  static XmessCatalog load(InputStream json) {
    return CatalogReader.standard().load(json);
  }

  /** Validates a catalog built in Java (bean constraints and integrity) and indexes it. */
  static XmessCatalog of(Catalog catalog) {
    return CatalogReader.standard().of(catalog);
  }

  /** Validates a catalog file without loading it. */
  static ValidationReport validate(Path file) {
    return CatalogReader.standard().validate(file);
  }

  /** Validates a catalog built in Java: bean constraints and integrity. */
  static ValidationReport validate(Catalog catalog) {
    return CatalogReader.standard().validate(catalog);
  }

  /** The catalog in the JSON format, pretty-printed, its checksum recorded; see {@link CatalogReader#toJson}. */
  static String toJson(Catalog catalog) {
    return CatalogReader.standard().toJson(catalog);
  }

  /**
   * The differences between two catalogs: records added, removed and changed field by field, and
   * codes newly deprecated. See {@link CatalogDiff}.
   */
  static CatalogDiff diff(Catalog older, Catalog newer) {
    return CatalogDiff.between(older, newer);
  }

  /** The whole catalog model (for a merged catalog, the merged model). */
  Catalog catalog();

  /**
   * The layers this catalog was merged from: the base first, then each overlay in order. A catalog
   * that was not merged has one layer.
   */
  List<CatalogLayer> layers();

  /**
   * The layer an initiative, member body or codelist entry comes from: the layer that added it, or
   * the overlay that replaced it. Empty when the catalog has no such record.
   */
  Optional<CatalogLayer> provenance(RecordType type, String id);

  /** The layer a source comes from; empty when the catalog has no such source. */
  Optional<CatalogLayer> sourceProvenance(String id);

  /**
   * This catalog with overlay files merged onto it, in order; this catalog is not changed. Each
   * overlay is a catalog file of the same format that adds records and codes, and replaces the
   * records its {@code metadata.overlay.replaces} lists. See {@link CatalogReader#overlay}.
   *
   * @throws CatalogValidationException with every error of every file and every conflict between
   *     layers, each error naming its file in {@link ValidationError#origin()}
   */
  default XmessCatalog withOverlays(Path... overlays) {
    return CatalogReader.standard().overlay(this, List.of(overlays));
  }


  /** Versions, licence, coverage and checksum. */
  default CatalogMetadata metadata() {
    return catalog().metadata();
  }

  /** The initiative with {@code id}. */
  Optional<Initiative> initiative(String id);

  /** The member body with {@code id}. */
  Optional<MemberBody> memberBody(String id);

  /** The source with {@code id}. */
  Optional<Source> source(String id);

  /**
   * The entry of codelist {@code kind} with {@code code}. A deprecated code is still found: its
   * {@link CodeDefinition#status()} is {@code DEPRECATED} and {@link CodeDefinition#replacedBy()}
   * names its replacement (see {@link #currentCode}).
   */
  Optional<CodeDefinition> code(CodelistKind kind, String code);

  /**
   * The entry that stands for {@code code} today: the code itself unless it is deprecated with a
   * replacement, else the replacement (followed through every step). Empty when {@code code} is
   * not in the codelist.
   */
  Optional<CodeDefinition> currentCode(CodelistKind kind, String code);

  /**
   * Initiatives passing {@code query}, in catalog order. A deprecated code and its replacement
   * name the same concept: filtering on either matches initiatives tagged with either (the same
   * holds for {@link #facets} and for {@link SearchRequest#filter()}); facet counts still count
   * each code as tagged.
   */
  List<Initiative> initiatives(InitiativeQuery query);

  /** Facet counts of the initiatives passing {@code query}. */
  FacetCounts facets(InitiativeQuery query);

  /** Free-text search over every record type; see {@link SearchRequest}. */
  default List<SearchHit> search(String text) {
    return search(SearchRequest.of(text));
  }

  /** Free-text search, ranked best first. */
  List<SearchHit> search(SearchRequest request);
}
