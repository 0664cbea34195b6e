package cat.xmess.catalog.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogDiff;
import cat.xmess.catalog.CatalogDiff.Change;
import cat.xmess.catalog.CatalogDiff.FieldChange;
import cat.xmess.catalog.CatalogDiff.RecordChange;
import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.io.internal.codec.CatalogCodec;
import cat.xmess.catalog.property.Generators.Representable;
import cat.xmess.model.Catalog;
import cat.xmess.model.CodelistKind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Properties of {@link XmessCatalog#diff}: a catalog differs from itself in nothing, and the reported
 * changes explain every difference: applied to the older catalog's JSON they give the newer one's.
 */
class DiffPropertyTest {
  private static final CatalogCodec CODEC = new CatalogCodec(ReadLimits.DEFAULT);
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  @ParameterizedTest(name = "{index}")
  @InstancioSource(samples = 200)
  @Seed(9_001)
  void aCatalogDiffersFromItselfInNothing(@Given(Representable.class) Catalog catalog) {
    CatalogDiff diff = CatalogDiff.between(catalog, catalog);
    assertTrue(diff.isEmpty(), diff::toText);
  }

  @ParameterizedTest(name = "{index}")
  @InstancioSource(samples = 200)
  @Seed(9_002)
  void theChangesTurnTheOlderCatalogIntoTheNewer(long seed) {
    // Two plausible catalogs share pools of ids, so they have records in common, added and removed.
    Catalog older = Generators.plausible(seed);
    Catalog newer = Generators.plausible(seed + 1);
    CatalogDiff diff = CatalogDiff.between(older, newer);
    ObjectNode applied = tree(older);
    diff.changes().forEach(change -> apply(applied, change));
    assertEquals(keyed(tree(newer)), keyed(applied), () -> "seed " + seed + "\n" + diff.toText());
    // Every record that differs is reported once, and the JSON form carries the same changes.
    JsonNode json = JSON.readTree(diff.toJson());
    assertEquals(diff.changes().size(), json.get("changes").size());
  }

  private static ObjectNode tree(Catalog catalog) {
    ObjectNode tree = (ObjectNode) JSON.readTree(CODEC.toCanonicalBytes(catalog));
    ((ObjectNode) tree.get("metadata")).remove("checksum");
    return tree;
  }

  /** Where a type's records live, and the key that names them. */
  private static String[] listOf(String type) {
    return switch (type) {
      case "source" -> new String[] {"/sources", "id"};
      case "member-body" -> new String[] {"/memberBodies", "id"};
      case "initiative" -> new String[] {"/initiatives", "id"};
      default -> {
        for (CodelistKind kind : CodelistKind.values()) {
          if (cat.xmess.catalog.RecordType.of(kind).code().equals(type)) {
            yield new String[] {"/codelists/" + kind.fieldName(), "code"};
          }
        }
        throw new AssertionError("unknown type " + type);
      }
    };
  }

  private static void apply(ObjectNode root, RecordChange change) {
    if (change.type().equals("metadata") || change.type().equals("network")) {
      if (change.change() == Change.REMOVED) {
        root.remove(change.type());
        return;
      }
      if (change.change() == Change.ADDED) {
        root.set(change.type(), JSON.readTree(change.fields().get(0).newValue()));
        return;
      }
      change.fields().forEach(f -> setField((ObjectNode) root.get(change.type()), f));
      return;
    }
    String[] list = listOf(change.type());
    ArrayNode records = arrayAt(root, list[0]);
    switch (change.change()) {
      case ADDED -> records.add(JSON.readTree(change.fields().get(0).newValue()));
      case REMOVED -> records.remove(indexOf(records, list[1], change.id()));
      case CHANGED -> change.fields().forEach(f ->
          setField((ObjectNode) records.get(indexOf(records, list[1], change.id())), f));
    }
  }

  private static ArrayNode arrayAt(ObjectNode root, String pointer) {
    JsonNode node = root.at(pointer);
    if (node.isMissingNode()) {
      JsonPointer at = JsonPointer.compile(pointer);
      ObjectNode parent = (ObjectNode) root.at(at.head());
      return parent.putArray(at.last().getMatchingProperty());
    }
    return (ArrayNode) node;
  }

  private static int indexOf(ArrayNode records, String key, String id) {
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).path(key).asString("").equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no record " + id);
  }

  private static void setField(ObjectNode record, FieldChange field) {
    JsonPointer at = JsonPointer.compile(field.pointer());
    ObjectNode parent = record;
    for (JsonPointer step = at; step.tail() != null && !step.tail().matches(); step = step.tail()) {
      parent = parent.withObjectProperty(step.getMatchingProperty());
    }
    String name = at.last().getMatchingProperty();
    if (field.newValue() == null) {
      parent.remove(name);
    } else {
      parent.set(name, JSON.readTree(field.newValue()));
    }
  }

  /** The tree with every record list turned into a map by id, so order does not count. */
  private static Map<String, JsonNode> keyed(ObjectNode root) {
    Map<String, JsonNode> keyed = new LinkedHashMap<>();
    keyed.put("metadata", root.path("metadata"));
    keyed.put("network", root.path("network"));
    for (String type : new String[] {"source", "member-body", "initiative"}) {
      byId(keyed, type, root.at(listOf(type)[0]), listOf(type)[1]);
    }
    for (CodelistKind kind : CodelistKind.values()) {
      String type = cat.xmess.catalog.RecordType.of(kind).code();
      byId(keyed, type, root.at(listOf(type)[0]), "code");
    }
    return keyed;
  }

  private static void byId(Map<String, JsonNode> keyed, String type, JsonNode list, String key) {
    for (JsonNode record : list) {
      keyed.putIfAbsent(type + ":" + record.path(key).asString(""), record);
    }
  }
}
