package cat.xmess.catalog.internal.index;

import cat.xmess.catalog.CatalogLayer;
import cat.xmess.catalog.FacetCounts;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.SearchHit;
import cat.xmess.catalog.SearchRequest;
import cat.xmess.catalog.internal.search.SearchIndex;
import cat.xmess.model.Catalog;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Initiative;
import cat.xmess.model.MemberBody;
import cat.xmess.model.Source;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.apiguardian.api.API;

/**
 * A validated catalog with its lookup tables, facet values and (built on first search) its search
 * index. Every field is final and immutable once published, so any number of threads may read.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class IndexedCatalog {
  private final Catalog catalog;
  private final Map<String, Initiative> initiatives;
  private final Map<String, MemberBody> members;
  private final Map<String, Source> sources;
  private final Map<CodelistKind, Map<String, CodeDefinition>> codes;
  private final FacetIndex facetIndex;
  private final Replacements replacements;
  private final Object searchLock = new Object();
  private volatile SearchIndex searchIndex;
  private final List<CatalogLayer> layers;
  /** Per record type, each id's layer; {@code null} for a catalog of one layer. */
  private final Map<RecordType, Map<String, CatalogLayer>> provenance;
  private final Map<String, CatalogLayer> sourceProvenance;

  private IndexedCatalog(Catalog catalog, List<CatalogLayer> layers,
      Map<RecordType, Map<String, CatalogLayer>> provenance, Map<String, CatalogLayer> sourceProvenance) {
    this.catalog = catalog;
    this.layers = List.copyOf(layers);
    this.provenance = provenance == null ? null : Collections.unmodifiableMap(new EnumMap<>(provenance));
    this.sourceProvenance = sourceProvenance == null ? null : Map.copyOf(sourceProvenance);
    this.initiatives = byId(catalog.initiatives(), Initiative::id);
    this.members = byId(catalog.memberBodies(), MemberBody::id);
    this.sources = byId(catalog.sources(), Source::id);
    EnumMap<CodelistKind, Map<String, CodeDefinition>> byKind = new EnumMap<>(CodelistKind.class);
    for (CodelistKind kind : CodelistKind.values()) {
      byKind.put(kind, byId(List.<CodeDefinition>copyOf(catalog.codelists().entries(kind)), CodeDefinition::code));
    }
    this.codes = Collections.unmodifiableMap(byKind);
    this.facetIndex = new FacetIndex(catalog.initiatives(), members::get);
    this.replacements = new Replacements(catalog.codelists(), codes);
  }

  /** Indexes a catalog that has passed validation (or whose checksum was verified). */
  public static IndexedCatalog of(Catalog catalog) {
    return of(catalog, "catalog");
  }

  /** Indexes a valid catalog of one layer, named {@code layerName}. */
  public static IndexedCatalog of(Catalog catalog, String layerName) {
    return new IndexedCatalog(Objects.requireNonNull(catalog, "catalog"), List.of(new CatalogLayer(0, layerName)),
        null, null);
  }

  /**
   * Indexes a merged catalog that has passed validation, keeping the provenance of its records.
   *
   * @param catalog the merged model
   * @param layers base first, then the overlays
   * @param provenance per record type, each id's layer
   * @param sourceProvenance each source id's layer
   */
  public static IndexedCatalog merged(Catalog catalog, List<CatalogLayer> layers,
      Map<RecordType, Map<String, CatalogLayer>> provenance, Map<String, CatalogLayer> sourceProvenance) {
    return new IndexedCatalog(Objects.requireNonNull(catalog, "catalog"), layers, provenance, sourceProvenance);
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> idOf) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T item : items) {
      map.putIfAbsent(idOf.apply(item), item);
    }
    return Collections.unmodifiableMap(map);
  }

  public Catalog catalog() {
    return catalog;
  }

  public List<CatalogLayer> layers() {
    return layers;
  }

  public Optional<CatalogLayer> provenance(RecordType type, String id) {
    Objects.requireNonNull(type, "type");
    boolean present = switch (type) {
      case INITIATIVE -> initiatives.containsKey(id);
      case MEMBER_BODY -> members.containsKey(id);
      default -> codes.get(type.codelist().orElseThrow()).containsKey(id);
    };
    if (!present) {
      return Optional.empty();
    }
    return Optional.of(provenance == null ? layers.get(0) : provenance.get(type).get(id));
  }

  public Optional<CatalogLayer> sourceProvenance(String id) {
    if (!sources.containsKey(id)) {
      return Optional.empty();
    }
    return Optional.of(sourceProvenance == null ? layers.get(0) : sourceProvenance.get(id));
  }

  public Optional<Initiative> initiative(String id) {
    return Optional.ofNullable(initiatives.get(id));
  }

  public Optional<MemberBody> memberBody(String id) {
    return Optional.ofNullable(members.get(id));
  }

  public Optional<Source> source(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  public Optional<CodeDefinition> code(CodelistKind kind, String code) {
    return Optional.ofNullable(codes.get(Objects.requireNonNull(kind, "kind")).get(code));
  }

  public Optional<CodeDefinition> currentCode(CodelistKind kind, String code) {
    return code(kind, code).map(entry -> codes.get(kind).get(replacements.current(kind, entry.code())));
  }

  public List<Initiative> initiatives(InitiativeQuery query) {
    return facetIndex.select(replacements.widen(Objects.requireNonNull(query, "query")));
  }

  public FacetCounts facets(InitiativeQuery query) {
    return facetIndex.count(replacements.widen(Objects.requireNonNull(query, "query")));
  }

  public List<SearchHit> search(SearchRequest request) {
    Objects.requireNonNull(request, "request");
    SearchIndex index = searchIndex();
    // Initiative documents come first in the index, in catalog order (see buildSearchIndex), so a
    // document number below the initiative count is also the initiative's position.
    InitiativeQuery filter = replacements.widen(request.filter());
    IntPredicate allowed = filter.isEmpty() ? doc -> true : facetIndex.passing(filter);
    return index.search(request.text(), request.effectiveTypes(), allowed, request.limit());
  }

  /** The search index, built once on first use: callers that never search never pay for it. */
  private SearchIndex searchIndex() {
    SearchIndex index = searchIndex;
    if (index == null) {
      synchronized (searchLock) {
        index = searchIndex;
        if (index == null) {
          index = buildSearchIndex();
          searchIndex = index;
        }
      }
    }
    return index;
  }

  private SearchIndex buildSearchIndex() {
    return SearchIndex.build(SearchDocuments.of(catalog, members::get, (kind, code) -> codes.get(kind).get(code)));
  }
}
