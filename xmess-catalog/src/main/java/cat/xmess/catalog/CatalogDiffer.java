package cat.xmess.catalog;

import cat.xmess.catalog.CatalogDiff.Change;
import cat.xmess.catalog.CatalogDiff.Deprecation;
import cat.xmess.catalog.CatalogDiff.FieldChange;
import cat.xmess.catalog.CatalogDiff.RecordChange;
import cat.xmess.catalog.internal.compiled.CanonicalJson;
import cat.xmess.catalog.internal.json.JsonText;
import cat.xmess.catalog.internal.json.Pointer;
import cat.xmess.model.Catalog;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodeStatus;
import cat.xmess.model.CodelistKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compares two catalogs through their canonical JSON values, so that a field compares exactly as
 * the file format writes it (codes, dates, decimals, left-out empty lists).
 */
final class CatalogDiffer {
  private final List<RecordChange> changes = new ArrayList<>();

  private CatalogDiffer() {}

  /** The differences between {@code older} and {@code newer}. */
  public static CatalogDiff diff(Catalog older, Catalog newer) {
    Map<String, Object> a = tree(older);
    Map<String, Object> b = tree(newer);
    CatalogDiffer differ = new CatalogDiffer();
    differ.single("metadata", a.get("metadata"), b.get("metadata"));
    differ.single("network", a.get("network"), b.get("network"));
    differ.list("source", "/sources", "id", a.get("sources"), b.get("sources"));
    Object codelistsA = a.get("codelists");
    Object codelistsB = b.get("codelists");
    for (CodelistKind kind : CodelistKind.values()) {
      String at = Pointer.append("/codelists", kind.fieldName());
      differ.list(RecordType.of(kind).code(), at, "code", member(codelistsA, kind.fieldName()),
          member(codelistsB, kind.fieldName()));
    }
    differ.list(RecordType.MEMBER_BODY.code(), "/memberBodies", "id", a.get("memberBodies"), b.get("memberBodies"));
    differ.list(RecordType.INITIATIVE.code(), "/initiatives", "id", a.get("initiatives"), b.get("initiatives"));
    return new CatalogDiff(version(older, true), version(newer, true), version(older, false), version(newer, false),
        differ.changes, deprecations(older, newer));
  }

  private static @Nullable String version(Catalog catalog, boolean data) {
    if (catalog.metadata() == null) {
      return null;
    }
    return data ? catalog.metadata().dataVersion() : catalog.metadata().schemaVersion();
  }

  private static Map<String, Object> tree(Catalog catalog) {
    Map<String, Object> tree = CanonicalJson.of(catalog);
    if (tree.get("metadata") instanceof Map<?, ?> metadata) {
      metadata.remove("checksum"); // derived from the rest: never a change of its own
    }
    return tree;
  }

  private static @Nullable Object member(@Nullable Object object, String name) {
    return object instanceof Map<?, ?> map ? map.get(name) : null;
  }

  private void single(String name, @Nullable Object a, @Nullable Object b) {
    if (a == null && b == null) {
      return;
    }
    String at = "/" + name;
    if (a == null) {
      changes.add(new RecordChange(Change.ADDED, name, name, null, at, List.of(new FieldChange("", null, text(b)))));
    } else if (b == null) {
      changes.add(new RecordChange(Change.REMOVED, name, name, at, null, List.of(new FieldChange("", text(a), null))));
    } else {
      List<FieldChange> fields = new ArrayList<>();
      fields("", a, b, fields);
      if (!fields.isEmpty()) {
        changes.add(new RecordChange(Change.CHANGED, name, name, at, at, fields));
      }
    }
  }

  private void list(String type, String base, String key, @Nullable Object olderList,
      @Nullable Object newerList) {
    List<?> a = olderList instanceof List<?> list ? list : List.of();
    List<?> b = newerList instanceof List<?> list ? list : List.of();
    Map<String, Integer> olderIndex = index(a, key);
    Map<String, Integer> newerIndex = index(b, key);
    for (Map.Entry<String, Integer> entry : newerIndex.entrySet()) {
      String id = entry.getKey();
      Object newer = b.get(entry.getValue());
      String newerAt = Pointer.append(base, entry.getValue());
      Integer old = olderIndex.get(id);
      if (old == null) {
        changes.add(new RecordChange(Change.ADDED, type, id, null, newerAt,
            List.of(new FieldChange("", null, text(newer)))));
        continue;
      }
      List<FieldChange> fields = new ArrayList<>();
      fields("", a.get(old), newer, fields);
      if (!fields.isEmpty()) {
        changes.add(new RecordChange(Change.CHANGED, type, id, Pointer.append(base, old), newerAt, fields));
      }
    }
    for (Map.Entry<String, Integer> entry : olderIndex.entrySet()) {
      if (!newerIndex.containsKey(entry.getKey())) {
        changes.add(new RecordChange(Change.REMOVED, type, entry.getKey(), Pointer.append(base, entry.getValue()), null,
            List.of(new FieldChange("", text(a.get(entry.getValue())), null))));
      }
    }
  }

  /** Each id's first position; records without an id cannot be matched and are skipped. */
  private static Map<String, Integer> index(List<?> list, String key) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      if (member(list.get(i), key) instanceof String id) {
        index.putIfAbsent(id, i);
      }
    }
    return index;
  }

  /** Objects member by member, anything else as a whole. */
  static void fields(String at, @Nullable Object a, @Nullable Object b, List<FieldChange> out) {
    if (Objects.equals(a, b)) {
      return;
    }
    if (a instanceof Map<?, ?> objectA && b instanceof Map<?, ?> objectB) {
      Set<Object> names = new LinkedHashSet<>(objectA.keySet());
      names.addAll(objectB.keySet());
      for (Object name : names) {
        fields(Pointer.append(at, name), objectA.get(name), objectB.get(name), out);
      }
      return;
    }
    out.add(new FieldChange(at, text(a), text(b)));
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : JsonText.compact(value);
  }

  /** Codes deprecated in {@code newer} but not in {@code older}; like records, a code's first entry counts. */
  private static List<Deprecation> deprecations(Catalog older, Catalog newer) {
    List<Deprecation> deprecations = new ArrayList<>();
    for (CodelistKind kind : CodelistKind.values()) {
      Map<String, CodeDefinition> before = firstByCode(older, kind);
      for (CodeDefinition entry : firstByCode(newer, kind).values()) {
        CodeDefinition was = before.get(entry.code());
        if (entry.status() == CodeStatus.DEPRECATED && was != null && was.status() != CodeStatus.DEPRECATED) {
          deprecations.add(new Deprecation(kind, entry.code(), entry.replacedBy()));
        }
      }
    }
    return deprecations;
  }

  private static Map<String, CodeDefinition> firstByCode(Catalog catalog, CodelistKind kind) {
    Map<String, CodeDefinition> first = new LinkedHashMap<>();
    if (catalog.codelists() != null) {
      catalog.codelists().entries(kind).forEach(entry -> {
        if (entry.code() != null) {
          first.putIfAbsent(entry.code(), entry);
        }
      });
    }
    return first;
  }
}
