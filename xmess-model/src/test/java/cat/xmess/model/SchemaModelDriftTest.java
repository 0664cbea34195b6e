package cat.xmess.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the records of the model and the published JSON Schema in step. Every record reachable from
 * {@link Catalog} is mapped to its schema definition ({@code Catalog} to the root, {@code
 * CatalogMetadata} to {@code $defs/metadata}, any other record to {@code $defs/<lowerCamelName>})
 * and compared: property names, required fields, value types, enum codes, patterns and bounds.
 *
 * <p>One documented equivalence: the model states "not blank" for optional texts as the Java
 * pattern {@link Patterns#NOT_BLANK} ({@code (?s).*\S.*}, matched against the whole string), which
 * the schema states as {@code "\S"} (JSON Schema patterns are searched, not anchored); {@link
 * #notBlankPatternMeansTheSameAsTheSchemasSearchForANonSpace()} proves the two agree.
 *
 * <p>{@link #theChecksDetectPlantedDrift()} plants drifts in a copy of the schema to prove that
 * each check can fail.
 */
class SchemaModelDriftTest {
  /** How the schema writes {@link Patterns#NOT_BLANK}: a search for one non-space character. */
  private static final String SCHEMA_NOT_BLANK = "\\S";

  /**
   * Schema patterns the model deliberately leaves to another layer, as "component[]" (list
   * elements). Source references are checked by the integrity layer, which resolves each id
   * against {@link Source#id()}, itself constrained by {@link Patterns#SOURCE_ID}.
   */
  private static final Set<String> SCHEMA_ONLY_PATTERNS = Set.of("sourceIds[]");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode schema;
  private static Set<Class<?>> records;

  @BeforeAll
  static void readSchema() {
    schema = JSON.readTree(CatalogFormat.schemaJson());
    records = ModelTypes.reachableRecords(Catalog.class);
  }

  // ---------------------------------------------------------------------------------------------
  // The schema document as a whole

  @Test
  void schemaIdentifiesItsVersion() {
    assertEquals(CatalogFormat.SCHEMA_ID, schema.path("$id").asString());
    assertTrue(schema.path("$id").asString().contains("/" + CatalogFormat.SCHEMA_VERSION + "/"),
        "the $id names the version: " + schema.path("$id").asString());
    assertTrue(schema.path("description").asString().contains("Schema version " + CatalogFormat.SCHEMA_VERSION),
        "the description names the version: " + schema.path("description").asString());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asString());
    assertEquals(CatalogFormat.schemaJson(), new String(readOpenSchema(), StandardCharsets.UTF_8),
        "schemaJson() and openSchema() give the same document");
  }

  private static byte[] readOpenSchema() {
    try (InputStream in = CatalogFormat.openSchema()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The keywords this test compares, or knowingly leaves to other layers. A new keyword in the
   * schema (say {@code maxLength}) fails here until the model and this test learn about it.
   *
   * <ul>
   *   <li>{@code format} ({@code date}): the model's {@link LocalDate};
   *   <li>{@code minLength}: the model's {@code @NotBlank} or pattern (see {@code patternsAgree});
   *   <li>{@code oneOf} (a figure has a value or a text): the catalog's integrity layer;
   *   <li>{@code uniqueItems}: stated by the schema only; the model has no counterpart;
   *   <li>{@code propertyNames}: the key pattern of a {@code Map} component (extensions).
   * </ul>
   */
  @Test
  void theSchemaUsesOnlyKeywordsThisTestAccountsFor() {
    Set<String> accounted = Set.of("$schema", "$id", "$defs", "$ref", "title", "description", "type", "properties",
        "required", "additionalProperties", "items", "enum", "pattern", "minimum", "maximum", "minItems", "format",
        "minLength", "oneOf", "uniqueItems", "propertyNames");
    Set<String> used = new TreeSet<>();
    collectKeywords(schema, used);
    used.removeAll(accounted);
    assertEquals(Set.of(), used, "schema keywords that neither the model nor this test accounts for");
  }

  private static void collectKeywords(JsonNode schemaNode, Set<String> keywords) {
    schemaNode.properties().forEach(entry -> {
      keywords.add(entry.getKey());
      switch (entry.getKey()) {
        case "properties", "$defs" -> entry.getValue().properties().forEach(e -> collectKeywords(e.getValue(), keywords));
        case "items" -> collectKeywords(entry.getValue(), keywords);
        case "oneOf", "anyOf", "allOf" -> entry.getValue().forEach(sub -> collectKeywords(sub, keywords));
        default -> {
          // a keyword's value, not a subschema
        }
      }
    });
  }

  @Test
  void everyRecordOfThePackageIsReachableFromCatalog() {
    Set<Class<?>> orphans = new LinkedHashSet<>(ModelTypes.modelRecords());
    orphans.removeAll(records);
    assertEquals(Set.of(), orphans, "records of cat.xmess.model that no catalog can hold");
    assertTrue(records.containsAll(List.of(Catalog.class, CatalogMetadata.class, License.class, LocalizedText.class,
        Source.class, Codelists.class, CodelistEntry.class, PolicyInstrument.class, ExternalMapping.class,
        MemberBody.class, Comarca.class, Initiative.class, Figure.class, Network.class, MembershipCount.class,
        StrategicLine.class, GovernanceBody.class, ExecutiveTerm.class, ExecutiveSeat.class, WorkingGroup.class,
        TimelineEvent.class, Publication.class, Relation.class)), "the walk missed records: " + records);
  }

  @Test
  void everyObjectDefinitionOfTheSchemaIsARecordOfTheModel() {
    new Drift(schema).checkObjectDefinitionsAreRecords();
  }

  @Test
  void localizedTextHasOnePropertyPerLanguage() {
    Set<String> languages = Arrays.stream(Language.values()).map(Language::code)
        .collect(Collectors.toCollection(TreeSet::new));
    Drift drift = new Drift(schema);
    assertEquals(languages, new TreeSet<>(names(drift.definition(LocalizedText.class).path("properties"))));
    assertEquals(List.of(Language.CA.code()), textList(drift.definition(LocalizedText.class).path("required")),
        "Catalan is the only required language");
  }

  @Test
  void codelistsPropertiesAreTheFieldNamesOfCodelistKind() {
    List<String> fieldNames = Arrays.stream(CodelistKind.values()).map(CodelistKind::fieldName).toList();
    assertEquals(fieldNames, new ArrayList<>(names(new Drift(schema).definition(Codelists.class).path("properties"))),
        "CodelistKind.fieldName() vs the properties of #/$defs/codelists, in order");
    List<String> components = Arrays.stream(Codelists.class.getRecordComponents()).map(RecordComponent::getName).toList();
    assertEquals(fieldNames, components, "CodelistKind.fieldName() vs the components of Codelists, in order");
  }

  @Test
  void sharedEnumDefinitionsHoldTheCodesOfTheirEnums() {
    assertEquals(codes(Confidence.class), new TreeSet<>(textList(schema.path("$defs").path("confidence").path("enum"))));
    assertEquals(codes(CodeStatus.class), new TreeSet<>(textList(schema.path("$defs").path("codeStatus").path("enum"))));
  }

  @Test
  void modelPatternsAreAnchoredSoWholeMatchAndSearchAgree() {
    // @Pattern matches the whole value, JSON Schema searches it: the same string means the same
    // rule only when it is anchored at both ends. NOT_BLANK is the one documented exception.
    for (Class<?> record : records) {
      for (RecordComponent component : record.getRecordComponents()) {
        Stream.of(declared(component, Pattern.class), elementPattern(component))
            .filter(Objects::nonNull)
            .map(Pattern::regexp)
            .filter(regexp -> !regexp.equals(Patterns.NOT_BLANK))
            .forEach(regexp -> assertTrue(regexp.startsWith("^") && regexp.endsWith("$"),
                where(record, component) + ": pattern " + regexp + " is not anchored"));
      }
    }
  }

  @Test
  void notBlankPatternMeansTheSameAsTheSchemasSearchForANonSpace() {
    java.util.regex.Pattern model = java.util.regex.Pattern.compile(Patterns.NOT_BLANK);
    java.util.regex.Pattern json = java.util.regex.Pattern.compile(SCHEMA_NOT_BLANK);
    for (String text : List.of("", " ", "   ", "\t", "\n", "\r\n", " \n\t ", "a", " a", "a ", "\na",
        "a\n", "\n\na\n\n", "line 1\nline 2", "·", "é", "\u00A0", "x\u2028y", "\u2028", "\u000B")) {
      assertEquals(json.matcher(text).find(), model.matcher(text).matches(),
          "NOT_BLANK and \\S disagree on " + visible(text));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Per record: one dynamic test per record and aspect

  @TestFactory
  Stream<DynamicTest> everyRecordHasAClosedObjectDefinition() {
    return perRecord(record -> new Drift(schema).checkDefinition(record));
  }

  @TestFactory
  Stream<DynamicTest> propertiesAreTheRecordComponents() {
    return perRecord(record -> new Drift(schema).checkPropertyNames(record));
  }

  @TestFactory
  Stream<DynamicTest> requiredPropertiesAreTheNotNullComponents() {
    return perRecord(record -> new Drift(schema).checkRequired(record));
  }

  @TestFactory
  Stream<DynamicTest> valueTypesAndEnumCodesAgree() {
    return perRecord(record -> new Drift(schema).checkValueTypes(record));
  }

  @TestFactory
  Stream<DynamicTest> patternsAgree() {
    return perRecord(record -> new Drift(schema).checkPatterns(record));
  }

  @TestFactory
  Stream<DynamicTest> boundsAgree() {
    return perRecord(record -> new Drift(schema).checkBounds(record));
  }

  private static Stream<DynamicTest> perRecord(Consumer<Class<?>> check) {
    return records.stream().map(record -> dynamicTest(record.getSimpleName(), () -> check.accept(record)));
  }

  // ---------------------------------------------------------------------------------------------
  // The checks can fail: plant one drift at a time in a copy of the schema

  @Test
  void theChecksDetectPlantedDrift() {
    assertAll(
        planted("extra property", s -> defs(s, "figure").withObjectProperty("properties").putObject("unit").put("type", "string"),
            d -> d.checkPropertyNames(Figure.class)),
        planted("missing property", s -> defs(s, "comarca").withObjectProperty("properties").remove("name"),
            d -> d.checkPropertyNames(Comarca.class)),
        planted("required field dropped", s -> removeText(defs(s, "memberBody").withArrayProperty("required"), "kind"),
            d -> d.checkRequired(MemberBody.class)),
        planted("optional field made required", s -> defs(s, "source").withArrayProperty("required").add("publisher"),
            d -> d.checkRequired(Source.class)),
        planted("root required changed", s -> ((ObjectNode) s).withArrayProperty("required").add("network"),
            d -> d.checkRequired(Catalog.class)),
        planted("enum code renamed", s -> {
              ArrayNode kinds = (ArrayNode) defs(s, "memberBody").path("properties").path("kind").path("enum");
              kinds.set(0, "town-council");
            }, d -> d.checkValueTypes(MemberBody.class)),
        planted("enum code added to a shared definition", s -> defs(s, "confidence").withArrayProperty("enum").add("unknown"),
            d -> d.checkValueTypes(Initiative.class)),
        planted("list element enum changed", s -> removeText((ArrayNode) defs(s, "initiative").path("properties")
                .path("candidateBasis").path("items").path("enum"), "xmess-database"),
            d -> d.checkValueTypes(Initiative.class)),
        planted("record property refers to the wrong definition",
            s -> ((ObjectNode) defs(s, "metadata").path("properties").path("license")).put("$ref", "#/$defs/localizedText"),
            d -> d.checkValueTypes(CatalogMetadata.class)),
        planted("integer became number", s -> ((ObjectNode) defs(s, "initiative").path("properties").path("yearStart")).put("type", "number"),
            d -> d.checkValueTypes(Initiative.class)),
        planted("pattern changed", s -> defs(s, "figure").withObjectProperty("properties").withObjectProperty("name")
                .put("pattern", "^[a-z0-9_]+$"),
            d -> d.checkPatterns(Figure.class)),
        planted("shared pattern changed", s -> defs(s, "key").put("pattern", "^[a-z0-9-]+$"),
            d -> d.checkPatterns(Initiative.class)),
        planted("pattern narrowed in the schema", s -> defs(s, "publication").withObjectProperty("properties").withObjectProperty("date")
                .removeAll().put("type", "string").put("pattern", "^[0-9]{4}$"),
            d -> d.checkPatterns(Publication.class)),
        planted("pattern only in the schema", s -> defs(s, "relation").withObjectProperty("properties").withObjectProperty("body")
                .put("pattern", "^[A-Z].*$"),
            d -> d.checkPatterns(Relation.class)),
        planted("pattern dropped from the schema", s -> defs(s, "comarca").withObjectProperty("properties").withObjectProperty("code")
                .remove("pattern"),
            d -> d.checkPatterns(Comarca.class)),
        planted("blank text allowed by the schema", s -> defs(s, "relation").withObjectProperty("properties").withObjectProperty("body")
                .remove("pattern"),
            d -> d.checkPatterns(Relation.class)),
        planted("bound changed", s -> defs(s, "memberBody").withObjectProperty("properties").withObjectProperty("joined")
                .put("minimum", 2000),
            d -> d.checkBounds(MemberBody.class)),
        planted("minItems dropped", s -> defs(s, "initiative").withObjectProperty("properties").withObjectProperty("sourceIds")
                .remove("minItems"),
            d -> d.checkBounds(Initiative.class)),
        planted("additional properties allowed", s -> defs(s, "relation").put("additionalProperties", true),
            d -> d.checkDefinition(Relation.class)),
        planted("definition renamed", s -> {
              ObjectNode all = ((ObjectNode) s).withObjectProperty("$defs");
              all.set("executiveSeats", all.remove("executiveSeat"));
            }, d -> d.checkDefinition(ExecutiveSeat.class)),
        planted("map key pattern changed", s -> defs(s, "initiative").withObjectProperty("properties").withObjectProperty("extensions")
                .removeAll().put("type", "object").putObject("additionalProperties"),
            d -> d.checkValueTypes(Initiative.class)),
        planted("object definition without a record", s -> defs(s, "budget").removeAll().put("type", "object"),
            Drift::checkObjectDefinitionsAreRecords));
  }

  private interface Plant {
    void into(JsonNode schemaCopy);
  }

  private static Executable planted(String what, Plant plant, Consumer<Drift> check) {
    return () -> {
      JsonNode copy = schema.deepCopy();
      plant.into(copy);
      Drift drift = new Drift(copy);
      assertThrows(AssertionError.class, () -> check.accept(drift), "the drift went unnoticed: " + what);
      // ...and the same check passes on the real schema, so the failure is the planted drift's.
      check.accept(new Drift(schema));
    };
  }

  private static ObjectNode defs(JsonNode root, String name) {
    return ((ObjectNode) root).withObjectProperty("$defs").withObjectProperty(name);
  }

  private static void removeText(ArrayNode array, String value) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).asString().equals(value)) {
        array.remove(i);
        return;
      }
    }
    throw new IllegalArgumentException(value + " not in " + array);
  }

  // ---------------------------------------------------------------------------------------------
  // The comparisons, against a given schema document

  /** Compares the model with one schema document. */
  private static final class Drift {
    private final JsonNode root;

    Drift(JsonNode root) {
      this.root = root;
    }

    void checkObjectDefinitionsAreRecords() {
      Set<String> objectDefs = new TreeSet<>();
      root.path("$defs").properties().forEach(e -> {
        // A map (extensions) is an object whose properties are free: its counterpart is a Map, not a record.
        boolean map = e.getValue().path("additionalProperties").isObject();
        if (e.getValue().path("type").isString() && "object".equals(e.getValue().path("type").asString()) && !map) {
          objectDefs.add(e.getKey());
        }
      });
      Set<String> mapped = records.stream().filter(r -> r != Catalog.class)
          .map(SchemaModelDriftTest::defName).collect(Collectors.toCollection(TreeSet::new));
      assertEquals(mapped, objectDefs, "object definitions of the schema vs records of the model");
    }

    JsonNode definition(Class<?> record) {
      JsonNode def = record == Catalog.class ? root : root.path("$defs").path(defName(record));
      assertFalse(def.isMissingNode(), "the schema has no definition " + pointer(record) + " for " + record.getSimpleName());
      return def;
    }

    void checkDefinition(Class<?> record) {
      JsonNode def = definition(record);
      assertEquals("object", def.path("type").asString(), "type of " + pointer(record));
      assertTrue(def.path("additionalProperties").isBoolean() && !def.path("additionalProperties").asBoolean(),
          pointer(record) + " must forbid additional properties: readers reject unknown fields");
    }

    void checkPropertyNames(Class<?> record) {
      Set<String> components = Arrays.stream(record.getRecordComponents())
          .map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
      assertEquals(components, new TreeSet<>(names(definition(record).path("properties"))),
          "components of " + record.getSimpleName() + " vs properties of " + pointer(record));
    }

    void checkRequired(Class<?> record) {
      Set<String> notNull = new TreeSet<>();
      for (RecordComponent component : record.getRecordComponents()) {
        if (declared(component, NotNull.class) != null || declared(component, NotBlank.class) != null
            || declared(component, NotEmpty.class) != null) {
          notNull.add(component.getName());
        }
      }
      assertEquals(notNull, new TreeSet<>(textList(definition(record).path("required"))),
          "@NotNull/@NotBlank/@NotEmpty components of " + record.getSimpleName() + " vs required of " + pointer(record));
    }

    void checkValueTypes(Class<?> record) {
      for (RecordComponent component : record.getRecordComponents()) {
        JsonNode property = property(record, component);
        if (Map.class.isAssignableFrom(component.getType())) {
          checkMap(record, component, resolve(property));
        } else if (ModelTypes.isList(component)) {
          assertEquals("array", resolve(property).path("type").asString(), where(record, component) + " is a list");
          JsonNode items = resolve(property).path("items");
          assertFalse(items.isMissingNode(), where(record, component) + " has no items schema");
          checkValueType(record, component, ModelTypes.elementClass(component), items, "[]");
        } else {
          checkValueType(record, component, component.getType(), property, "");
        }
      }
    }

    /** A {@code Map<@Pattern String, Object>}: an object whose keys match the pattern and whose values are free. */
    private void checkMap(Class<?> record, RecordComponent component, JsonNode resolved) {
      String where = where(record, component);
      assertEquals("object", resolved.path("type").asString(), where + " is a map");
      assertTrue(resolved.path("additionalProperties").isObject(), where + ": a map's values need a schema");
      AnnotatedType key = ((AnnotatedParameterizedType) component.getAnnotatedType()).getAnnotatedActualTypeArguments()[0];
      Pattern keyPattern = key.getAnnotation(Pattern.class);
      assertNotNull(keyPattern, where + ": map keys need a @Pattern");
      assertEquals(keyPattern.regexp(), resolve(resolved.path("propertyNames")).path("pattern").asString(),
          where + ": key @Pattern vs propertyNames");
    }

    private void checkValueType(Class<?> record, RecordComponent component, Class<?> type, JsonNode node, String suffix) {
      String where = where(record, component) + suffix;
      JsonNode resolved = resolve(node);
      if (type.isRecord()) {
        assertEquals("#/$defs/" + defName(type), node.path("$ref").asString(),
            where + " holds a " + type.getSimpleName() + " and must refer to its definition");
      } else if (type.isEnum()) {
        assertTrue(WireCode.class.isAssignableFrom(type), where + ": enum " + type.getSimpleName() + " is not a WireCode");
        assertEquals("string", resolved.path("type").asString(), where + " type");
        assertEquals(codes(type), new TreeSet<>(textList(resolved.path("enum"))),
            where + ": codes of " + type.getSimpleName() + " vs the schema's enum");
      } else if (type == String.class) {
        assertEquals("string", resolved.path("type").asString(), where + " type");
        assertTrue(resolved.path("enum").isMissingNode(), where + " is free text in the model but an enum in the schema");
      } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
        assertEquals("integer", resolved.path("type").asString(), where + " type");
      } else if (type == Boolean.class || type == boolean.class) {
        assertEquals("boolean", resolved.path("type").asString(), where + " type");
      } else if (type == BigDecimal.class) {
        assertEquals("number", resolved.path("type").asString(), where + " type");
      } else if (type == LocalDate.class) {
        assertEquals("string", resolved.path("type").asString(), where + " type");
        assertEquals("date", resolved.path("format").asString(), where + " format");
      } else {
        fail(where + " has type " + type.getName() + ", which this test does not know how to compare");
      }
    }

    void checkPatterns(Class<?> record) {
      for (RecordComponent component : record.getRecordComponents()) {
        JsonNode property = property(record, component);
        if (ModelTypes.isList(component)) {
          checkPattern(record, component, "[]", elementPattern(component),
              declaredOnElement(component, NotBlank.class) != null, ModelTypes.elementClass(component),
              resolve(property).path("items"));
        } else {
          checkPattern(record, component, "", declared(component, Pattern.class),
              declared(component, NotBlank.class) != null, component.getType(), property);
        }
      }
    }

    private void checkPattern(Class<?> record, RecordComponent component, String suffix, Pattern modelPattern,
        boolean modelNotBlank, Class<?> type, JsonNode node) {
      if (type != String.class) {
        return;
      }
      String where = where(record, component) + suffix;
      JsonNode resolved = resolve(node);
      String schemaPattern = resolved.path("pattern").isString() ? resolved.path("pattern").asString() : null;
      if (modelPattern != null) {
        assertNotNull(schemaPattern, where + ": the model has @Pattern(" + modelPattern.regexp() + "), the schema none");
        String expected = modelPattern.regexp().equals(Patterns.NOT_BLANK) ? SCHEMA_NOT_BLANK : modelPattern.regexp();
        assertEquals(expected, schemaPattern, where + ": @Pattern vs schema pattern");
      } else if (schemaPattern != null) {
        boolean exempt = SCHEMA_ONLY_PATTERNS.contains(component.getName() + suffix);
        boolean sameAsNotBlank = modelNotBlank && schemaPattern.equals(SCHEMA_NOT_BLANK);
        assertTrue(exempt || sameAsNotBlank, where + ": the schema has pattern " + schemaPattern + ", the model no @Pattern");
      }
      // Blank text: rejected by both or by neither.
      List<String> blanks = List.of("", " ", "\t\n");
      boolean modelRejectsBlank = modelNotBlank || (modelPattern != null
          && blanks.stream().noneMatch(s -> java.util.regex.Pattern.compile(modelPattern.regexp()).matcher(s).matches()));
      boolean schemaRejectsBlank = schemaPattern != null
          && blanks.stream().noneMatch(s -> java.util.regex.Pattern.compile(schemaPattern).matcher(s).find());
      assertEquals(modelRejectsBlank, schemaRejectsBlank, where + ": is blank text rejected? model vs schema");
    }

    void checkBounds(Class<?> record) {
      for (RecordComponent component : record.getRecordComponents()) {
        JsonNode resolved = resolve(property(record, component));
        Min min = declared(component, Min.class);
        Max max = declared(component, Max.class);
        assertEquals(min == null ? null : min.value(),
            resolved.path("minimum").isNumber() ? resolved.path("minimum").asLong() : null,
            where(record, component) + ": @Min vs minimum");
        assertEquals(max == null ? null : max.value(),
            resolved.path("maximum").isNumber() ? resolved.path("maximum").asLong() : null,
            where(record, component) + ": @Max vs maximum");
        if (ModelTypes.isList(component)) {
          boolean notEmpty = declared(component, NotEmpty.class) != null;
          assertEquals(notEmpty ? 1 : 0, resolved.path("minItems").asInt(0),
              where(record, component) + ": @NotEmpty vs minItems");
        }
      }
    }

    private JsonNode property(Class<?> record, RecordComponent component) {
      JsonNode property = definition(record).path("properties").path(component.getName());
      assertFalse(property.isMissingNode(), pointer(record) + " has no property " + component.getName());
      return property;
    }

    /** A node with its local {@code $ref}, if any, followed (one level: the schema never chains). */
    private JsonNode resolve(JsonNode node) {
      String ref = node.path("$ref").asString(null);
      if (ref == null) {
        return node;
      }
      assertTrue(ref.startsWith("#/$defs/"), "unexpected $ref " + ref);
      JsonNode target = root.path("$defs").path(ref.substring("#/$defs/".length()));
      assertFalse(target.isMissingNode(), "dangling $ref " + ref);
      return target;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** The definition name of a record other than Catalog. */
  static String defName(Class<?> record) {
    if (record == CatalogMetadata.class) {
      return "metadata";
    }
    String simple = record.getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  private static String pointer(Class<?> record) {
    return record == Catalog.class ? "#" : "#/$defs/" + defName(record);
  }

  private static Set<String> codes(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants()).map(c -> ((WireCode) c).code())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new LinkedHashSet<>();
    object.propertyNames().forEach(names::add);
    return names;
  }

  private static List<String> textList(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asString()));
    return values;
  }

  private static String where(Class<?> record, RecordComponent component) {
    return record.getSimpleName() + "." + component.getName();
  }

  /**
   * An annotation of a component, wherever javac put it: a record component's annotation is
   * propagated to the field, the accessor and the type use, as its targets allow.
   */
  static <A extends Annotation> A declared(RecordComponent component, Class<A> type) {
    A found = component.getAnnotation(type);
    if (found == null) {
      try {
        Field field = component.getDeclaringRecord().getDeclaredField(component.getName());
        found = field.getAnnotation(type);
      } catch (NoSuchFieldException e) {
        throw new AssertionError(e);
      }
    }
    if (found == null) {
      found = component.getAccessor().getAnnotation(type);
    }
    if (found == null) {
      found = component.getAnnotatedType().getAnnotation(type);
    }
    return found;
  }

  /** An annotation on the element type of a list component ({@code List<@NotBlank String>}). */
  static <A extends Annotation> A declaredOnElement(RecordComponent component, Class<A> type) {
    AnnotatedType annotated = component.getAnnotatedType();
    if (annotated instanceof AnnotatedParameterizedType parameterized) {
      return parameterized.getAnnotatedActualTypeArguments()[0].getAnnotation(type);
    }
    return null;
  }

  private static Pattern elementPattern(RecordComponent component) {
    return ModelTypes.isList(component) ? declaredOnElement(component, Pattern.class) : null;
  }

  private static String visible(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return out.append('"').toString();
  }
}
