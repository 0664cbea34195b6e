package cat.xmess.io.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.internal.compiled.BundledResources;
import cat.xmess.model.CatalogFormat;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema layer validates against {@link LeanSchema}'s form of the published schema (no
 * annotations, references to definitions copied in) for speed. It must give exactly the published
 * schema's verdicts: the same errors, at the same places, with the same keywords and messages, in
 * the same order, on the bundled catalog broken in random ways.
 */
class LeanSchemaTest {
  private static final JsonMapper MAPPER = JsonMapper.shared();
  private static final JsonNode PUBLISHED = MAPPER.readTree(CatalogFormat.schemaJson());
  private static final Schema FULL = SchemaLayer.compile(PUBLISHED.deepCopy());
  private static final Schema LEAN = SchemaLayer.compile(LeanSchema.of(PUBLISHED.deepCopy()));

  /** Values that break some rule wherever they land: types, patterns, enums, bounds, empties. */
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<JsonNode> BAD_VALUES = List.of(
      NODES.nullNode(), NODES.stringNode(""), NODES.stringNode(" "), NODES.stringNode("Not A Code"),
      NODES.stringNode("2019-13-45"), NODES.stringNode("high"), NODES.numberNode(-1), NODES.numberNode(3.5),
      NODES.numberNode(99999), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(),
      NODES.arrayNode().add("x"), NODES.objectNode().put("ca", ""));

  @Test
  void leavesOutAnnotationsAndCopiesDefinitionsIn() {
    JsonNode lean = LeanSchema.of(PUBLISHED.deepCopy());
    assertTrue(PUBLISHED.has("description"), "the published schema describes itself");
    assertFalse(lean.has("description"), "the lean schema drops annotations");
    assertTrue(countOf(lean.toString(), "\"$ref\"") < countOf(PUBLISHED.toString(), "\"$ref\""),
        "references to definitions were replaced by copies of them");
  }

  @Test
  void theBundledCatalogPassesBoth() {
    JsonNode bundled = MAPPER.readTree(BundledResources.json());
    assertEquals(List.of(), describe(FULL.validate(bundled)));
    assertEquals(List.of(), describe(LEAN.validate(bundled)));
  }

  @Test
  void brokenCatalogsGetTheSameErrorsFromBoth() {
    JsonNode bundled = MAPPER.readTree(BundledResources.json());
    int withErrors = 0;
    int errorsSeen = 0;
    for (long seed = 0; seed < 120; seed++) {
      Random random = new Random(seed);
      JsonNode broken = bundled.deepCopy();
      List<String> applied = new ArrayList<>();
      for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
        breakOne(broken, random, applied);
      }
      List<String> full = describe(FULL.validate(broken));
      String context = "seed " + seed + " " + applied;
      assertEquals(full, describe(LEAN.validate(broken)), context);
      withErrors += full.isEmpty() ? 0 : 1;
      errorsSeen += full.size();
    }
    // Guards the test: most broken copies must actually break the schema.
    assertTrue(withErrors >= 90, "only " + withErrors + " of 120 broken copies had schema errors");
    assertTrue(errorsSeen >= 150, "only " + errorsSeen + " errors in all");
  }

  /** One random edit somewhere in the document: a field removed or added, or a value replaced. */
  private static void breakOne(JsonNode document, Random random, List<String> applied) {
    List<JsonNode> containers = new ArrayList<>();
    collect(document, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    JsonNode value = BAD_VALUES.get(random.nextInt(BAD_VALUES.size()));
    if (target instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      for (String name : object.propertyNames()) {
        names.add(name);
      }
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(3)) {
        case 0 -> {
          object.remove(name);
          applied.add("removed " + name);
        }
        case 1 -> {
          object.set("unexpected" + random.nextInt(3), value);
          applied.add("added a field");
        }
        default -> {
          object.set(name, value);
          applied.add(name + " = " + value);
        }
      }
    } else if (target instanceof ArrayNode array && array.size() > 0) {
      int index = random.nextInt(array.size());
      array.set(index, value);
      applied.add("item " + index + " = " + value);
    }
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainer()) {
      containers.add(node);
      for (JsonNode child : node.values()) {
        collect(child, containers);
      }
    }
  }

  /** What the schema layer reads of an error (see SchemaLayer.translate), as one comparable line. */
  private static List<String> describe(List<Error> errors) {
    List<String> lines = new ArrayList<>();
    for (Error error : errors) {
      lines.add(error.getInstanceLocation() + " | " + error.getKeyword() + " | " + error.getProperty() + " | "
          + error.getMessage());
    }
    return lines;
  }

  private static int countOf(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
