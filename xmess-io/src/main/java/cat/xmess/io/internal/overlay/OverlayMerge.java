package cat.xmess.io.internal.overlay;

import cat.xmess.catalog.CatalogLayer;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.catalog.internal.json.Pointer;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Catalog;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistEntry;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Codelists;
import cat.xmess.model.ExtensionNamespace;
import cat.xmess.model.Initiative;
import cat.xmess.model.MemberBody;
import cat.xmess.model.PolicyInstrument;
import cat.xmess.model.Source;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Merges overlays onto a base catalog, layer by layer, collecting every conflict. The result says
 * where each merged record came from, so that errors found later in the merged catalog can point
 * into the file that holds the record.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class OverlayMerge {
  private final List<CatalogLayer> layers = new ArrayList<>();
  private final List<ValidationError> errors = new ArrayList<>();
  private final Map<String, Layered<Source>> sources;
  private final Map<String, Layered<MemberBody>> bodies;
  private final Map<String, Layered<Initiative>> initiatives;
  private final Map<CodelistKind, Map<String, Layered<CodeDefinition>>> codes = new EnumMap<>(CodelistKind.class);
  private final Map<String, Layered<ExtensionNamespace>> namespaces;
  private final Catalog base;

  private OverlayMerge(XmessCatalog baseCatalog) {
    this.base = baseCatalog.catalog();
    layers.addAll(baseCatalog.layers());
    CatalogLayer first = layers.get(0);
    sources = seed("/sources", base.sources(), Source::id, id -> baseCatalog.provenance(RecordType.SOURCE, id).orElse(first));
    bodies = seed("/memberBodies", base.memberBodies(), MemberBody::id,
        id -> baseCatalog.provenance(RecordType.MEMBER_BODY, id).orElse(first));
    initiatives = seed("/initiatives", base.initiatives(), Initiative::id,
        id -> baseCatalog.provenance(RecordType.INITIATIVE, id).orElse(first));
    for (CodelistKind kind : CodelistKind.values()) {
      List<CodeDefinition> entries = List.copyOf(base.codelists().entries(kind));
      codes.put(kind, seed(Pointer.append("/codelists", kind.fieldName()), entries, CodeDefinition::code,
          code -> baseCatalog.provenance(RecordType.of(kind), code).orElse(first)));
    }
    namespaces = seed("/metadata/extensionNamespaces", base.metadata().extensionNamespaces(),
        ExtensionNamespace::prefix, prefix -> first);
  }

  private static <T> Map<String, Layered<T>> seed(String list, List<T> records, Function<T, String> idOf,
      Function<String, CatalogLayer> layerOf) {
    Map<String, Layered<T>> seeded = new LinkedHashMap<>();
    for (int i = 0; i < records.size(); i++) {
      String id = idOf.apply(records.get(i));
      seeded.putIfAbsent(id, new Layered<>(records.get(i), layerOf.apply(id), Pointer.append(list, i)));
    }
    return seeded;
  }

  /** Merges {@code overlays} (named by {@code names}) onto {@code base}. */
  public static MergedCatalog merge(XmessCatalog base, List<String> names, List<Catalog> overlays) {
    OverlayMerge merge = new OverlayMerge(base);
    int next = merge.layers.size();
    for (int i = 0; i < overlays.size(); i++) {
      CatalogLayer layer = new CatalogLayer(next + i, names.get(i));
      merge.layers.add(layer);
      merge.add(layer, overlays.get(i));
    }
    return merge.result();
  }

  private void add(CatalogLayer layer, Catalog overlay) {
    Set<String> declared = new HashSet<>();
    List<String> replaces = overlay.metadata().overlay() == null ? List.of() : overlay.metadata().overlay().replaces();
    declared.addAll(replaces);
    Set<String> used = new HashSet<>();
    addRecords(layer, "sources", overlay.sources(), Source::id, sources, declared, used);
    addRecords(layer, "memberBodies", overlay.memberBodies(), MemberBody::id, bodies, declared, used);
    addRecords(layer, "initiatives", overlay.initiatives(), Initiative::id, initiatives, declared, used);
    for (int r = 0; r < replaces.size(); r++) {
      String reference = replaces.get(r);
      if (!used.contains(reference)) {
        error(layer, Pointer.of("/metadata/overlay/replaces", r), ErrorCode.NOTHING_TO_REPLACE, reference,
            heldBy(overlay, reference) ? "no lower layer has it" : "this overlay does not hold it");
      }
    }
    for (CodelistKind kind : CodelistKind.values()) {
      addCodes(layer, kind, overlay.codelists().entries(kind));
    }
    List<ExtensionNamespace> declaredNamespaces = overlay.metadata().extensionNamespaces();
    for (int i = 0; i < declaredNamespaces.size(); i++) {
      ExtensionNamespace namespace = declaredNamespaces.get(i);
      String at = Pointer.of("/metadata/extensionNamespaces", i);
      Layered<ExtensionNamespace> earlier = namespaces.get(namespace.prefix());
      if (earlier == null) {
        namespaces.put(namespace.prefix(), new Layered<>(namespace, layer, at));
      } else if (!earlier.record().uri().equals(namespace.uri())) {
        error(layer, at, ErrorCode.OVERLAY_CONFLICT, "extensionNamespaces/" + namespace.prefix(),
            earlier.layer().name());
      }
    }
    if (overlay.network() != null) {
      error(layer, "/network", ErrorCode.OVERLAY_CONFLICT, "network", layers.get(0).name());
    }
  }

  private static boolean heldBy(Catalog overlay, String reference) {
    int slash = reference.indexOf('/');
    String list = reference.substring(0, slash);
    String id = reference.substring(slash + 1);
    return switch (list) {
      case "sources" -> overlay.sources().stream().anyMatch(s -> id.equals(s.id()));
      case "memberBodies" -> overlay.memberBodies().stream().anyMatch(b -> id.equals(b.id()));
      default -> overlay.initiatives().stream().anyMatch(i -> id.equals(i.id()));
    };
  }

  private <T> void addRecords(CatalogLayer layer, String list, List<T> records, Function<T, String> idOf,
      Map<String, Layered<T>> merged, Set<String> declared, Set<String> used) {
    for (int i = 0; i < records.size(); i++) {
      T record = records.get(i);
      String id = idOf.apply(record);
      String at = Pointer.of("/" + list, i);
      String reference = list + "/" + id;
      Layered<T> earlier = merged.get(id);
      if (earlier == null) {
        merged.put(id, new Layered<>(record, layer, at));
      } else if (earlier.layer().equals(layer)) {
        error(layer, at, ErrorCode.DUPLICATE_ID, id, earlier.pointer());
      } else if (declared.contains(reference) && !used.contains(reference)) {
        merged.put(id, new Layered<>(record, layer, at)); // same key: keeps the replaced record's place
        used.add(reference);
      } else {
        error(layer, at, ErrorCode.OVERLAY_CONFLICT, reference, earlier.layer().name());
      }
    }
  }

  private void addCodes(CatalogLayer layer, CodelistKind kind, List<? extends CodeDefinition> entries) {
    Map<String, Layered<CodeDefinition>> merged = codes.get(kind);
    for (int i = 0; i < entries.size(); i++) {
      CodeDefinition entry = entries.get(i);
      String at = Pointer.of("/codelists", kind.fieldName(), i);
      Layered<CodeDefinition> earlier = merged.get(entry.code());
      if (earlier == null) {
        merged.put(entry.code(), new Layered<>(entry, layer, at));
      } else if (earlier.layer().equals(layer)) {
        error(layer, at, ErrorCode.DUPLICATE_ID, entry.code(), earlier.pointer());
      } else if (!earlier.record().equals(entry)) {
        error(layer, at, ErrorCode.CODE_REDEFINED, entry.code(), kind.code(), earlier.layer().name());
      }
      // An identical repetition is harmless: the entry keeps the layer that defined it first.
    }
  }

  private void error(CatalogLayer layer, String pointer, ErrorCode code, Object... args) {
    errors.add(ValidationError.of(ValidationLayer.MERGE, pointer, code, args).at(layer.name(), pointer));
  }

  private MergedCatalog result() {
    List<ExtensionNamespace> allNamespaces = records(namespaces);
    Catalog merged = new Catalog(
        base.metadata().toBuilder().extensionNamespaces(allNamespaces).overlay(null).build(),
        records(sources),
        new Codelists(
            entries(CodelistKind.POLICY_CATEGORIES, CodelistEntry.class),
            entries(CodelistKind.ADMINISTRATION_ROLES, CodelistEntry.class),
            entries(CodelistKind.POLICY_INSTRUMENTS, PolicyInstrument.class),
            entries(CodelistKind.THEMES, CodelistEntry.class),
            entries(CodelistKind.TARGET_GROUPS, CodelistEntry.class),
            entries(CodelistKind.ENTITY_FORMS, CodelistEntry.class),
            entries(CodelistKind.SDGS, CodelistEntry.class)),
        base.network(),
        records(bodies),
        records(initiatives));
    Map<String, List<Layered<?>>> origins = new LinkedHashMap<>();
    origins.put("/sources", List.copyOf(sources.values()));
    origins.put("/memberBodies", List.copyOf(bodies.values()));
    origins.put("/initiatives", List.copyOf(initiatives.values()));
    origins.put("/metadata/extensionNamespaces", List.copyOf(namespaces.values()));
    Map<RecordType, Map<String, CatalogLayer>> provenance = new EnumMap<>(RecordType.class);
    provenance.put(RecordType.INITIATIVE, layerOf(initiatives));
    provenance.put(RecordType.MEMBER_BODY, layerOf(bodies));
    provenance.put(RecordType.SOURCE, layerOf(sources));
    for (CodelistKind kind : CodelistKind.values()) {
      origins.put(Pointer.append("/codelists", kind.fieldName()), List.copyOf(codes.get(kind).values()));
      provenance.put(RecordType.of(kind), layerOf(codes.get(kind)));
    }
    return new MergedCatalog(merged, List.copyOf(layers), provenance,
        new OriginMap(layers.get(0), origins), List.copyOf(errors));
  }

  private static <T> List<T> records(Map<String, Layered<T>> merged) {
    List<T> records = new ArrayList<>(merged.size());
    merged.values().forEach(layered -> records.add(layered.record()));
    return records;
  }

  private <T extends CodeDefinition> List<T> entries(CodelistKind kind, Class<T> type) {
    List<T> entries = new ArrayList<>();
    codes.get(kind).values().forEach(layered -> entries.add(type.cast(layered.record())));
    return entries;
  }

  private static Map<String, CatalogLayer> layerOf(Map<String, ? extends Layered<?>> merged) {
    Map<String, CatalogLayer> layerOf = new LinkedHashMap<>();
    merged.forEach((id, layered) -> layerOf.put(id, layered.layer()));
    return layerOf;
  }
}
