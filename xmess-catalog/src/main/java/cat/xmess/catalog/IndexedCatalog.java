package cat.xmess.catalog;

import cat.xmess.catalog.internal.search.SearchDocument;
import cat.xmess.catalog.internal.search.SearchIndex;
import cat.xmess.catalog.internal.search.SearchIndexFile;
import cat.xmess.catalog.internal.search.TextFolding;
import cat.xmess.model.Catalog;
import cat.xmess.model.Comarca;
import cat.xmess.model.Confidence;
import cat.xmess.model.LocalizedText;
import cat.xmess.model.Province;
import cat.xmess.model.CatalogRecord;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Initiative;
import cat.xmess.model.MemberBody;
import cat.xmess.model.Source;
import cat.xmess.model.WireCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * A validated catalog with its lookup tables, facet values and (built on first search) its search
 * index. Every field is final and immutable once published, so any number of threads may read.
 */
final class IndexedCatalog {
  private final Catalog catalog;
  private final Map<String, Initiative> initiatives;
  private final Map<String, MemberBody> members;
  private final Map<String, Source> sources;
  private final Map<CodelistKind, Map<String, CodeDefinition>> codes;
  /** Built on first use (a filter, a facet count or a filtered search): bundled() plus a search never needs it. */
  private volatile @Nullable FacetIndex facetIndex;
  private final Replacements replacements;
  /** The member bodies' comarcas by code and by folded name (names label the comarca facet); see {@link #comarques()}. */
  private volatile @Nullable Map<String, Comarca> comarques;
  private final Object searchLock = new Object();
  private volatile @Nullable SearchIndex searchIndex;
  private final List<CatalogLayer> layers;
  /** Per record type, each id's layer; {@code null} for a catalog of one layer. */
  private final @Nullable Map<RecordType, Map<String, CatalogLayer>> provenance;
  /** The search index stored at build time over given documents, or null to build it; may be null. */
  private final @Nullable Function<List<SearchDocument>, @Nullable SearchIndex> storedIndex;

  private IndexedCatalog(Catalog catalog, List<CatalogLayer> layers,
      @Nullable Map<RecordType, Map<String, CatalogLayer>> provenance,
      @Nullable Function<List<SearchDocument>, @Nullable SearchIndex> storedIndex) {
    this.catalog = catalog;
    this.storedIndex = storedIndex;
    this.layers = List.copyOf(layers);
    this.provenance = provenance == null ? null : Collections.unmodifiableMap(new EnumMap<>(provenance));
    this.initiatives = byId(catalog.initiatives());
    this.members = byId(catalog.memberBodies());
    this.sources = byId(catalog.sources());
    EnumMap<CodelistKind, Map<String, CodeDefinition>> byKind = new EnumMap<>(CodelistKind.class);
    for (CodelistKind kind : CodelistKind.values()) {
      byKind.put(kind, byId(List.<CodeDefinition>copyOf(catalog.codelists().entries(kind))));
    }
    this.codes = Collections.unmodifiableMap(byKind);
    this.replacements = new Replacements(catalog.codelists(), codes);
  }

  /**
   * The comarques of the member bodies by Idescat code and by folded name, built on first use:
   * folding names with accents loads the JDK's Unicode normaliser (ICU tables and a lambda), a cost
   * a process's first search should not pay for a lookup it may never make.
   */
  private Map<String, Comarca> comarques() {
    Map<String, Comarca> built = comarques;
    if (built == null) {
      Map<String, Comarca> byCodeOrName = new LinkedHashMap<>();
      for (MemberBody body : members.values()) {
        Comarca comarca = body.comarca();
        if (comarca != null) {
          byCodeOrName.putIfAbsent(comarca.code(), comarca);
          byCodeOrName.putIfAbsent(TextFolding.fold(comarca.name().strip()), comarca);
        }
      }
      built = Collections.unmodifiableMap(byCodeOrName);
      comarques = built; // threads that race here build equal maps; any of them may be kept
    }
    return built;
  }

  /** Indexes a catalog that has passed validation (or whose checksum was verified). */
  public static IndexedCatalog of(Catalog catalog) {
    return of(catalog, "catalog");
  }

  /** Indexes a valid catalog of one layer, named {@code layerName}. */
  public static IndexedCatalog of(Catalog catalog, String layerName) {
    return of(catalog, layerName, null);
  }

  /**
   * Indexes a valid catalog of one layer whose search index was stored at build time: {@code
   * storedIndex} is given the search documents on the first search and returns the stored index
   * over them, or null when it has none that fits (the index is then built as usual).
   */
  public static IndexedCatalog of(Catalog catalog, String layerName,
      @Nullable Function<List<SearchDocument>, @Nullable SearchIndex> storedIndex) {
    return new IndexedCatalog(Objects.requireNonNull(catalog, "catalog"), List.of(new CatalogLayer(0, layerName)),
        null, storedIndex);
  }

  /** Indexes a merged catalog that has passed validation, keeping the provenance of its records. */
  public static IndexedCatalog merged(CatalogIo.Layered merged) {
    return new IndexedCatalog(merged.catalog(), merged.layers(), merged.provenance(), null);
  }

  private static <T> Map<String, T> byId(List<T> items) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T item : items) {
      map.putIfAbsent(idOf(item), item);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The id of a record that has one. A plain dispatch rather than a method reference per type:
   * every lambda costs a fresh JVM a class to spin before the first answer.
   */
  private static String idOf(Object item) {
    if (item instanceof Initiative initiative) {
      return initiative.id();
    } else if (item instanceof MemberBody body) {
      return body.id();
    } else if (item instanceof Source source) {
      return source.id();
    }
    return ((CodeDefinition) item).code();
  }

  /** The entries of a codelist by code; the map holds every kind. */
  private Map<String, CodeDefinition> codesOf(CodelistKind kind) {
    return Objects.requireNonNull(codes.get(kind), "every codelist is indexed");
  }

  /** Accepts every document (a search without filter). */
  private static final IntPredicate EVERY_DOCUMENT = new IntPredicate() {
    @Override
    public boolean test(int document) {
      return true;
    }
  };

  /** Resolves the member bodies an initiative refers to, for its search document. */
  private final class MemberLookup implements Function<String, @Nullable MemberBody> {
    @Override
    public @Nullable MemberBody apply(String id) {
      return members.get(id);
    }
  }

  /** Resolves the codes an initiative refers to, for its search document. */
  private final class CodeLookup implements BiFunction<CodelistKind, String, @Nullable CodeDefinition> {
    @Override
    public @Nullable CodeDefinition apply(CodelistKind kind, String code) {
      return codesOf(kind).get(code);
    }
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
      case SOURCE -> sources.containsKey(id);
      default -> codesOf(type.codelist().orElseThrow()).containsKey(id);
    };
    if (!present) {
      return Optional.empty();
    }
    Map<RecordType, Map<String, CatalogLayer>> byType = provenance;
    return Optional.of(byType == null ? layers.get(0) : Objects.requireNonNull(Objects.requireNonNull(byType.get(type), type.code()).get(id), id));
  }

  public Optional<Comarca> comarca(String codeOrName) {
    Map<String, Comarca> comarques = comarques();
    Comarca byCode = comarques.get(codeOrName.strip());
    return Optional.ofNullable(byCode != null ? byCode : comarques.get(TextFolding.fold(codeOrName.strip())));
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
    return Optional.ofNullable(codesOf(Objects.requireNonNull(kind, "kind")).get(code));
  }

  public Optional<CodeDefinition> currentCode(CodelistKind kind, String code) {
    return code(kind, code).map(entry -> codesOf(kind).get(replacements.current(kind, entry.code())));
  }

  public List<Initiative> initiatives(InitiativeQuery query) {
    return facetIndex().select(replacements.widen(Objects.requireNonNull(query, "query")));
  }

  public FacetCounts facets(InitiativeQuery query) {
    return facetIndex().count(replacements.widen(Objects.requireNonNull(query, "query")));
  }

  /**
   * The label of a facet value: codelist labels, member body and comarca names, province names,
   * the year itself, and the confidence levels' names. Asked once per distinct value, when the facet
   * index is built. A named class rather than a lambda, for a fresh JVM's first count.
   */
  private final class FacetLabels implements BiFunction<Facet, String, LocalizedText> {
    @Override
    public LocalizedText apply(Facet facet, String value) {
      Optional<CodelistKind> codelist = facet.codelist();
      if (codelist.isPresent()) {
        CodeDefinition entry = codesOf(codelist.get()).get(value);
        return entry == null ? same(value) : entry.label();
      }
      switch (facet) {
        case MEMBER_BODY -> {
          MemberBody body = members.get(value);
          return body == null ? same(value) : body.name();
        }
        case COMARCA -> {
          Comarca comarca = comarques().get(value);
          return same(comarca == null ? value : comarca.name());
        }
        case PROVINCE -> {
          return same(WireCode.parse(Province.class, value).displayName());
        }
        case CONFIDENCE -> {
          return switch (WireCode.parse(Confidence.class, value)) {
            case HIGH -> LocalizedText.of("alta", "alta", "high");
            case MEDIUM -> LocalizedText.of("mitjana", "media", "medium");
            case LOW -> LocalizedText.of("baixa", "baja", "low");
          };
        }
        default -> {
          return same(value); // a year names itself
        }
      }
    }

    private LocalizedText same(String name) {
      return LocalizedText.of(name, name, name);
    }
  }

  public List<SearchHit> search(SearchRequest request) {
    Objects.requireNonNull(request, "request");
    SearchIndex index = searchIndex();
    // Initiative documents come first in the index, in catalog order (see buildSearchIndex), so a
    // document number below the initiative count is also the initiative's position.
    InitiativeQuery filter = replacements.widen(request.filter());
    IntPredicate allowed = filter.isEmpty() ? EVERY_DOCUMENT : facetIndex().passing(filter);
    int kinds = 0;
    for (RecordType type : request.effectiveTypes()) {
      kinds |= 1 << type.ordinal();
    }
    List<SearchIndex.Hit> found = index.search(request.text(), kinds, allowed, request.limit());
    List<SearchHit> hits = new ArrayList<>(found.size());
    for (SearchIndex.Hit hit : found) {
      SearchDocument document = hit.document();
      hits.add(new SearchHit(TYPES[document.kind()], document.id(), document.title(), hit.score(), hit.language(),
          (CatalogRecord) document.record()));
    }
    return List.copyOf(hits);
  }

  /** A document's kind is its record type's ordinal (see {@link SearchDocuments}). */
  private static final RecordType[] TYPES = RecordType.values();

  private FacetIndex facetIndex() {
    FacetIndex index = facetIndex;
    if (index == null) {
      synchronized (searchLock) {
        index = facetIndex;
        if (index == null) {
          index = new FacetIndex(catalog.initiatives(), members::get, new FacetLabels());
          facetIndex = index;
        }
      }
    }
    return index;
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
    List<SearchDocument> documents = SearchDocuments.of(catalog, new MemberLookup(), new CodeLookup());
    Function<List<SearchDocument>, @Nullable SearchIndex> stored0 = storedIndex;
    SearchIndex stored = stored0 == null ? null : stored0.apply(documents);
    return stored != null ? stored : SearchIndex.build(documents);
  }

  /**
   * The search index as {@link SearchIndexFile} stores it, bound to {@code binding}: what the build
   * stores for the bundled catalog.
   */
  public byte[] searchIndexFile(byte[] binding) {
    return SearchIndexFile.write(searchIndex(), binding);
  }
}
