package cat.xmess.catalog;

import cat.xmess.model.Catalog;
import cat.xmess.model.CatalogMetadata;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Comarca;
import cat.xmess.model.Initiative;
import cat.xmess.model.MemberBody;
import cat.xmess.model.Source;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
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
 * <p>{@link #bundled()} and the queries need only this artifact. {@code load}, {@code of}, {@code
 * validate} and {@link #withOverlays} read or validate catalogs and need the artifact {@code
 * cat.xmess:xmess-io} too; without it they throw an {@link IllegalStateException} that says which
 * dependency to add. {@link CatalogDiff#between} compares catalogs and {@link CatalogExporter}
 * writes them.
 *
 * <p>The class is final and only the library makes instances, so every catalog a method receives is
 * one the library built, indexed and validated.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class XmessCatalog {
  private final IndexedCatalog engine;
  private final ReadLimits limits;

  // Only the library makes instances: the bundled catalog here, every other through CatalogReader.
  XmessCatalog(IndexedCatalog engine, ReadLimits limits) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  IndexedCatalog engine() {
    return engine;
  }

  /** The limits this catalog was read with, which its overlays are read with too. */
  ReadLimits limits() {
    return limits;
  }


  /**
   * The catalog shipped with the SDK, loaded once on first use and shared. It was validated when the
   * SDK was built; loading checks its checksum instead of validating it again.
   *
   * @return the shared bundled catalog; every call returns the same instance
   * @throws IllegalStateException if the bundled catalog is missing from the jar or corrupt
   */
  public static XmessCatalog bundled() {
    return Bundled.INSTANCE;
  }

  // Loaded on first use of bundled(), once, by the JVM's class initialisation.
  private static final class Bundled {
    static final XmessCatalog INSTANCE = new XmessCatalog(BundledCatalog.load(), ReadLimits.DEFAULT);
  }

  /**
   * Loads and validates a catalog file with the default {@link ReadLimits}.
   *
   * @param file a UTF-8 JSON file in the catalog format
   * @return the loaded catalog, a single layer named after {@code file}
   * @throws CatalogValidationException with every error found, including a missing or unreadable
   *     file
   */
  public static XmessCatalog load(Path file) {
    return CatalogReader.standard().load(file);
  }

  /**
   * Loads and validates a catalog from a stream, which the caller closes.
   *
   * @param json UTF-8 JSON in the catalog format, read to its end
   * @return the loaded catalog, a single layer named {@code catalog}
   * @throws CatalogValidationException with every error found
   */
  public static XmessCatalog load(InputStream json) {
    return CatalogReader.standard().load(json);
  }

  /**
   * Validates a catalog built in Java (bean constraints and integrity) and indexes it.
   *
   * @param catalog the catalog model; the JSON Schema is not involved, since there is no JSON
   * @return the indexed catalog, a single layer named {@code catalog}
   * @throws CatalogValidationException with every error found
   */
  public static XmessCatalog of(Catalog catalog) {
    return CatalogReader.standard().of(catalog);
  }

  /**
   * Validates a catalog file without loading it.
   *
   * @param file a UTF-8 JSON file in the catalog format
   * @return every error found, layer by layer; a missing or unreadable file is an {@code io-error}
   *     in the report, not an exception
   */
  public static ValidationReport validate(Path file) {
    return CatalogReader.standard().validate(file);
  }

  /**
   * Validates a catalog built in Java: bean constraints and integrity.
   *
   * @param catalog the catalog model
   * @return every error found; valid when there is none
   */
  public static ValidationReport validate(Catalog catalog) {
    return CatalogReader.standard().validate(catalog);
  }

  /** {@return the whole catalog model (for a merged catalog, the merged model)} */
  public Catalog catalog() {
    return engine.catalog();
  }

  /**
   * {@return the layers this catalog was merged from: the base first, then each overlay in order}
   * A catalog that was not merged has one layer.
   */
  public List<CatalogLayer> layers() {
    return engine.layers();
  }

  /**
   * The layer an initiative, member body, source or codelist entry comes from: the layer that added
   * it, or the overlay that replaced it. (Sources: {@link RecordType#SOURCE}, since 0.2.0, which
   * replaces {@code sourceProvenance(id)}.)
   *
   * @param type the kind of record; a codelist type looks {@code id} up as a code of its codelist
   * @param id the record's id, or the entry's code
   * @return the layer, or empty when the catalog has no such record
   */
  public Optional<CatalogLayer> provenance(RecordType type, String id) {
    return engine.provenance(type, id);
  }

  /**
   * This catalog with overlay files merged onto it, in order; this catalog is not changed. Each
   * overlay is a catalog file of the same format that adds records and codes, and replaces the
   * records its {@code metadata.overlay.replaces} lists. The overlays are read with the {@link
   * ReadLimits} this catalog was read with ({@link ReadLimits#DEFAULT} for the bundled catalog). See
   * {@link CatalogReader#overlay}.
   *
   * @param overlays overlay files, merged in the order given, each on top of the ones before
   * @return the merged catalog, with one {@link #layers() layer} for this catalog and one per file
   * @throws CatalogValidationException with every error of every file and every conflict between
   *     layers, each error naming its file in {@link ValidationError#origin()}
   */
  public XmessCatalog withOverlays(Path... overlays) {
    return CatalogReader.withLimits(limits).overlay(this, List.of(overlays));
  }


  /** {@return the catalog's metadata: versions, licence, coverage and checksum} */
  public CatalogMetadata metadata() {
    return catalog().metadata();
  }

  /**
   * {@return the initiative with {@code id}, or empty when there is none}
   *
   * @param id the initiative's kebab-case id
   */
  public Optional<Initiative> initiative(String id) {
    return engine.initiative(id);
  }

  /**
   * {@return the member body with {@code id}, or empty when there is none}
   *
   * @param id the body's kebab-case id, such as {@code ajuntament-de-sabadell}
   */
  public Optional<MemberBody> memberBody(String id) {
    return engine.memberBody(id);
  }

  /**
   * {@return the comarca of a member body whose Idescat code or name is {@code codeOrName}, or empty
   * when no member body is in such a comarca} Names match without regard to case, accents or the
   * middle dot, as search does: {@code "valles occidental"} finds Vallès Occidental. Filters take
   * the code: {@code InitiativeQuery.builder().comarca(catalog.comarca(name).orElseThrow().code())}.
   *
   * @param codeOrName a two-digit Idescat code such as {@code 40}, or a comarca's name
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public Optional<Comarca> comarca(String codeOrName) {
    return engine.comarca(Objects.requireNonNull(codeOrName, "codeOrName"));
  }

  /**
   * {@return the source with {@code id}, or empty when there is none}
   *
   * @param id the source's id, such as {@code S01}
   */
  public Optional<Source> source(String id) {
    return engine.source(id);
  }

  /**
   * The entry of codelist {@code kind} with {@code code}. A deprecated code is still found: its
   * {@link CodeDefinition#status()} is {@code DEPRECATED} and {@link CodeDefinition#replacedBy()}
   * names its replacement (see {@link #currentCode}).
   *
   * @param kind the codelist to look in
   * @param code the entry's code, such as {@code regulatory}
   * @return the entry, or empty when the codelist has no such code
   */
  public Optional<CodeDefinition> code(CodelistKind kind, String code) {
    return engine.code(kind, code);
  }

  /**
   * Every entry of codelist {@code kind}, in catalog order, deprecated ones included: the codes a
   * query, a filter or a record may use. An overlay's codes are included in a merged catalog.
   *
   * @param kind the codelist
   * @return the entries, unmodifiable; a {@link cat.xmess.model.PolicyInstrument} for each entry of
   *     {@link CodelistKind#POLICY_INSTRUMENTS}, a {@link cat.xmess.model.CodelistEntry} otherwise
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public List<CodeDefinition> codes(CodelistKind kind) {
    return List.copyOf(engine.catalog().codelists().entries(Objects.requireNonNull(kind, "kind")));
  }

  /**
   * The entry that stands for {@code code} today: the code itself unless it is deprecated with a
   * replacement, else the replacement (followed through every step).
   *
   * @param kind the codelist to look in
   * @param code a code of that codelist, current or deprecated
   * @return the current entry, or empty when {@code code} is not in the codelist
   */
  public Optional<CodeDefinition> currentCode(CodelistKind kind, String code) {
    return engine.currentCode(kind, code);
  }

  /**
   * Initiatives passing {@code query}, in catalog order. A deprecated code and its replacement
   * name the same concept: filtering on either matches initiatives tagged with either (the same
   * holds for {@link #facets} and for {@link SearchRequest#filter()}); facet counts still count
   * each code as tagged.
   *
   * @param query the filter; {@link InitiativeQuery#all()} for every initiative
   * @return the matching initiatives, in catalog order; empty when none match
   * @throws IllegalArgumentException if the query names a code, id or value this catalog does not
   *     have; the message names the codelist and the nearest known codes
   */
  public List<Initiative> initiatives(InitiativeQuery query) {
    return engine.initiatives(QueryCodes.checked(engine, query));
  }

  /**
   * {@return facet counts of the initiatives passing {@code query}} The counts let a user interface
   * show how many results each further filter value would leave.
   *
   * @param query the filter; {@link InitiativeQuery#all()} to count the whole catalog
   * @throws IllegalArgumentException if the query names a code, id or value this catalog does not
   *     have, as {@link #initiatives} does
   */
  public FacetCounts facets(InitiativeQuery query) {
    return engine.facets(QueryCodes.checked(engine, query));
  }

  /**
   * Free-text search over every record type, with {@link SearchRequest#DEFAULT_LIMIT}; see {@link
   * SearchRequest}.
   *
   * @param text the words to find, in Catalan, Spanish or English
   * @return the hits, best first; empty when {@code text} has no word to search for
   */
  public List<SearchHit> search(String text) {
    return search(SearchRequest.of(text));
  }

  /**
   * Free-text search, ranked best first.
   *
   * @param request the text, filter, record types and limit
   * @return at most {@code request.limit()} hits, best first; empty when nothing matches
   * @throws IllegalArgumentException if the request's filter names a code, id or value this catalog
   *     does not have, as {@link #initiatives} does
   */
  public List<SearchHit> search(SearchRequest request) {
    QueryCodes.checked(engine, Objects.requireNonNull(request, "request").filter());
    return engine.search(request);
  }

  /** {@return a short description for logs: data version, layers and record counts} */
  @Override
  public String toString() {
    Catalog model = engine.catalog();
    return "XmessCatalog[dataVersion=" + model.metadata().dataVersion() + ", layers=" + engine.layers().size()
        + ", initiatives=" + model.initiatives().size() + ", memberBodies=" + model.memberBodies().size() + "]";
  }
}
