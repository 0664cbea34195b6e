package cat.xmess.io.internal.sheets;

import org.apiguardian.api.API;
import cat.xmess.catalog.CatalogLayer;
import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.io.internal.codec.CatalogCodec;
import cat.xmess.io.internal.sheets.Layout.SheetSpec;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Workbooks and CSV directories to and from catalogs: the glue between the flat form and the pipeline. */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class SheetImport {
  /**
   * Turns catalogs already in memory into trees: not bounded by the limits of a reader, which are
   * for untrusted input (a 10,000-initiative catalog has more tokens than the default allows).
   */
  private static final CatalogCodec OWN = new CatalogCodec(
      ReadLimits.DEFAULT.withMaxDocumentBytes(Integer.MAX_VALUE - 8L).withMaxTokenCount(Long.MAX_VALUE));

  private SheetImport() {}

  private static JsonNode tree(XmessCatalog catalog) {
    return OWN.readTree(OWN.toCanonicalBytes(catalog.catalog()));
  }

  /** The sheets of {@code catalog}'s document, with the layer column. */
  public static List<Grid.Sheet> sheets(XmessCatalog catalog, CatalogCodec codec) {
    return new Flatten(codec).sheets(tree(catalog), layers(catalog));
  }

  /** The workbook of {@code catalog}, instructions in three languages. */
  public static byte[] xlsx(XmessCatalog catalog, CatalogCodec codec) {
    return XlsxWrite.write(sheets(catalog, codec), List.of(Language.CA, Language.ES, Language.EN));
  }

  /**
   * A workbook to fill: every sheet with its header, no initiative, and the codelists, member
   * bodies, sources, metadata and network facts of {@code base}, so that the drop-downs offer their
   * values and an overlay import keeps only what was added or changed.
   */
  public static byte[] template(XmessCatalog base, Language language, CatalogCodec codec) {
    ObjectNode document = (ObjectNode) tree(base);
    document.remove("initiatives");
    return XlsxWrite.write(new Flatten(codec).sheets(document, null), List.of(language));
  }

  private static BiFunction<String, String, String> layers(XmessCatalog catalog) {
    Map<String, RecordType> types = new HashMap<>();
    types.put("/initiatives", RecordType.INITIATIVE);
    types.put("/memberBodies", RecordType.MEMBER_BODY);
    types.put("/sources", RecordType.SOURCE);
    for (CodelistKind kind : CodelistKind.values()) {
      types.put("/codelists/" + kind.fieldName(), RecordType.of(kind));
    }
    return (pointer, key) -> {
      Optional<CatalogLayer> layer = types.containsKey(pointer) ? catalog.provenance(types.get(pointer), key)
          : Optional.empty();
      return layer.map(CatalogLayer::name).orElse(null);
    };
  }

  /**
   * Reads a workbook, or a directory of CSV files, into a catalog document with its cell map;
   * problems of the file or its sheets come back as the result's errors.
   */
  public static Unflatten.Result read(Path input, ReadLimits limits, CatalogCodec codec) {
    List<String> names = Layout.get().sheets().stream().map(SheetSpec::name).toList();
    boolean directory = Files.isDirectory(input);
    XlsxRead.Result read = directory
        ? CsvSheets.read(input, names, limits.maxDocumentBytes(), limits.maxStringLength())
        : XlsxRead.read(input, Set.copyOf(names), limits.maxDocumentBytes(), 2 * limits.maxDocumentBytes(),
            limits.maxStringLength());
    if (!read.errors().isEmpty()) {
      return new Unflatten.Result(JsonNodeFactory.instance.objectNode(), Map.of(), read.errors());
    }
    return new Unflatten(codec).read(read.sheets(), directory ? ".csv" : "");
  }

  /**
   * The part of an imported document that is not already in {@code base}: records and codelist
   * entries identical to the base's are dropped, and so are network facts equal to the base's. The
   * cell map follows the records that stay.
   */
  public static Unflatten.Result overlayOnly(Unflatten.Result imported, XmessCatalog base) {
    JsonNode baseDocument = tree(base);
    ObjectNode document = imported.document().deepCopy();
    Map<String, String> cells = new LinkedHashMap<>();
    for (SheetSpec spec : Layout.get().sheets()) {
      if (spec.isKeyValue()) {
        continue;
      }
      JsonNode records = document.at(spec.pointer());
      if (!records.isArray()) {
        continue;
      }
      String key = spec.columns().get(0).property();
      Map<String, JsonNode> existing = new HashMap<>();
      baseDocument.at(spec.pointer()).forEach(r -> existing.put(r.path(key).asString(""), r));
      ArrayNode kept = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < records.size(); i++) {
        JsonNode record = records.get(i);
        if (record.equals(existing.get(record.path(key).asString("")))) {
          continue;
        }
        String from = spec.pointer() + "/" + i;
        String to = spec.pointer() + "/" + kept.size();
        imported.cells().forEach((pointer, cell) -> {
          if (pointer.equals(from) || pointer.startsWith(from + "/")) {
            cells.put(to + pointer.substring(from.length()), cell);
          }
        });
        kept.add(record);
      }
      ObjectNode parent = (ObjectNode) document.at(spec.pointer().substring(0, spec.pointer().lastIndexOf('/')));
      String field = spec.pointer().substring(spec.pointer().lastIndexOf('/') + 1);
      if (kept.isEmpty()) {
        parent.remove(field);
      } else {
        parent.set(field, kept);
      }
    }
    if (document.path("network").equals(baseDocument.path("network"))) {
      document.remove("network");
    }
    imported.cells().forEach((pointer, cell) -> {
      if (pointer.startsWith("/metadata") || pointer.startsWith("/network") || isSheetPointer(pointer)) {
        cells.putIfAbsent(pointer, cell);
      }
    });
    return new Unflatten.Result(document, cells, imported.errors());
  }

  private static boolean isSheetPointer(String pointer) {
    return Layout.get().sheets().stream().anyMatch(s -> s.pointer().equals(pointer));
  }

  /** {@code errors}, each at the cell of its pointer when it has none yet and belongs to the imported file. */
  public static List<ValidationError> located(List<ValidationError> errors, Unflatten.Result imported,
      String origin) {
    List<ValidationError> located = new ArrayList<>(errors.size());
    for (ValidationError error : errors) {
      boolean ours = origin == null ? error.origin() == null : origin.equals(error.origin());
      located.add(error.cell() == null && ours ? error.atCell(imported.cellOf(error.pointer())) : error);
    }
    return located;
  }

}
