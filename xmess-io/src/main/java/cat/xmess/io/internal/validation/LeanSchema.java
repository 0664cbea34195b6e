package cat.xmess.io.internal.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog schema as the validator is given it: the published schema with the same assertions,
 * less the work that cannot change a verdict. The validator evaluates every keyword of a subschema
 * at every instance node, annotations included, and enters a subschema once more for each {@code
 * $ref}; a large catalog has millions of nodes, most of them behind a {@code $ref} to a definition
 * such as {@code key} or {@code localizedText}. So here
 *
 * <ul>
 *   <li>the annotation keywords ({@code description} and the like) are left out: they assert
 *       nothing, and annotations are not collected;
 *   <li>a subschema that is only a {@code $ref} to a definition is replaced by a copy of the
 *       definition, unless the definition refers back to itself (a recursive one keeps its {@code
 *       $ref}, which still resolves, since the definitions stay).
 * </ul>
 *
 * <p>Every keyword that asserts is evaluated on the same node as before, in the same order, with
 * the same keyword value, so errors keep their keywords, locations and order.
 */
final class LeanSchema {
  /** Keywords that only annotate (JSON Schema 2020-12, meta-data vocabulary, and comments). */
  private static final Set<String> ANNOTATIONS =
      Set.of("title", "description", "$comment", "examples", "deprecated");

  /** Keywords whose value is a subschema. */
  private static final Set<String> SUBSCHEMA = Set.of("items", "additionalProperties",
      "propertyNames", "contains", "not", "if", "then", "else", "unevaluatedItems",
      "unevaluatedProperties");

  /** Keywords whose value maps names to subschemas. */
  private static final Set<String> SUBSCHEMA_BY_NAME =
      Set.of("properties", "patternProperties", "dependentSchemas", "$defs");

  /** Keywords whose value is a list of subschemas. */
  private static final Set<String> SUBSCHEMA_LIST = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

  /** Keywords that set a base URI or an anchor: a definition with one is not copied elsewhere. */
  private static final Set<String> LOCATING = Set.of("$id", "$anchor", "$dynamicAnchor");

  private static final String DEFINITIONS = "#/$defs/";

  private final JsonNode definitions;
  /** The definitions being copied in, innermost last: a reference to one of them is recursive. */
  private final Deque<String> expanding = new ArrayDeque<>();

  private LeanSchema(JsonNode definitions) {
    this.definitions = definitions;
  }

  /** The lean form of {@code schema}, a root schema with its definitions under {@code $defs}. */
  static JsonNode of(JsonNode schema) {
    return new LeanSchema(schema.path("$defs")).lean(schema);
  }

  private JsonNode lean(JsonNode schema) {
    if (!schema.isObject()) {
      return schema; // true or false
    }
    String definition = onlyReference(schema);
    if (definition != null) {
      expanding.addLast(definition);
      JsonNode copy = lean(definitions.get(definition));
      expanding.removeLast();
      return copy;
    }
    ObjectNode lean = ((ObjectNode) schema).objectNode();
    for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
      String name = keyword.getKey();
      JsonNode value = keyword.getValue();
      if (ANNOTATIONS.contains(name)) {
        continue;
      }
      if (SUBSCHEMA.contains(name)) {
        value = lean(value);
      } else if (SUBSCHEMA_BY_NAME.contains(name) && value.isObject()) {
        ObjectNode byName = lean.objectNode();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
          byName.set(entry.getKey(), lean(entry.getValue()));
        }
        value = byName;
      } else if (SUBSCHEMA_LIST.contains(name) && value.isArray()) {
        ArrayNode list = lean.arrayNode();
        for (JsonNode item : value) {
          list.add(lean(item));
        }
        value = list;
      }
      lean.set(name, value);
    }
    return lean;
  }

  /**
   * The name of the definition {@code schema} only refers to (annotations aside), if it can be
   * copied in: it exists, does not refer back to itself through the definitions being copied, and
   * sets no base URI or anchor.
   */
  private String onlyReference(JsonNode schema) {
    JsonNode reference = schema.get("$ref");
    if (reference == null || !reference.isString() || !reference.asString().startsWith(DEFINITIONS)) {
      return null;
    }
    for (String name : schema.propertyNames()) {
      if (!name.equals("$ref") && !ANNOTATIONS.contains(name)) {
        return null;
      }
    }
    String name = reference.asString().substring(DEFINITIONS.length());
    JsonNode definition = definitions.get(name);
    if (name.contains("~") || name.contains("/") || name.contains("%") // escaped: left to the validator
        || definition == null || !definition.isObject() || expanding.contains(name)) {
      return null;
    }
    for (String locating : LOCATING) {
      if (definition.has(locating)) {
        return null;
      }
    }
    return name;
  }
}
