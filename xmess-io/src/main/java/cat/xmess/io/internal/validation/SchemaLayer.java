package cat.xmess.io.internal.validation;

import cat.xmess.catalog.internal.json.Pointer;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.model.CatalogFormat;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Layer 1: the published JSON Schema, checked by networknt's validator, every error collected and
 * translated to our stable codes. The compiled schema is built once, on first use, so that code
 * which never validates a user file (the bundled catalog's path) never pays for it.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class SchemaLayer {
  private static final int MAX_VALUE_SHOWN = 80;

  private SchemaLayer() {}

  private static final class Compiled {
    static final Schema SCHEMA = compile(LeanSchema.of(JsonMapper.shared().readTree(CatalogFormat.schemaJson())));
  }

  /**
   * {@code schema} (the catalog schema, published or {@linkplain LeanSchema lean}) compiled as the
   * layer runs it: JSON Schema 2020-12, with the hand-written matchers of {@link SchemaPatterns}.
   */
  static Schema compile(JsonNode schema) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(
            SchemaRegistryConfig.builder(SchemaRegistryConfig.getInstance()).regularExpressionFactory(SchemaPatterns.INSTANCE).build()));
    return registry.getSchema(SchemaLocation.of(CatalogFormat.SCHEMA_ID), schema);
  }

  /** Every schema error of {@code document}, in document order. */
  public static List<ValidationError> validate(JsonNode document) {
    // Numbers beyond any real value are refused first: the schema validator converts integral
    // numbers to long and fails on larger ones instead of reporting them.
    List<ValidationError> errors = new ArrayList<>();
    findHugeNumbers(document, new Location(null, null), errors);
    if (!errors.isEmpty()) {
      return ErrorCap.cap(errors, ValidationLayer.SCHEMA);
    }
    CappedErrors found = new CappedErrors();
    try {
      Compiled.SCHEMA.validate(document, found::collectFor);
    } catch (RuntimeException e) {
      // A validator failure must never escape as an exception: the caller gets a report.
      errors.add(of("", ErrorCode.INVALID_VALUE, "schema check failed: " + shorten(e.getMessage())));
      return errors;
    }
    for (Error error : found) {
      errors.add(translate(error));
    }
    return ErrorCap.cap(errors, ValidationLayer.SCHEMA);
  }

  /**
   * The validator's error list, which holds one error more than {@link ErrorCap#MAX_ERRORS} at
   * most and then switches the validation to fail-fast, the validator's own way to stop early: a
   * document wrong in a million places must not make a million errors.
   */
  private static final class CappedErrors extends ArrayList<Error> {
    private static final long serialVersionUID = 1L;

    private transient ExecutionContext context;

    void collectFor(ExecutionContext execution) {
      this.context = execution;
      execution.setErrors(this);
    }

    @Override
    public boolean add(Error error) {
      boolean added = size() <= ErrorCap.MAX_ERRORS && super.add(error);
      if (size() > ErrorCap.MAX_ERRORS) {
        context.setFailFast(true);
      }
      return added;
    }
  }

  /** Largest magnitude any number in a catalog may have (years, counts and figures are far below). */
  private static final java.math.BigDecimal HUGE = java.math.BigDecimal.TEN.pow(18);

  /** How {@link #isWithinDocumentBounds} is described in messages. */
  public static final String DOCUMENT_BOUNDS =
      "|value| < 1e18, at most 20 decimals and 15 significant digits (exact as an IEEE double, RFC 8785)";

  /**
   * Whether a number is within what any number of a catalog may be (shared with the integrity
   * layer): below 10^18, and of at most 15 significant digits, so that the IEEE double every JSON
   * Canonicalization Scheme tool reads it as holds it exactly and the checksum covers its value.
   */
  public static boolean isWithinDocumentBounds(java.math.BigDecimal value) {
    return value.abs().compareTo(HUGE) < 0 && value.scale() <= 20
        && cat.xmess.catalog.internal.json.Jcs.isExactAsDouble(value);
  }

  /** A number shortened for a message. */
  public static String describe(java.math.BigDecimal value) {
    return value.round(new java.math.MathContext(6)).toString();
  }

  /**
   * Where a node sits, kept as a chain of tokens: the pointer string is built only for a node that
   * is reported, not for each of the millions of nodes a large catalog has.
   */
  private record Location(Location parent, Object token) {
    String pointer() {
      return parent == null ? "" : Pointer.append(parent.pointer(), token);
    }
  }

  private static void findHugeNumbers(JsonNode node, Location at, List<ValidationError> errors) {
    if (errors.size() > ErrorCap.MAX_ERRORS) {
      return; // enough to say so; ErrorCap cuts the list and notes it
    }
    if (node.isNumber()) {
      java.math.BigDecimal value = node.decimalValue();
      if (!isWithinDocumentBounds(value)) {
        errors.add(of(at.pointer(), ErrorCode.OUT_OF_RANGE, describe(value), DOCUMENT_BOUNDS));
      }
    } else if (node.isObject()) {
      for (java.util.Map.Entry<String, JsonNode> field : node.properties()) {
        if (mayHoldNumbers(field.getValue())) {
          findHugeNumbers(field.getValue(), new Location(at, field.getKey()), errors);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (mayHoldNumbers(node.get(i))) {
          findHugeNumbers(node.get(i), new Location(at, i), errors);
        }
      }
    }
  }

  /** Whether a node is a number or holds some: the others (mostly strings) need no location. */
  private static boolean mayHoldNumbers(JsonNode node) {
    return node.isNumber() || node.isContainer();
  }

  private static String shorten(String text) {
    String line = text == null ? "" : text.replaceAll("\\s+", " ");
    return line.length() <= MAX_VALUE_SHOWN ? line : line.substring(0, MAX_VALUE_SHOWN) + "…";
  }

  private static ValidationError translate(Error error) {
    String at = pointerOf(error.getInstanceLocation());
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    JsonNode instance = error.getInstanceNode();
    JsonNode rule = error.getSchemaNode();
    return switch (keyword) {
      case "required" -> of(Pointer.append(at, error.getProperty()), ErrorCode.MISSING_REQUIRED,
          error.getProperty());
      case "additionalProperties", "unevaluatedProperties" ->
          of(Pointer.append(at, error.getProperty()), ErrorCode.UNKNOWN_FIELD, error.getProperty());
      case "type" -> of(at, ErrorCode.WRONG_TYPE, typeOf(instance), show(rule));
      case "pattern", "enum", "const", "format" ->
          of(at, ErrorCode.INVALID_FORMAT, show(instance), keyword + " " + show(rule));
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
          "minItems", "maxItems", "minProperties", "maxProperties" ->
          of(at, ErrorCode.OUT_OF_RANGE, show(instance), keyword + " " + show(rule));
      case "uniqueItems" -> of(at, ErrorCode.DUPLICATE_ITEM, show(instance));
      default -> of(at, ErrorCode.INVALID_VALUE, error.getMessage());
    };
  }

  private static ValidationError of(String pointer, ErrorCode code, Object... args) {
    return ValidationError.of(ValidationLayer.SCHEMA, pointer, code, args);
  }

  /** JSON Pointer of a node path, built from its elements so the path type setting is irrelevant. */
  static String pointerOf(NodePath path) {
    String pointer = "";
    if (path == null) {
      return pointer;
    }
    for (int i = 0; i < path.getNameCount(); i++) {
      pointer = Pointer.append(pointer, path.getElement(i));
    }
    return pointer;
  }

  private static String typeOf(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    if (node.isIntegralNumber()) {
      return "integer";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** A value as short one-line text: hostile input can hold huge values. */
  private static String show(JsonNode node) {
    if (node == null) {
      return "";
    }
    String text = node.isString() ? node.asString() : node.toString();
    text = text.replaceAll("\\s+", " ");
    return text.length() <= MAX_VALUE_SHOWN ? text : text.substring(0, MAX_VALUE_SHOWN) + "…";
  }
}
