package cat.xmess.catalog.internal.diff;

import cat.xmess.catalog.CatalogDiff;
import cat.xmess.catalog.CatalogDiff.Change;
import cat.xmess.catalog.CatalogDiff.Deprecation;
import cat.xmess.catalog.CatalogDiff.FieldChange;
import cat.xmess.catalog.CatalogDiff.RecordChange;
import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.internal.codec.CatalogCodec;
import cat.xmess.catalog.internal.validation.Pointer;
import cat.xmess.model.Catalog;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodeStatus;
import cat.xmess.model.CodelistKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares two catalogs through their canonical JSON, so that a field compares exactly as the file
 * format writes it (codes, dates, decimals, left-out empty lists).
 */
public final class CatalogDiffer {
  private static final CatalogCodec CODEC = new CatalogCodec(ReadLimits.DEFAULT);

  private final List<RecordChange> changes = new ArrayList<>();

  private CatalogDiffer() {}

  /** The differences between {@code older} and {@code newer}. */
  public static CatalogDiff diff(Catalog older, Catalog newer) {
    JsonNode a = tree(older);
    JsonNode b = tree(newer);
    CatalogDiffer differ = new CatalogDiffer();
    differ.single("metadata", a.path("metadata"), b.path("metadata"));
    differ.single("network", a.path("network"), b.path("network"));
    differ.list("source", "/sources", "id", a.path("sources"), b.path("sources"));
    for (CodelistKind kind : CodelistKind.values()) {
      String at = Pointer.append("/codelists", kind.fieldName());
      differ.list(RecordType.of(kind).code(), at, "code", a.at(at), b.at(at));
    }
    differ.list(RecordType.MEMBER_BODY.code(), "/memberBodies", "id", a.path("memberBodies"), b.path("memberBodies"));
    differ.list(RecordType.INITIATIVE.code(), "/initiatives", "id", a.path("initiatives"), b.path("initiatives"));
    return new CatalogDiff(version(older, true), version(newer, true), version(older, false), version(newer, false),
        differ.changes, deprecations(older, newer));
  }

  private static String version(Catalog catalog, boolean data) {
    if (catalog.metadata() == null) {
      return null;
    }
    return data ? catalog.metadata().dataVersion() : catalog.metadata().schemaVersion();
  }

  private static JsonNode tree(Catalog catalog) {
    JsonNode tree = CODEC.readTree(CODEC.toCanonicalBytes(catalog));
    if (tree.path("metadata") instanceof ObjectNode metadata) {
      metadata.remove("checksum"); // derived from the rest: never a change of its own
    }
    return tree;
  }

  private void single(String name, JsonNode a, JsonNode b) {
    if (a.isMissingNode() && b.isMissingNode()) {
      return;
    }
    String at = "/" + name;
    if (a.isMissingNode()) {
      changes.add(new RecordChange(Change.ADDED, name, name, null, at, List.of(new FieldChange("", null, b.toString()))));
    } else if (b.isMissingNode()) {
      changes.add(new RecordChange(Change.REMOVED, name, name, at, null, List.of(new FieldChange("", a.toString(), null))));
    } else {
      List<FieldChange> fields = new ArrayList<>();
      fields("", a, b, fields);
      if (!fields.isEmpty()) {
        changes.add(new RecordChange(Change.CHANGED, name, name, at, at, fields));
      }
    }
  }

  private void list(String type, String base, String key, JsonNode a, JsonNode b) {
    Map<String, Integer> olderIndex = index(a, key);
    Map<String, Integer> newerIndex = index(b, key);
    for (Map.Entry<String, Integer> entry : newerIndex.entrySet()) {
      String id = entry.getKey();
      JsonNode newer = b.get(entry.getValue());
      String newerAt = Pointer.append(base, entry.getValue());
      Integer old = olderIndex.get(id);
      if (old == null) {
        changes.add(new RecordChange(Change.ADDED, type, id, null, newerAt,
            List.of(new FieldChange("", null, newer.toString()))));
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
            List.of(new FieldChange("", a.get(entry.getValue()).toString(), null))));
      }
    }
  }

  /** Each id's first position; records without an id cannot be matched and are skipped. */
  private static Map<String, Integer> index(JsonNode list, String key) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode id = list.get(i).path(key);
      if (id.isString()) {
        index.putIfAbsent(id.asString(), i);
      }
    }
    return index;
  }

  /** Objects member by member, anything else as a whole. */
  static void fields(String at, JsonNode a, JsonNode b, List<FieldChange> out) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      a.propertyNames().forEach(names::add);
      b.propertyNames().forEach(names::add);
      for (String name : names) {
        fields(Pointer.append(at, name), a.path(name), b.path(name), out);
      }
      return;
    }
    out.add(new FieldChange(at, text(a), text(b)));
  }

  private static String text(JsonNode node) {
    return node == null || node instanceof MissingNode ? null : node.toString();
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
