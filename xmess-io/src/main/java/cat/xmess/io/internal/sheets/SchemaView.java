package cat.xmess.io.internal.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The few questions the flat layout asks of the catalog's JSON Schema, {@code $ref}s resolved. */
final class SchemaView {
  private final JsonNode root;

  SchemaView(JsonNode root) {
    this.root = root;
  }

  /** {@code node} with its local {@code $ref} (to {@code #/$defs/...}) followed, repeatedly. */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 16 && current.path("$ref").isString(); hops++) {
      current = root.at(current.path("$ref").asString().substring(1));
    }
    return current;
  }

  /** The JSON type named by {@code type}, when it names exactly one. */
  String type(JsonNode node) {
    JsonNode type = resolve(node).path("type");
    return type.isString() ? type.asString() : null;
  }

  /** The column kind of a scalar type, or {@code null} for containers and mixed types. */
  Layout.Column.Kind scalarKind(JsonNode node) {
    String type = type(node);
    if (type == null) {
      return null;
    }
    return switch (type) {
      case "string" -> Layout.Column.Kind.TEXT;
      case "integer" -> Layout.Column.Kind.INTEGER;
      case "number" -> Layout.Column.Kind.NUMBER;
      case "boolean" -> Layout.Column.Kind.BOOLEAN;
      default -> null;
    };
  }

  /**
   * An object of named scalar parts only, closed to other fields: a localized text, a comarca, a
   * guide citation (a source id and a page number).
   */
  boolean isFlatObject(JsonNode node) {
    JsonNode resolved = resolve(node);
    if (!"object".equals(type(resolved)) || !resolved.path("additionalProperties").isBoolean()
        || resolved.path("additionalProperties").asBoolean() || resolved.path("properties").isEmpty()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> part : resolved.path("properties").properties()) {
      if (scalarKind(part.getValue()) == null) {
        return false;
      }
    }
    return true;
  }

  /** An array of strings. */
  boolean isTextList(JsonNode node) {
    JsonNode resolved = resolve(node);
    return "array".equals(type(resolved)) && scalarKind(resolved.path("items")) == Layout.Column.Kind.TEXT;
  }

  /** The allowed values of an enumerated string, else none. */
  List<String> enumValues(JsonNode node) {
    List<String> values = new ArrayList<>();
    resolve(node).path("enum").forEach(v -> values.add(v.asString()));
    return List.copyOf(values);
  }

  /** The schema of property {@code name} of an object schema, or a missing node. */
  JsonNode property(JsonNode objectSchema, String name) {
    return resolve(resolve(objectSchema).path("properties").path(name));
  }
}
