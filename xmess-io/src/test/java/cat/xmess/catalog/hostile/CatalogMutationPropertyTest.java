package cat.xmess.catalog.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random structural mutations of the valid bundled catalog (drop a field, change a value's type,
 * duplicate an id, break a reference): each result is either valid, and then loads, or refused
 * with at least one error located at the mutated record, below it, or above it (not the whole
 * document) — and loading never throws anything but {@link CatalogValidationException}.
 *
 * <p>Each sample is driven by a {@link Random} whose seed is the sample's display name and is in
 * every assertion message, with the mutation applied: rerun one with {@code mutate(seed)}.
 */
class CatalogMutationPropertyTest {
  private static final int SAMPLES = 160;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonNode BASE = BundledJson.treeWithoutChecksum();

  /** A mutated catalog and the pointer of the record (object or list) that was changed. */
  record Mutation(String description, String place, byte[] json) {}

  static LongStream seeds() {
    return LongStream.range(0, SAMPLES);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aMutationIsValidOrReportedAtTheMutatedPlace(long seed) {
    Mutation mutation = mutate(seed);
    String context = "seed " + seed + ", " + mutation.description();
    ValidationReport report = CatalogReader.standard().validate(mutation.json());
    XmessCatalog loaded = null;
    try {
      loaded = CatalogReader.standard().load(mutation.json());
    } catch (CatalogValidationException e) {
      assertEquals(report, e.report(), context);
    } catch (RuntimeException e) {
      fail(context + ": load threw " + e, e);
    }
    if (report.isValid()) {
      assertTrue(loaded != null, context);
      return;
    }
    assertTrue(report.errors().stream().anyMatch(e -> related(e, mutation.place())),
        () -> context + ": no error at, above or below " + mutation.place() + ": " + report);
  }

  /** Most mutations must break the catalog, or the property above would say little. */
  @org.junit.jupiter.api.Test
  void mostMutationsAreRefused() {
    long refused = LongStream.range(0, 40)
        .filter(seed -> !CatalogReader.standard().validate(mutate(seed).json()).isValid()).count();
    assertTrue(refused >= 30, refused + " of 40 mutations refused");
  }

  /** At or below the place, or above it but not the whole document. */
  private static boolean related(ValidationError error, String place) {
    String pointer = error.pointer();
    return HostileInputs.isAtOrBelow(pointer, place) || (!pointer.isEmpty() && place.startsWith(pointer + "/"));
  }

  static Mutation mutate(long seed) {
    Random random = new Random(seed);
    ObjectNode tree = (ObjectNode) BASE.deepCopy();
    return switch ((int) (seed % 4)) {
      case 0 -> dropField(tree, random);
      case 1 -> changeType(tree, random);
      case 2 -> duplicateId(tree, random);
      default -> breakReference(tree, random);
    };
  }

  private static Mutation dropField(ObjectNode tree, Random random) {
    List<String> objects = new ArrayList<>();
    collect(tree, "", objects, true);
    String place = pick(objects, random);
    ObjectNode object = (ObjectNode) tree.at(place);
    List<String> names = new ArrayList<>(object.propertyNames());
    String name = pick(names, random);
    object.remove(name);
    return new Mutation("dropped " + place + "/" + name, place, BundledJson.write(tree));
  }

  private static Mutation changeType(ObjectNode tree, Random random) {
    List<String> values = new ArrayList<>();
    collect(tree, "", values, false);
    String at = pick(values, random);
    JsonNode old = tree.at(at);
    JsonNode replacement = old.isString() ? NODES.numberNode(7)
        : old.isNumber() ? NODES.stringNode(old.asString())
        : old.isBoolean() ? NODES.stringNode("true")
        : old.isObject() ? NODES.arrayNode().add(old)
        : old.isArray() ? NODES.objectNode()
        : NODES.booleanNode(false);
    String place = replace(tree, at, replacement);
    return new Mutation("changed " + at + " from " + old.getNodeType() + " to " + replacement.getNodeType(), place,
        BundledJson.write(tree));
  }

  private static Mutation duplicateId(ObjectNode tree, Random random) {
    List<String[]> lists = List.of(new String[] {"/initiatives", "id"}, new String[] {"/memberBodies", "id"},
        new String[] {"/sources", "id"}, new String[] {"/codelists/themes", "code"},
        new String[] {"/codelists/policyInstruments", "code"}, new String[] {"/network/workingGroups", "id"});
    String[] list = lists.get(random.nextInt(lists.size()));
    ArrayNode items = (ArrayNode) tree.at(list[0]);
    int later = 1 + random.nextInt(items.size() - 1);
    int earlier = random.nextInt(later);
    String id = items.get(earlier).get(list[1]).asString();
    ((ObjectNode) items.get(later)).put(list[1], id);
    String place = list[0] + "/" + later;
    return new Mutation("gave " + place + " the " + list[1] + " of " + list[0] + "/" + earlier + " (" + id + ")",
        place, BundledJson.write(tree));
  }

  private static Mutation breakReference(ObjectNode tree, Random random) {
    List<String> references = new ArrayList<>();
    for (int i = 0; i < tree.get("initiatives").size(); i++) {
      JsonNode initiative = tree.get("initiatives").get(i);
      for (String field : List.of("memberBody", "category")) {
        if (initiative.has(field)) {
          references.add("/initiatives/" + i + "/" + field);
        }
      }
      for (String list : List.of("sourceIds", "themes", "instruments", "roles", "targetGroups", "coMemberBodies")) {
        for (int j = 0; j < initiative.path(list).size(); j++) {
          references.add("/initiatives/" + i + "/" + list + "/" + j);
        }
      }
    }
    for (int i = 0; i < tree.get("memberBodies").size(); i++) {
      for (int j = 0; j < tree.get("memberBodies").get(i).path("sourceIds").size(); j++) {
        references.add("/memberBodies/" + i + "/sourceIds/" + j);
      }
    }
    for (int i = 0; i < tree.at("/network/founders").size(); i++) {
      references.add("/network/founders/" + i);
    }
    String at = pick(references, random);
    String dangling = at.contains("sourceIds") ? "S9" + random.nextInt(1000) : "no-such-" + random.nextInt(1000);
    String place = replace(tree, at, NODES.stringNode(dangling));
    return new Mutation("pointed " + at + " at " + dangling, place, BundledJson.write(tree));
  }

  /** Every object (when {@code objects}) or every value below the root, by pointer. */
  private static void collect(JsonNode node, String at, List<String> found, boolean objects) {
    if (node.isObject()) {
      if (objects && !node.isEmpty()) {
        found.add(at);
      }
      node.properties().forEach(field -> {
        String child = at + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
        if (!objects) {
          found.add(child);
        }
        collect(field.getValue(), child, found, objects);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (!objects) {
          found.add(at + "/" + i);
        }
        collect(node.get(i), at + "/" + i, found, objects);
      }
    }
  }

  /** Replaces the value at {@code at} and returns the pointer of the record holding it. */
  private static String replace(ObjectNode tree, String at, JsonNode value) {
    int slash = at.lastIndexOf('/');
    String parent = at.substring(0, slash);
    String last = at.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    JsonNode holder = tree.at(parent);
    if (holder instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), value);
      // A list item's record is the object holding the list.
      return parent.substring(0, Math.max(0, parent.lastIndexOf('/')));
    }
    ((ObjectNode) holder).set(last, value);
    return parent;
  }

  private static <T> T pick(List<T> items, Random random) {
    return items.get(random.nextInt(items.size()));
  }
}
