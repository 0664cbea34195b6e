package cat.xmess.io.internal.sheets;

import org.apiguardian.api.API;
import cat.xmess.model.CatalogFormat;
import cat.xmess.model.CodelistKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The flat form of a catalog, derived from the catalog's JSON Schema, so that a field added to the
 * schema gets its column without touching this code. One sheet (or CSV file) per array of records
 * ({@code initiatives}, {@code member-bodies}, {@code sources}, one per codelist), one header row
 * and one row per record; and two key/value sheets, {@code metadata} and {@code network}, with a
 * row per value ({@code field} such as {@code title.ca} or {@code purposes.2.en}, and {@code value}).
 *
 * <p>Columns of a record sheet, in the schema's order of properties:
 *
 * <ul>
 *   <li>a text, code or number: one column, named after the property;
 *   <li>an object of scalars (a text in ca/es/en, a comarca, a guide citation): one column per
 *       part, {@code title_ca}, {@code title_es}, {@code title_en}, {@code guideCitation_page};
 *   <li>a list of texts or codes: one column, the items joined with {@code |}; inside an item {@code
 *       \} is written {@code \\} and {@code |} is written {@code \|};
 *   <li>anything else (figures, mappings, extensions): one column of compact JSON.
 * </ul>
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class Layout {
  /** The header of key/value sheets. */
  public static final List<String> KEY_VALUE_HEADER = List.of("field", "value");

  /** The column a loaded catalog's export adds last, naming each record's layer; import ignores it. */
  public static final String LAYER_COLUMN = "layer";

  /** The sheet whose first column lists the values a code column takes, by property name. */
  private static final Map<String, String> CODE_SOURCES = codeSources();

  private static final Layout INSTANCE = new Layout();

  private final SchemaView schema;
  private final List<SheetSpec> sheets;

  private Layout() {
    JsonNode root = JsonMapper.shared().readTree(CatalogFormat.schemaJson());
    schema = new SchemaView(root);
    List<SheetSpec> list = new ArrayList<>();
    list.add(SheetSpec.keyValue("metadata", "/metadata", schema.resolve(root.path("properties").path("metadata"))));
    list.add(records("initiatives", "/initiatives", root.path("properties").path("initiatives")));
    list.add(records("member-bodies", "/memberBodies", root.path("properties").path("memberBodies")));
    list.add(records("sources", "/sources", root.path("properties").path("sources")));
    JsonNode codelists = schema.resolve(root.path("properties").path("codelists")).path("properties");
    for (CodelistKind kind : CodelistKind.values()) {
      list.add(records(sheetName(kind), "/codelists/" + kind.fieldName(), codelists.path(kind.fieldName())));
    }
    list.add(SheetSpec.keyValue("network", "/network", schema.resolve(root.path("properties").path("network"))));
    sheets = List.copyOf(list);
  }

  /** {@return the layout of the catalog format this SDK reads} */
  public static Layout get() {
    return INSTANCE;
  }

  /** {@return every sheet, in workbook order} */
  public List<SheetSpec> sheets() {
    return sheets;
  }

  SchemaView schema() {
    return schema;
  }

  /** {@code policyInstruments} as {@code policy-instruments}. */
  public static String sheetName(CodelistKind kind) {
    return kind.fieldName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
  }

  /** {@code field field:sheet; ...}: the code columns and the sheet whose first column lists their values. */
  private static Map<String, String> codeSources() {
    String table = "category categoryAlternatives defaultCategory:policy-categories; instruments:policy-instruments;"
        + " roles adminRoles:administration-roles; themes:themes; targetGroups:target-groups; sdgs:sdgs;"
        + " entityForms:entity-forms; memberBody coMemberBodies:member-bodies; sourceIds guideCitation.sourceId:sources";
    Map<String, String> map = new LinkedHashMap<>();
    for (String entry : table.split(";")) {
      String[] fieldsAndSheet = entry.strip().split(":");
      for (String field : fieldsAndSheet[0].split(" ")) {
        map.put(field, fieldsAndSheet[1]);
      }
    }
    return Map.copyOf(map);
  }

  private SheetSpec records(String name, String pointer, JsonNode arraySchema) {
    JsonNode item = schema.resolve(schema.resolve(arraySchema).path("items"));
    List<Column> columns = new ArrayList<>();
    for (Map.Entry<String, JsonNode> property : item.path("properties").properties()) {
      String field = property.getKey();
      JsonNode type = schema.resolve(property.getValue());
      String codeSheet = CODE_SOURCES.get(field);
      if (schema.isFlatObject(type)) {
        for (Map.Entry<String, JsonNode> part : type.path("properties").properties()) {
          JsonNode partType = schema.resolve(part.getValue());
          columns.add(new Column(field + "_" + part.getKey(), field, part.getKey(), schema.scalarKind(partType),
              schema.enumValues(partType), CODE_SOURCES.get(field + "." + part.getKey())));
        }
      } else if (schema.scalarKind(type) != null) {
        columns.add(new Column(field, field, null, schema.scalarKind(type), schema.enumValues(type), codeSheet));
      } else if (schema.isTextList(type)) {
        columns.add(new Column(field, field, null, Column.Kind.LIST,
            schema.enumValues(schema.resolve(type.path("items"))), codeSheet));
      } else {
        columns.add(new Column(field, field, null, Column.Kind.JSON, List.of(), null));
      }
    }
    return SheetSpec.records(name, pointer, columns);
  }

  /** One column of a record sheet. */
  public record Column(String header, String property, String part, Kind kind, List<String> choices,
      String codeSheet) {
    /** How a cell maps to JSON. */
    public enum Kind {
      TEXT, INTEGER, NUMBER, BOOLEAN, LIST, JSON
    }

    /** Whether a spreadsheet should offer a drop-down on this column. */
    public boolean hasChoices() {
      return codeSheet != null || !choices.isEmpty();
    }
  }

  /** One sheet: a list of records at {@code pointer}, or the key/value rows of the object there. */
  public record SheetSpec(String name, String pointer, List<Column> columns, JsonNode objectSchema) {
    static SheetSpec records(String name, String pointer, List<Column> columns) {
      return new SheetSpec(name, pointer, List.copyOf(columns), null);
    }

    static SheetSpec keyValue(String name, String pointer, JsonNode objectSchema) {
      return new SheetSpec(name, pointer, List.of(), objectSchema);
    }

    /** Whether the sheet holds {@code field}/{@code value} rows rather than records. */
    public boolean isKeyValue() {
      return objectSchema != null;
    }

    /** {@return the header row} */
    public List<String> header() {
      return isKeyValue() ? KEY_VALUE_HEADER : columns.stream().map(Column::header).toList();
    }

    /** {@return the CSV file name} */
    public String fileName() {
      return name + ".csv";
    }
  }
}
