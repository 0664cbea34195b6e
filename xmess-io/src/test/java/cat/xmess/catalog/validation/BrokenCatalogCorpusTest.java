package cat.xmess.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.Facet;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import cat.xmess.model.Catalog;
import cat.xmess.model.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A corpus of broken catalogs, each a small change to the bundled catalog's JSON (or raw bytes for
 * reading problems), one or more per error code the pipeline can produce from JSON input.
 *
 * <p>Unreachable from JSON, so not in the corpus: {@link ErrorCode#INVALID_FIGURE}. The schema's
 * {@code oneOf} on a figure rejects both "value and text" and "neither" (reported as {@code
 * invalid-value}), and the later layers, where {@code invalid-figure} lives, only run on a document
 * that passed the schema. It is reachable from a catalog built in Java; {@link ValidationApiTest}
 * covers it there.
 *
 * <p>Conflicts between layers ({@link ErrorCode#OVERLAY_CONFLICT}, {@link ErrorCode#CODE_REDEFINED},
 * {@link ErrorCode#NOTHING_TO_REPLACE}) need an overlay on top of a catalog, not one document;
 * {@code cat.xmess.catalog.overlay.OverlayConflictTest} has one case for each.
 */
class BrokenCatalogCorpusTest {
  /** Codes that no single JSON document can produce; see the class comment. */
  private static final Set<ErrorCode> UNREACHABLE_FROM_JSON = EnumSet.of(ErrorCode.INVALID_FIGURE,
      ErrorCode.OVERLAY_CONFLICT, ErrorCode.CODE_REDEFINED, ErrorCode.NOTHING_TO_REPLACE,
      // Problems of workbooks and CSV files, covered by cat.xmess.catalog.hostile.HostileWorkbooks.
      ErrorCode.NOT_A_WORKBOOK, ErrorCode.MISSING_SHEET, ErrorCode.MISSING_COLUMN, ErrorCode.UNKNOWN_COLUMN,
      ErrorCode.FORMULA_CELL, ErrorCode.MERGED_CELLS, ErrorCode.EXTERNAL_LINK, ErrorCode.DATE_AS_NUMBER,
      ErrorCode.DATA_WITHOUT_HEADER);

  private static final CatalogReader STANDARD = CatalogReader.standard();

  // -- inputs -------------------------------------------------------------------------------

  /** Something a reader can be asked to validate and load. */
  interface Input {
    ValidationReport validate(CatalogReader reader);

    XmessCatalog load(CatalogReader reader);
  }

  /** JSON bytes, also read as a stream. */
  record Json(byte[] bytes) implements Input {
    @Override
    public ValidationReport validate(CatalogReader reader) {
      return reader.validate(bytes);
    }

    @Override
    public XmessCatalog load(CatalogReader reader) {
      return reader.load(bytes);
    }
  }

  /** A file holding the bytes, written afresh for each use. */
  record FileOf(byte[] bytes) implements Input {
    @Override
    public ValidationReport validate(CatalogReader reader) {
      return withFile(path -> reader.validate(path));
    }

    @Override
    public XmessCatalog load(CatalogReader reader) {
      return withFile(path -> reader.load(path));
    }

    private <T> T withFile(java.util.function.Function<Path, T> use) {
      try {
        Path file = Files.createTempFile("xmess-corpus", ".json");
        try {
          Files.write(file, bytes);
          return use.apply(file);
        } finally {
          Files.deleteIfExists(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A path where nothing is, under a directory that does not exist either. */
  record MissingFile(Path path) implements Input {
    MissingFile() {
      this(Path.of(System.getProperty("java.io.tmpdir"), "xmess-absent-" + java.util.UUID.randomUUID(),
          "catalog.json"));
    }

    @Override
    public ValidationReport validate(CatalogReader reader) {
      return reader.validate(path);
    }

    @Override
    public XmessCatalog load(CatalogReader reader) {
      return reader.load(path);
    }
  }

  /**
   * One broken catalog.
   *
   * @param code the error expected
   * @param pointer where: exactly, or (when {@code within}) at or below this pointer
   * @param layer the documented layer of that error, or null when more than one layer may report it
   */
  record Case(String name, ErrorCode code, String pointer, boolean within, ValidationLayer layer,
      CatalogReader reader, Input input) {
    @Override
    public String toString() {
      return code + ": " + name;
    }

    boolean matches(ValidationError error) {
      boolean where = within
          ? error.pointer().equals(pointer) || error.pointer().startsWith(pointer + "/")
              || pointer.isEmpty()
          : error.pointer().equals(pointer);
      return error.code() == code && where && (layer == null || error.layer() == layer);
    }
  }

  private static Case at(String name, ErrorCode code, String pointer, ValidationLayer layer, Input input) {
    return new Case(name, code, pointer, false, layer, STANDARD, input);
  }

  private static Case within(String name, ErrorCode code, String pointer, ValidationLayer layer, Input input) {
    return new Case(name, code, pointer, true, layer, STANDARD, input);
  }

  private static Case limited(String name, ReadLimits limits, String pointer, Input input) {
    return new Case(name, ErrorCode.LIMIT_EXCEEDED, pointer, true, ValidationLayer.SYNTAX,
        CatalogReader.withLimits(limits), input);
  }

  /** The bundled catalog without its checksum, changed by {@code change}. */
  private static Json mutated(Consumer<ObjectNode> change) {
    ObjectNode tree = BundledJson.treeWithoutChecksum();
    change.accept(tree);
    return new Json(BundledJson.write(tree));
  }

  private static Json raw(String text) {
    return new Json(text.getBytes(StandardCharsets.UTF_8));
  }

  // -- tree navigation ----------------------------------------------------------------------

  private static ObjectNode object(JsonNode tree, String pointer) {
    return (ObjectNode) tree.at(pointer);
  }

  private static ArrayNode array(JsonNode tree, String pointer) {
    return (ArrayNode) tree.at(pointer);
  }

  /** Index of the first element of {@code list} that satisfies {@code test}. */
  private static int first(String list, java.util.function.Predicate<JsonNode> test) {
    JsonNode items = BundledJson.tree().at(list);
    for (int i = 0; i < items.size(); i++) {
      if (test.test(items.get(i))) {
        return i;
      }
    }
    throw new IllegalStateException("No element of " + list + " fits the case");
  }

  // -- the corpus ---------------------------------------------------------------------------

  static List<Case> corpus() {
    byte[] bundled = BundledJson.bytes();
    String canonical = new String(BundledJson.write(BundledJson.treeWithoutChecksum()), StandardCharsets.UTF_8);
    int withFigure = first("/initiatives", it -> it.has("figures") && it.get("figures").size() > 0);
    int withYear = first("/initiatives", it -> it.has("yearStart"));
    int ledByMember = first("/initiatives", it -> it.has("memberBody") && !it.has("leadBodyName"));
    int town = first("/memberBodies", b -> b.has("ineCode"));
    JsonNode townBody = BundledJson.tree().at("/memberBodies/" + town);
    String ine = townBody.get("ineCode").asString();
    int otherTown = first("/memberBodies",
        b -> b.has("ineCode") && !b.get("ineCode").asString().equals(ine));
    int initiatives = BundledJson.tree().get("initiatives").size();
    int bodies = BundledJson.tree().get("memberBodies").size();
    int sources = BundledJson.tree().get("sources").size();
    String deepNesting = "{\"metadata\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";

    List<Case> cases = new ArrayList<>();
    // Reading problems. Parse errors locate themselves by line and column; a pointer is a bonus.
    cases.add(at("missing file", ErrorCode.IO_ERROR, "", ValidationLayer.SYNTAX, new MissingFile()));
    cases.add(within("not JSON", ErrorCode.SYNTAX_ERROR, "", ValidationLayer.SYNTAX, raw("this is not a catalog")));
    cases.add(within("truncated", ErrorCode.SYNTAX_ERROR, "", ValidationLayer.SYNTAX,
        new Json(Arrays.copyOf(bundled, bundled.length / 2))));
    cases.add(within("content after the document", ErrorCode.SYNTAX_ERROR, "", ValidationLayer.SYNTAX,
        raw(canonical + " {}")));
    cases.add(within("duplicate key at the root", ErrorCode.DUPLICATE_KEY, "", ValidationLayer.SYNTAX,
        raw("{\"metadata\":{},\"codelists\":{},\"metadata\":{}}")));
    // A duplicate key deep in a 400 KB file must say where it is: the message names only the key.
    cases.add(within("duplicate key inside an initiative", ErrorCode.DUPLICATE_KEY, "/initiatives/0",
        ValidationLayer.SYNTAX, raw(canonical.replaceFirst("\"categoryBasis\":\"inferred\"",
            "\"categoryBasis\":\"inferred\",\"categoryBasis\":\"inferred\""))));
    cases.add(within("hostile nesting under the default limits", ErrorCode.LIMIT_EXCEEDED, "",
        ValidationLayer.SYNTAX, raw(deepNesting)));
    cases.add(limited("nesting deeper than 3", ReadLimits.DEFAULT.withMaxNestingDepth(3), "", new Json(bundled)));
    cases.add(limited("bytes over the document limit", ReadLimits.DEFAULT.withMaxDocumentBytes(1_000), "",
        new Json(bundled)));
    cases.add(limited("file over the document limit", ReadLimits.DEFAULT.withMaxDocumentBytes(1_000), "",
        new FileOf(bundled)));
    cases.add(limited("string over the length limit", ReadLimits.DEFAULT.withMaxStringLength(100), "",
        new Json(bundled)));

    // Schema.
    cases.add(at("an array at the root", ErrorCode.WRONG_TYPE, "", ValidationLayer.SCHEMA, raw("[{}]")));
    cases.add(at("schema version 2.0.0", ErrorCode.UNSUPPORTED_SCHEMA_VERSION, "/metadata/schemaVersion", null,
        mutated(t -> object(t, "/metadata").put("schemaVersion", "2.0.0"))));
    cases.add(at("schema version 0.9.0", ErrorCode.UNSUPPORTED_SCHEMA_VERSION, "/metadata/schemaVersion", null,
        mutated(t -> object(t, "/metadata").put("schemaVersion", "0.9.0"))));
    cases.add(at("unknown field", ErrorCode.UNKNOWN_FIELD, "/initiatives/0/colour", ValidationLayer.SCHEMA,
        mutated(t -> object(t, "/initiatives/0").put("colour", "red"))));
    cases.add(at("unknown top-level field", ErrorCode.UNKNOWN_FIELD, "/extra", ValidationLayer.SCHEMA,
        mutated(t -> t.put("extra", true))));
    cases.add(at("missing initiative title", ErrorCode.MISSING_REQUIRED, "/initiatives/0/title",
        ValidationLayer.SCHEMA, mutated(t -> object(t, "/initiatives/0").remove("title"))));
    cases.add(at("missing metadata", ErrorCode.MISSING_REQUIRED, "/metadata", ValidationLayer.SCHEMA,
        mutated(t -> t.remove("metadata"))));
    cases.add(at("year as a string", ErrorCode.WRONG_TYPE, "/initiatives/" + withYear + "/yearStart",
        ValidationLayer.SCHEMA, mutated(t -> object(t, "/initiatives/" + withYear).put("yearStart", "2018"))));
    cases.add(at("id with uppercase", ErrorCode.INVALID_FORMAT, "/initiatives/0/id", ValidationLayer.SCHEMA,
        mutated(t -> object(t, "/initiatives/0").put("id", "Diagnosi-ESS"))));
    cases.add(at("confidence outside its enum", ErrorCode.INVALID_FORMAT, "/memberBodies/0/confidence",
        ValidationLayer.SCHEMA, mutated(t -> object(t, "/memberBodies/0").put("confidence", "certain"))));
    cases.add(at("start year 1800", ErrorCode.OUT_OF_RANGE, "/initiatives/" + withYear + "/yearStart",
        ValidationLayer.SCHEMA, mutated(t -> object(t, "/initiatives/" + withYear).put("yearStart", 1800))));
    cases.add(at("no source ids", ErrorCode.OUT_OF_RANGE, "/initiatives/0/sourceIds", ValidationLayer.SCHEMA,
        mutated(t -> object(t, "/initiatives/0").putArray("sourceIds"))));
    cases.add(at("duplicate theme", ErrorCode.DUPLICATE_ITEM, "/initiatives/0/themes", ValidationLayer.SCHEMA,
        mutated(t -> array(t, "/initiatives/0/themes").add(t.at("/initiatives/0/themes/0").asString()))));
    cases.add(at("figure with value and text", ErrorCode.INVALID_VALUE,
        "/initiatives/" + withFigure + "/figures/0", ValidationLayer.SCHEMA,
        mutated(t -> {
          ObjectNode figure = object(t, "/initiatives/" + withFigure + "/figures/0");
          figure.remove("text");
          figure.remove("value");
          figure.put("value", 1).put("text", "about one");
        })));
    cases.add(at("figure with neither value nor text", ErrorCode.INVALID_VALUE,
        "/initiatives/" + withFigure + "/figures/0", ValidationLayer.SCHEMA,
        mutated(t -> {
          ObjectNode figure = object(t, "/initiatives/" + withFigure + "/figures/0");
          figure.remove("text");
          figure.remove("value");
        })));

    cases.add(at("a field of a newer minor version", ErrorCode.UNKNOWN_FIELD, "/initiatives/0/budget",
        ValidationLayer.SCHEMA, mutated(t -> {
          object(t, "/metadata").put("schemaVersion", "1.9.0");
          object(t, "/initiatives/0").put("budget", 10);
        })));
    cases.add(at("null in an extension", ErrorCode.WRONG_TYPE, "/initiatives/0/extensions/bcn/x",
        ValidationLayer.SCHEMA, mutated(t -> {
          object(t, "/metadata").putArray("extensionNamespaces").addObject()
              .put("prefix", "bcn").put("uri", "https://example.org/bcn/");
          object(t, "/initiatives/0").putObject("extensions").putObject("bcn").putNull("x");
        })));

    // Integrity: the path to a verified guide initiative (issue 13, item 5). S06 is the guide.
    cases.add(at("verified without a guide citation", ErrorCode.MISSING_GUIDE_CITATION, "/initiatives/0/inAbcGuide",
        ValidationLayer.INTEGRITY, mutated(t -> object(t, "/initiatives/0").put("inAbcGuide", "verified"))));
    cases.add(at("a guide citation of a source that is not the guide", ErrorCode.NOT_THE_GUIDE,
        "/initiatives/0/guideCitation/sourceId", ValidationLayer.INTEGRITY, mutated(t -> {
          String cited = t.at("/initiatives/0/sourceIds/0").asString();
          object(t, "/initiatives/0").put("inAbcGuide", "verified").putObject("guideCitation")
              .put("sourceId", cited).put("page", 12);
        })));
    cases.add(at("a guide citation whose source is not in sourceIds", ErrorCode.GUIDE_SOURCE_NOT_LISTED,
        "/initiatives/0/guideCitation/sourceId", ValidationLayer.INTEGRITY, mutated(t -> {
          ObjectNode it = object(t, "/initiatives/0");
          it.put("inAbcGuide", "verified").putObject("guideCitation").put("sourceId", "S06").put("page", 12);
          ArrayNode ids = it.putArray("sourceIds");
          ids.add("S05");
        })));
    cases.add(at("a guide citation on an unverified initiative", ErrorCode.UNVERIFIED_GUIDE_CITATION,
        "/initiatives/0/guideCitation", ValidationLayer.INTEGRITY, mutated(t -> {
          // The bundled initiative 0 already lists S06 (the guide's cover) among its sources.
          object(t, "/initiatives/0").putObject("guideCitation").put("sourceId", "S06").put("page", 12);
        })));
    cases.add(at("a guide citation of an unknown source", ErrorCode.UNKNOWN_SOURCE,
        "/initiatives/0/guideCitation/sourceId", ValidationLayer.INTEGRITY, mutated(t -> object(t, "/initiatives/0")
            .put("inAbcGuide", "verified").putObject("guideCitation").put("sourceId", "S999").put("page", 12))));
    cases.add(at("a guide citation of page 0", ErrorCode.OUT_OF_RANGE, "/initiatives/0/guideCitation/page",
        ValidationLayer.SCHEMA, mutated(t -> object(t, "/initiatives/0").put("inAbcGuide", "verified")
            .putObject("guideCitation").put("sourceId", "S06").put("page", 0))));

    // Integrity.
    cases.add(at("undeclared extension prefix", ErrorCode.UNDECLARED_EXTENSION, "/memberBodies/0/extensions/bcn",
        ValidationLayer.INTEGRITY,
        mutated(t -> object(t, "/memberBodies/0").putObject("extensions").put("bcn", "x"))));
    cases.add(at("extension prefix declared twice", ErrorCode.DUPLICATE_ID, "/metadata/extensionNamespaces/1",
        ValidationLayer.INTEGRITY, mutated(t -> {
          ArrayNode namespaces = object(t, "/metadata").putArray("extensionNamespaces");
          namespaces.addObject().put("prefix", "bcn").put("uri", "https://example.org/bcn/");
          namespaces.addObject().put("prefix", "bcn").put("uri", "https://example.org/other/");
        })));
    cases.add(at("a replacement cycle", ErrorCode.INVALID_VALUE, "/codelists/themes/0/replacedBy",
        ValidationLayer.INTEGRITY, mutated(t -> {
          object(t, "/codelists/themes/0").put("status", "deprecated")
              .put("replacedBy", t.at("/codelists/themes/1/code").asString());
          object(t, "/codelists/themes/1").put("status", "deprecated")
              .put("replacedBy", t.at("/codelists/themes/0/code").asString());
        })));
    cases.add(at("duplicate initiative id", ErrorCode.DUPLICATE_ID, "/initiatives/" + initiatives,
        ValidationLayer.INTEGRITY, mutated(t -> array(t, "/initiatives").add(t.at("/initiatives/0").deepCopy()))));
    cases.add(at("initiative renamed to an existing id", ErrorCode.DUPLICATE_ID, "/initiatives/1",
        ValidationLayer.INTEGRITY,
        mutated(t -> object(t, "/initiatives/1").put("id", t.at("/initiatives/0/id").asString()))));
    cases.add(at("duplicate member body id", ErrorCode.DUPLICATE_ID, "/memberBodies/" + bodies,
        ValidationLayer.INTEGRITY, mutated(t -> array(t, "/memberBodies").add(t.at("/memberBodies/0").deepCopy()))));
    cases.add(at("duplicate source id", ErrorCode.DUPLICATE_ID, "/sources/" + sources, ValidationLayer.INTEGRITY,
        mutated(t -> array(t, "/sources").add(t.at("/sources/0").deepCopy()))));
    cases.add(at("duplicate theme code", ErrorCode.DUPLICATE_ID, "/codelists/themes/1", ValidationLayer.INTEGRITY,
        mutated(t -> object(t, "/codelists/themes/1").put("code", t.at("/codelists/themes/0/code").asString()))));
    cases.add(at("unknown theme code", ErrorCode.UNKNOWN_CODE, "/initiatives/0/themes/0", ValidationLayer.INTEGRITY,
        mutated(t -> array(t, "/initiatives/0/themes").set(0, "no-such-theme"))));
    cases.add(at("unknown default category", ErrorCode.UNKNOWN_CODE,
        "/codelists/policyInstruments/0/defaultCategory", ValidationLayer.INTEGRITY,
        mutated(t -> object(t, "/codelists/policyInstruments/0").put("defaultCategory", "no-such-category"))));
    cases.add(at("unknown member body", ErrorCode.UNKNOWN_MEMBER_BODY, "/initiatives/" + ledByMember + "/memberBody",
        ValidationLayer.INTEGRITY,
        mutated(t -> object(t, "/initiatives/" + ledByMember).put("memberBody", "ajuntament-denlloc"))));
    cases.add(at("unknown founder", ErrorCode.UNKNOWN_MEMBER_BODY, "/network/founders/0", ValidationLayer.INTEGRITY,
        mutated(t -> array(t, "/network/founders").set(0, "ajuntament-denlloc"))));
    cases.add(at("unknown source id", ErrorCode.UNKNOWN_SOURCE, "/initiatives/0/sourceIds/0",
        ValidationLayer.INTEGRITY, mutated(t -> array(t, "/initiatives/0/sourceIds").set(0, "S999"))));
    cases.add(at("unknown source id of a body", ErrorCode.UNKNOWN_SOURCE, "/memberBodies/0/sourceIds/0",
        ValidationLayer.INTEGRITY, mutated(t -> array(t, "/memberBodies/0/sourceIds").set(0, "S999"))));
    cases.add(at("codelist label without es", ErrorCode.MISSING_TRANSLATION, "/codelists/themes/0/label/es",
        ValidationLayer.INTEGRITY, mutated(t -> object(t, "/codelists/themes/0/label").remove("es"))));
    cases.add(at("initiative title without en", ErrorCode.MISSING_TRANSLATION, "/initiatives/0/title/en",
        ValidationLayer.INTEGRITY, mutated(t -> object(t, "/initiatives/0/title").remove("en"))));
    cases.add(at("wrong Idescat control digit", ErrorCode.INVALID_IDESCAT_CODE,
        "/memberBodies/" + town + "/idescatCode", ValidationLayer.INTEGRITY,
        mutated(t -> {
          String idescat = t.at("/memberBodies/" + town + "/idescatCode").asString();
          char wrong = (char) ('0' + (idescat.charAt(5) - '0' + 1) % 10);
          object(t, "/memberBodies/" + town).put("idescatCode", idescat.substring(0, 5) + wrong);
        })));
    cases.add(at("Idescat code of another town", ErrorCode.INE_IDESCAT_MISMATCH,
        "/memberBodies/" + town + "/idescatCode", ValidationLayer.INTEGRITY,
        mutated(t -> object(t, "/memberBodies/" + town)
            .put("idescatCode", t.at("/memberBodies/" + otherTown + "/idescatCode").asString()))));
    cases.add(at("province against the INE prefix", ErrorCode.PROVINCE_MISMATCH,
        "/memberBodies/" + town + "/province", ValidationLayer.INTEGRITY,
        mutated(t -> object(t, "/memberBodies/" + town)
            .put("province", ine.startsWith("17") ? "lleida" : "girona"))));
    cases.add(at("provisional primary category", ErrorCode.PROVISIONAL_PRIMARY_CATEGORY, "/initiatives/0/category",
        ValidationLayer.INTEGRITY, mutated(t -> object(t, "/initiatives/0").put("category", "use"))));
    cases.add(at("no lead body", ErrorCode.MISSING_LEAD_BODY, "/initiatives/" + ledByMember,
        ValidationLayer.INTEGRITY, mutated(t -> object(t, "/initiatives/" + ledByMember).remove("memberBody"))));
    cases.add(at("end before start", ErrorCode.INCONSISTENT_YEARS, "/initiatives/" + withYear + "/yearEnd",
        ValidationLayer.INTEGRITY, mutated(t -> object(t, "/initiatives/" + withYear)
            .put("yearEnd", t.at("/initiatives/" + withYear + "/yearStart").asInt() - 1))));
    cases.add(at("one character of a summary changed", ErrorCode.CHECKSUM_MISMATCH, "/metadata/checksum",
        ValidationLayer.INTEGRITY, checksumBroken()));
    cases.add(at("a checksum stamped by SDK 0.1.0", ErrorCode.OUTDATED_CHECKSUM, "/metadata/checksum",
        ValidationLayer.INTEGRITY, mutated(t -> object(t, "/metadata").put("checksum",
            cat.xmess.catalog.internal.compiled.ContentChecksum.legacyOf(
                cat.xmess.catalog.XmessCatalog.bundled().catalog()).orElseThrow()))));
    return cases;
  }

  private static Json checksumBroken() {
    ObjectNode tree = BundledJson.tree();
    ObjectNode summary = object(tree, "/initiatives/0/summary");
    String en = summary.get("en").asString();
    summary.put("en", en.substring(0, en.length() - 1) + (en.endsWith("!") ? "?" : "!"));
    return new Json(BundledJson.write(tree));
  }

  // -- tests --------------------------------------------------------------------------------

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("corpus")
  void eachBrokenCatalogIsReportedAndRefused(Case broken) {
    ValidationReport report = broken.input().validate(broken.reader());
    assertFalse(report.isValid(), broken + ": accepted as valid");
    assertTrue(report.errors().stream().anyMatch(broken::matches),
        () -> broken + ": expected " + broken.code() + (broken.within() ? " within " : " at ") + "\"" + broken.pointer()
            + "\"" + (broken.layer() == null ? "" : " in layer " + broken.layer()) + ", got " + report);
    for (ValidationError error : report.errors()) {
      for (Language language : Language.values()) {
        String message = error.message().translation(language).orElse(null);
        assertTrue(message != null && !message.isBlank(), error + " has no " + language + " message");
        assertFalse(message.contains("%s"), error + ": unfilled template in " + language);
      }
      assertTrue(error.pointer().isEmpty() || error.pointer().startsWith("/"), "not a JSON Pointer: " + error);
    }
    CatalogValidationException thrown =
        assertThrows(CatalogValidationException.class, () -> broken.input().load(broken.reader()));
    assertEquals(report, thrown.report());
    if (broken.input() instanceof Json json) {
      // The same bytes as a stream: the same errors (a size limit may be worded differently, as a
      // stream is cut off before it is parsed).
      ValidationReport fromStream = broken.reader().validate(new ByteArrayInputStream(json.bytes()));
      assertEquals(located(report), located(fromStream), "as a stream");
      CatalogValidationException thrownFromStream = assertThrows(CatalogValidationException.class,
          () -> broken.reader().load(new ByteArrayInputStream(json.bytes())));
      assertEquals(fromStream, thrownFromStream.report());
    }
  }

  private static List<String> located(ValidationReport report) {
    return report.errors().stream().map(e -> e.layer() + " " + e.code() + " " + e.pointer()).toList();
  }

  @Test
  void theCorpusCoversEveryErrorCodeReachableFromJson() {
    Set<ErrorCode> covered = corpus().stream().map(Case::code).collect(Collectors.toCollection(
        () -> EnumSet.noneOf(ErrorCode.class)));
    Set<ErrorCode> expected = EnumSet.complementOf(EnumSet.copyOf(UNREACHABLE_FROM_JSON));
    assertEquals(expected, covered);
  }

  @Test
  void theUnchangedCorpusBaseIsValid() {
    // Every mutation starts from this: its errors come from the mutation alone.
    ValidationReport report = STANDARD.validate(BundledJson.write(BundledJson.treeWithoutChecksum()));
    assertTrue(report.isValid(), report::toString);
  }

  @Test
  void severalIndependentIntegrityErrorsAreAllReported() {
    int town = first("/memberBodies", b -> b.has("ineCode"));
    int ledByMember = first("/initiatives", it -> it.has("memberBody") && !it.has("leadBodyName"));
    Json broken = mutated(t -> {
      array(t, "/initiatives/0/themes").set(0, "no-such-theme");
      array(t, "/initiatives/4/sourceIds").set(0, "S999");
      object(t, "/initiatives/" + ledByMember).remove("memberBody");
      String idescat = t.at("/memberBodies/" + town + "/idescatCode").asString();
      object(t, "/memberBodies/" + town)
          .put("idescatCode", idescat.substring(0, 5) + (char) ('0' + (idescat.charAt(5) - '0' + 5) % 10));
      object(t, "/codelists/targetGroups/1/label").remove("en");
      object(t, "/initiatives/6/title").remove("es");
    });
    ValidationReport report = broken.validate(STANDARD);
    List<String> expected = List.of(
        ErrorCode.UNKNOWN_CODE + " /initiatives/0/themes/0",
        ErrorCode.UNKNOWN_SOURCE + " /initiatives/4/sourceIds/0",
        ErrorCode.MISSING_LEAD_BODY + " /initiatives/" + ledByMember,
        ErrorCode.INVALID_IDESCAT_CODE + " /memberBodies/" + town + "/idescatCode",
        ErrorCode.MISSING_TRANSLATION + " /codelists/targetGroups/1/label/en",
        ErrorCode.MISSING_TRANSLATION + " /initiatives/6/title/es");
    Set<String> found = report.errors().stream().map(e -> e.code() + " " + e.pointer()).collect(Collectors.toSet());
    List<String> missing = expected.stream().filter(e -> !found.contains(e)).toList();
    assertEquals(List.of(), missing, report::toString);
    assertEquals(expected.size(), report.errors().size(), report::toString);
  }

  @Test
  void severalSchemaErrorsAreAllReported() {
    Json broken = mutated(t -> {
      object(t, "/initiatives/0").put("colour", "red");
      object(t, "/initiatives/1").remove("summary");
      object(t, "/memberBodies/2").put("joined", 1999);
    });
    ValidationReport report = broken.validate(STANDARD);
    assertTrue(report.has(ErrorCode.UNKNOWN_FIELD, "/initiatives/0/colour"), report::toString);
    assertTrue(report.has(ErrorCode.MISSING_REQUIRED, "/initiatives/1/summary"), report::toString);
    assertTrue(report.has(ErrorCode.OUT_OF_RANGE, "/memberBodies/2/joined"), report::toString);
  }

  @Test
  void aFailedLoadLeavesLoadedCatalogsUsableAndUnchanged() {
    XmessCatalog loaded = STANDARD.load(BundledJson.bytes());
    XmessCatalog bundled = XmessCatalog.bundled();
    List<Object> before = observe(loaded);
    List<Object> bundledBefore = observe(bundled);
    Catalog model = loaded.catalog();

    List<Input> refused = List.of(
        new MissingFile(),
        raw("this is not a catalog"),
        mutated(t -> object(t, "/initiatives/0").remove("title")),
        mutated(t -> array(t, "/initiatives/0/themes").set(0, "no-such-theme")),
        checksumBroken());
    for (Input input : refused) {
      assertThrows(CatalogValidationException.class, () -> input.load(STANDARD));
      assertThrows(CatalogValidationException.class, () -> input.load(CatalogReader.withLimits(ReadLimits.DEFAULT)));
    }

    assertSame(model, loaded.catalog());
    assertEquals(before, observe(loaded));
    assertSame(bundled, XmessCatalog.bundled());
    assertEquals(bundledBefore, observe(XmessCatalog.bundled()));
    assertEquals(before, bundledBefore, "the loaded copy answers like the bundled catalog");
  }

  private static List<Object> observe(XmessCatalog catalog) {
    InitiativeQuery barcelona = InitiativeQuery.builder().with(Facet.PROVINCE, "barcelona").build();
    return Stream.of(
            catalog.catalog(),
            catalog.search("habitatge"),
            catalog.search("contractació pública"),
            catalog.initiatives(InitiativeQuery.all()),
            catalog.initiatives(barcelona),
            catalog.facets(barcelona),
            catalog.initiative(catalog.catalog().initiatives().get(0).id()),
            catalog.memberBody(catalog.catalog().memberBodies().get(0).id()))
        .map(Object.class::cast)
        .toList();
  }
}
