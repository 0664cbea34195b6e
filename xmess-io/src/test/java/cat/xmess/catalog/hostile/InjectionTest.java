package cat.xmess.catalog.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import cat.xmess.model.Catalog;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Expressions in catalog text are text: {@code ${...}} and {@code #{...}} in every string field
 * come back verbatim from a loaded catalog, and where a field refuses them, the error message
 * quotes them verbatim. Nothing evaluates them: not our messages (filled by {@code String.format},
 * which only substitutes), and not Hibernate Validator, which runs with {@link
 * ParameterMessageInterpolator} and has no Expression Language on the class path to run with.
 * (HTML and CSV export escaping belong to the exporters, which do not exist yet.)
 */
class InjectionTest {
  /** Expressions that an evaluating interpolator would turn into 49, a class name or a lookup. */
  static final String INJECTED =
      "${7*7} #{7*7} ${''.getClass().forName('java.lang.Runtime')} {jakarta.validation.constraints.NotNull.message} ";

  /** An id that breaks the id pattern with nothing but expressions. */
  static final String INJECTED_ID = "${7*7}#{7*7}";

  private static final Set<ErrorCode> QUOTE_THE_VALUE = EnumSet.of(ErrorCode.INVALID_FORMAT, ErrorCode.OUT_OF_RANGE,
      ErrorCode.UNKNOWN_CODE, ErrorCode.UNKNOWN_MEMBER_BODY, ErrorCode.UNKNOWN_SOURCE, ErrorCode.DUPLICATE_ITEM);

  @Test
  void expressionsInEveryStringFieldComeBackVerbatimOrAreQuotedVerbatimInTheError() {
    ObjectNode tree = BundledJson.treeWithoutChecksum();
    Map<String, String> original = new LinkedHashMap<>();
    strings(tree, "", original);
    original.forEach((pointer, value) -> set(tree, pointer, INJECTED + value));

    // Fields with a pattern, an enumeration or a reference refuse the text: they must quote it.
    List<String> refused = new ArrayList<>();
    for (int round = 0; round < 20; round++) {
      ValidationReport report = CatalogReader.standard().validate(BundledJson.write(tree));
      if (report.isValid()) {
        break;
      }
      for (ValidationError error : report.errors()) {
        if (error.code() == ErrorCode.LIMIT_EXCEEDED && error.pointer().isEmpty()) {
          continue; // the note that the report was cut: the next round sees the rest
        }
        String leaf = original.containsKey(error.pointer()) ? error.pointer() : null;
        assertTrue(leaf != null || error.code() == ErrorCode.DUPLICATE_ITEM || error.code() == ErrorCode.DUPLICATE_ID,
            () -> "an error away from any injected field: " + error);
        if (leaf != null && QUOTE_THE_VALUE.contains(error.code())) {
          for (Language language : Language.values()) {
            assertTrue(error.message(language).contains("${7*7} #{7*7}"), () -> "not quoted verbatim: " + error);
          }
        }
        if (leaf != null && tree.at(leaf).asString().startsWith(INJECTED)) {
          set(tree, leaf, original.get(leaf));
          refused.add(leaf);
        } else if (leaf == null) {
          // A list of codes made unique by the prefix only; put the whole list back.
          original.keySet().stream().filter(p -> HostileInputs.isAtOrBelow(p, error.pointer()))
              .forEach(p -> {
                set(tree, p, original.get(p));
                refused.add(p);
              });
        }
      }
    }
    XmessCatalog loaded = CatalogReader.standard().load(BundledJson.write(tree));

    JsonNode back = BundledJson.MAPPER.readTree(CatalogExporter.json(loaded.catalog()));
    int kept = 0;
    for (String pointer : original.keySet()) {
      if (refused.contains(pointer)) {
        continue;
      }
      assertEquals(INJECTED + original.get(pointer), back.at(pointer).asString(), pointer);
      kept++;
    }
    // Every free-text field keeps it: every ca/es/en text (titles, summaries, labels, names, notes).
    List<String> texts = original.keySet().stream().filter(p -> p.matches(".*/(ca|es|en)$")).toList();
    assertTrue(texts.size() > 1000, texts.size() + " translated texts");
    assertEquals(List.of(), texts.stream().filter(refused::contains).toList(), "texts that refused plain text");
    assertTrue(kept >= texts.size(), kept + " string fields kept the text");
    Initiative first = loaded.catalog().initiatives().get(0);
    assertTrue(loaded.initiative(first.id()).orElseThrow().title().ca().startsWith(INJECTED));
    assertTrue(loaded.search(first.title().en()).stream().anyMatch(hit -> hit.id().equals(first.id())));
  }

  /** Constraint violations found by Hibernate Validator quote the value as it is. */
  @Test
  void hibernateValidatorViolationsQuoteExpressionsVerbatim() {
    String id = INJECTED_ID;
    Catalog catalog = brokenCatalog();

    ValidationReport report = XmessCatalog.validate(catalog);

    ValidationError error = report.errors().stream()
        .filter(e -> e.pointer().equals("/initiatives/0/id") && e.code() == ErrorCode.INVALID_FORMAT)
        .findFirst().orElseThrow(() -> new AssertionError(report.toString()));
    for (Language language : Language.values()) {
      assertTrue(error.message(language).contains(id), error::toString);
      assertFalse(error.message(language).contains("49"), error::toString);
    }
  }

  /**
   * Hibernate Validator could only evaluate {@code ${...}} through an Expression Language
   * implementation: there is none on the class path. And with the interpolator we configure, its
   * own messages for a value full of expressions hold the value's text nowhere and evaluate nothing.
   */
  @Test
  void hibernateValidatorHasNoExpressionLanguageAndInterpolatesNothingOfOurs() {
    for (String elClass : List.of("jakarta.el.ExpressionFactory", "org.glassfish.expressly.ExpressionFactoryImpl",
        "com.sun.el.ExpressionFactoryImpl", "org.apache.el.ExpressionFactoryImpl")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(elClass), elClass + " is on the class path");
    }
    Catalog catalog = brokenCatalog();
    try (jakarta.validation.ValidatorFactory factory = jakarta.validation.Validation
        .byProvider(org.hibernate.validator.HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      var violations = factory.getValidator().validate(catalog);
      var onTheId = violations.stream().filter(v -> INJECTED_ID.equals(v.getInvalidValue())).toList();
      assertFalse(onTheId.isEmpty(), violations::toString);
      for (var violation : violations) {
        assertFalse(violation.getMessage().contains("49"), violation::getMessage);
        assertFalse(violation.getMessage().contains("java.lang.Runtime"), violation::getMessage);
      }
    }
    assertEquals(INJECTED_ID, catalog.initiatives().get(0).id());
  }

  /** The bundled catalog whose first initiative has an id and a title made of expressions. */
  private static Catalog brokenCatalog() {
    Catalog bundled = XmessCatalog.bundled().catalog();
    Initiative initiative = bundled.initiatives().get(0);
    Initiative broken = initiative.toBuilder().id(INJECTED_ID)
        .title(new LocalizedText(INJECTED, INJECTED, INJECTED)).build();
    List<Initiative> initiatives = new ArrayList<>(bundled.initiatives());
    initiatives.set(0, broken);
    return bundled.toBuilder().metadata(bundled.metadata().withChecksum(null)).initiatives(initiatives).build();
  }

  private static void strings(JsonNode node, String at, Map<String, String> found) {
    if (node.isString()) {
      found.put(at, node.asString());
    } else if (node.isObject()) {
      node.properties().forEach(field -> strings(field.getValue(), at + "/" + escape(field.getKey()), found));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        strings(node.get(i), at + "/" + i, found);
      }
    }
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static void set(ObjectNode tree, String pointer, String value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = tree.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).put(last, value);
    }
  }
}
