package cat.xmess.catalog.property;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.internal.compiled.BundledResources;
import cat.xmess.io.internal.codec.CatalogCodec;
import cat.xmess.catalog.internal.compiled.ContentChecksum;
import cat.xmess.model.AbcGuideStatus;
import cat.xmess.model.Catalog;
import cat.xmess.model.CatalogMetadata;
import cat.xmess.model.CandidateBasis;
import cat.xmess.model.CategoryBasis;
import cat.xmess.model.CodeStatus;
import cat.xmess.model.CodelistEntry;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Codelists;
import cat.xmess.model.Confidence;
import cat.xmess.model.Figure;
import cat.xmess.model.Initiative;
import cat.xmess.model.License;
import cat.xmess.model.LocalizedText;
import cat.xmess.model.MemberBody;
import cat.xmess.model.Source;
import cat.xmess.catalog.samples.Samples;
import cat.xmess.catalog.samples.Seeds;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Validation never throws, whatever it is given: it returns a report whose every error is well
 * formed (see {@link ReportChecks}). Loading is all-or-nothing: it returns a catalog exactly when
 * validation finds nothing, and otherwise throws {@link CatalogValidationException} carrying the
 * same report.
 *
 * <p>Inputs: Instancio-generated catalogs, hostile ({@link Generators#hostile}) and plausible
 * ({@link Generators#plausible}); their JSON; random bytes and random JSON; random mutations of the
 * bundled catalog's JSON text. Every sample is one seed drawn from the method's fixed root
 * ({@link Samples}), named in its display name, so a rerun reproduces it; byte-level samples also
 * name it in every assertion message.
 */
class ValidationNeverThrowsPropertyTest {
  private static final int SAMPLES = 250;

  private static final CatalogCodec CODEC = new CatalogCodec(ReadLimits.DEFAULT);
  private static final CatalogReader READER = CatalogReader.standard();
  private static final byte[] BUNDLED = BundledResources.json();

  // ---------------------------------------------------------------------------------------------
  // Generated catalogs

  @ParameterizedTest(name = "seed {0}")
  @Samples(seed = 8_001, count = SAMPLES)
  void hostileCatalogsAreReportedNotThrown(long seed) {
    Catalog catalog = Generators.hostile(seed);
    ValidationReport report = checkModel(catalog, "hostile catalog");
    assertFalse(report.isValid(), () -> "a hostile catalog passed validation: " + catalog);
    // Its JSON never gets past the schema, so the written form (checksum stamped) adds nothing.
    checkJson(CODEC.toCanonicalBytes(catalog), "hostile catalog as canonical JSON");
  }

  @ParameterizedTest(name = "seed {0}")
  @Samples(seed = 8_002, count = SAMPLES)
  void plausibleCatalogsAreReportedNotThrown(long seed) {
    Catalog catalog = Generators.plausible(seed);
    ValidationReport report = checkModel(catalog, "plausible catalog");
    if (report.isValid()) {
      XmessCatalog loaded = XmessCatalog.of(catalog);
      assertLookupsFindEveryRecord(loaded, catalog);
    }
    checkJsonOf(catalog, "plausible catalog");
  }

  /**
   * What Java validation accepts, the JSON path accepts too: a catalog that {@code
   * XmessCatalog.validate(Catalog)} finds valid, written with {@code toJson}, loads back equal.
   */
  @ParameterizedTest(name = "seed {0}")
  @Samples(seed = 8_003, count = SAMPLES)
  void catalogsValidInJavaAreValidAsJson(long seed) {
    Catalog catalog = Generators.plausible(seed);
    if (!XmessCatalog.validate(catalog).isValid()) {
      return;
    }
    byte[] json = CatalogExporter.json(catalog).getBytes(StandardCharsets.UTF_8);
    ValidationReport asJson = READER.validate(json);
    assertTrue(asJson.isValid(), () -> "valid in Java, invalid as JSON: " + asJson);
    Catalog loaded = READER.load(new ByteArrayInputStream(json)).catalog();
    assertEquals(ContentChecksum.stamp(catalog), loaded, "toJson then load changed the catalog");
  }

  @Test
  void thePlausibleGeneratorMakesValidCatalogsOftenEnoughForThePropertiesToMeanSomething() {
    int valid = 0;
    int samples = 60;
    for (long seed = 0; seed < samples; seed++) {
      if (XmessCatalog.validate(Generators.plausible(seed)).isValid()) {
        valid++;
      }
    }
    assertTrue(valid >= samples / 4, "only " + valid + " of " + samples + " plausible catalogs are valid");
    assertTrue(valid < samples, "every plausible catalog is valid: the invalid paths go untested");
  }

  /**
   * Figures may hold any {@link BigDecimal}. Validating a catalog whose metadata records a checksum
   * serialises it; a figure whose scale a plain writer refuses (beyond ±9999) must still give a
   * report, and a catalog that validates must be writable.
   */
  @ParameterizedTest(name = "seed {0}")
  @Samples(seed = 8_004, count = 200)
  void figuresOfAnyScaleAreReportedNotThrown(long seed) {
    BigDecimal value = Seeds.draw(BigDecimal.class, seed, ValidationNeverThrowsPropertyTest::anyScaleDecimal);
    Catalog stamped = ContentChecksum.stamp(minimalValidCatalog(new BigDecimal("12.5")));
    Catalog changed = minimalValidCatalog(value).withMetadata(stamped.metadata());
    String context = "figure value " + value + " (scale " + value.scale() + ")";
    ValidationReport report = assertDoesNotThrow(() -> XmessCatalog.validate(changed), context + ": validate threw");
    ReportChecks.assertWellFormed(report, context);
    Catalog unstamped = minimalValidCatalog(value);
    ValidationReport unstampedReport = assertDoesNotThrow(() -> XmessCatalog.validate(unstamped), context);
    // The documented range of a figure: at most 15 digits before the point and 10 after it, and
    // 15 significant digits in all (exact as a double, so that RFC 8785 checksums cover it).
    boolean inRange = value.precision() - value.scale() <= 15 && value.scale() <= 10
        && cat.xmess.catalog.internal.json.Jcs.isExactAsDouble(value);
    if (!inRange) {
      assertTrue(unstampedReport.has(ErrorCode.OUT_OF_RANGE, "/initiatives/0/figures/0/value"),
          () -> context + ": a figure outside the range must be reported: " + unstampedReport);
      assertTrue(report.has(ErrorCode.OUT_OF_RANGE, "/initiatives/0/figures/0/value"),
          () -> context + ": " + report);
      return;
    }
    assertTrue(report.has(ErrorCode.CHECKSUM_MISMATCH, "/metadata/checksum"),
        () -> context + ": the content changed after the checksum was recorded: " + report);
    assertTrue(unstampedReport.isValid(), () -> context + ": " + unstampedReport);
    String json = assertDoesNotThrow(() -> CatalogExporter.json(unstamped), context + ": a valid catalog cannot be written");
    ValidationReport reread = READER.validate(json.getBytes(StandardCharsets.UTF_8));
    assertTrue(reread.isValid(), () -> context + ": what toJson wrote does not load again: " + reread);
  }

  /** Any unscaled value, with a scale near zero, near the plain writer's limit of ±9999, or beyond. */
  private static BigDecimal anyScaleDecimal(org.instancio.Random random) {
    BigInteger unscaled = new BigInteger(random.digits(random.intRange(1, 25)));
    int scale = switch (random.intRange(0, 3)) {
      case 0 -> random.intRange(-10, 10);
      case 1 -> random.intRange(9_990, 10_010) * (random.trueOrFalse() ? 1 : -1);
      default -> random.intRange(-20_000, 20_000);
    };
    return new BigDecimal(random.trueOrFalse() ? unscaled : unscaled.negate(), scale);
  }

  // ---------------------------------------------------------------------------------------------
  // JSON examples at the edges

  @Test
  void aFigureWithAHugeExponentInJsonIsReportedNotThrown() {
    for (String number : List.of("1e10000", "-1e-10000", "1e999999999")) {
      byte[] json = replaceFirstFigureValue(number);
      ValidationReport report = assertDoesNotThrow(() -> READER.validate(json),
          "validate threw on a figure value of " + number);
      ReportChecks.assertWellFormed(report, number);
      assertFalse(report.isValid(), number + " changed the content under the recorded checksum");
      assertAllOrNothing(json, report, number);
    }
  }

  /**
   * JSON Schema counts {@code 1e19} as an integer; an integer field holding one far beyond {@code
   * long} must be reported like {@code 99999999999999999999} is, not crash the schema layer.
   */
  @Test
  void hugeIntegralNumbersInIntegerFieldsAreReportedNotThrown() {
    String text = new String(BUNDLED, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"joined\": 2017"), "the bundled catalog has no member joined in 2017");
    for (String number : List.of("99999999999999999999", "1e18", "1e19", "-1e19", "1e400", "1e10000")) {
      byte[] json = text.replaceFirst("\"joined\": 2017", "\"joined\": " + number).getBytes(StandardCharsets.UTF_8);
      ValidationReport report = assertDoesNotThrow(() -> READER.validate(json), "validate threw on \"joined\": " + number);
      ReportChecks.assertWellFormed(report, number);
      assertFalse(report.isValid(), number + " is out of range for joined");
      assertAllOrNothing(json, report, number);
    }
  }

  @Test
  void emptyBlankAndNonObjectDocumentsAreReported() {
    for (String text : List.of("", " ", "\n", "null", "[]", "{}", "\"catalog\"", "0", "true", "\uFEFF{}", "{\"metadata\":")) {
      byte[] json = text.getBytes(StandardCharsets.UTF_8);
      ValidationReport report = assertDoesNotThrow(() -> READER.validate(json), "validate threw on '" + text + "'");
      ReportChecks.assertWellFormed(report, "'" + text + "'");
      assertFalse(report.isValid(), "'" + text + "' passed validation");
      assertAllOrNothing(json, report, "'" + text + "'");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Random bytes and random JSON

  static LongStream randomInputSeeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("randomInputSeeds")
  void randomInputIsReportedNotThrown(long seed) {
    Random random = new Random(seed);
    byte[] input = RandomJson.input(random);
    String context = "random input, java.util.Random seed " + seed;
    ValidationReport report = assertDoesNotThrow(() -> READER.validate(input), context + ": validate threw");
    ReportChecks.assertWellFormed(report, context);
    JsonNode document = ReportChecks.parseLeniently(input);
    if (document != null) {
      ReportChecks.assertPointersResolve(report, document, context);
    }
    assertAllOrNothing(input, report, context);
  }

  static LongStream mutationSeeds() {
    return LongStream.range(0, 120);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("mutationSeeds")
  void mutationsOfTheBundledJsonAreReportedNotThrown(long seed) {
    Random random = new Random(seed);
    List<String> applied = new ArrayList<>();
    byte[] mutated = Mutations.mutate(new String(BUNDLED, StandardCharsets.UTF_8), random, applied);
    String context = "bundled JSON mutated by java.util.Random seed " + seed + " " + applied;
    ValidationReport report = assertDoesNotThrow(() -> READER.validate(mutated), context + ": validate threw");
    ReportChecks.assertWellFormed(report, context);
    JsonNode document = ReportChecks.parseLeniently(mutated);
    if (document != null) {
      ReportChecks.assertPointersResolve(report, document, context);
    }
    assertAllOrNothing(mutated, report, context);
  }

  // ---------------------------------------------------------------------------------------------
  // The checks

  /** Validates a model: no exception, a well-formed report, pointers into its JSON, all-or-nothing. */
  private static ValidationReport checkModel(Catalog catalog, String context) {
    ValidationReport report = assertDoesNotThrow(() -> XmessCatalog.validate(catalog), context + ": validate threw");
    ReportChecks.assertWellFormed(report, context);
    JsonNode document = ReportChecks.parseLeniently(CODEC.toCanonicalBytes(catalog));
    assertNotNull(document, context + ": the canonical JSON does not parse");
    ReportChecks.assertPointersResolve(report, document, context + " (pointers into its canonical JSON)");
    try {
      XmessCatalog loaded = XmessCatalog.of(catalog);
      assertTrue(report.isValid(), () -> context + ": of() accepted a catalog with errors: " + report);
      assertEquals(catalog, loaded.catalog(), context + ": of() changed the catalog");
    } catch (CatalogValidationException e) {
      assertFalse(report.isValid(), () -> context + ": of() refused a valid catalog: " + e.report());
      assertEquals(report, e.report(), context + ": of() and validate() disagree");
    } catch (RuntimeException e) {
      fail(context + ": of() threw " + e + " instead of CatalogValidationException", e);
    }
    return report;
  }

  /** The catalog's JSON, as stored (canonical) and as written (toJson, checksum stamped), validated. */
  private static void checkJsonOf(Catalog catalog, String context) {
    byte[] canonical = CODEC.toCanonicalBytes(catalog);
    checkJson(canonical, context + " as canonical JSON");
    String written = assertDoesNotThrow(() -> CatalogExporter.json(catalog), context + ": toJson threw");
    checkJson(written.getBytes(StandardCharsets.UTF_8), context + " as written by toJson");
  }

  private static void checkJson(byte[] json, String context) {
    ValidationReport report = assertDoesNotThrow(() -> READER.validate(json), context + ": validate threw");
    ReportChecks.assertWellFormed(report, context);
    JsonNode document = ReportChecks.parseLeniently(json);
    if (document != null) {
      ReportChecks.assertPointersResolve(report, document, context);
    }
    assertAllOrNothing(json, report, context);
  }

  /** load() returns exactly when validate() finds nothing, else throws with the same report. */
  private static void assertAllOrNothing(byte[] json, ValidationReport report, String context) {
    try {
      XmessCatalog loaded = READER.load(json);
      assertTrue(report.isValid(), () -> context + ": load accepted input with errors: " + report);
      assertNotNull(loaded.catalog(), context);
    } catch (CatalogValidationException e) {
      assertFalse(report.isValid(), () -> context + ": load refused input that validates: " + e.report());
      assertEquals(report, e.report(), context + ": load() and validate() disagree");
    } catch (RuntimeException e) {
      fail(context + ": load threw " + e + " instead of CatalogValidationException", e);
    }
  }

  private static void assertLookupsFindEveryRecord(XmessCatalog loaded, Catalog catalog) {
    for (Initiative initiative : catalog.initiatives()) {
      assertEquals(initiative, loaded.initiative(initiative.id()).orElseThrow());
    }
    for (MemberBody body : catalog.memberBodies()) {
      assertEquals(body, loaded.memberBody(body.id()).orElseThrow());
    }
    for (Source source : catalog.sources()) {
      assertEquals(source, loaded.source(source.id()).orElseThrow());
    }
    for (CodelistKind kind : CodelistKind.values()) {
      catalog.codelists().entries(kind).forEach(entry ->
          assertEquals(entry, loaded.code(kind, entry.code()).orElseThrow(), kind + " " + entry.code()));
    }
    assertEquals(catalog.initiatives(), loaded.initiatives(InitiativeQuery.all()));
    assertEquals(catalog.initiatives().size(), loaded.facets(InitiativeQuery.all()).total());
  }

  /** A valid catalog with one initiative holding one figure of {@code value}. */
  private static Catalog minimalValidCatalog(BigDecimal value) {
    return minimalValidCatalog(value, LocalDate.of(2026, 11, 27), null, null, null);
  }

  private static Catalog minimalValidCatalog(BigDecimal value, LocalDate generated, List<String> urls,
      List<String> categoryAlternatives, List<CandidateBasis> candidateBasis) {
    LocalizedText text = LocalizedText.of("text", "texto", "text");
    // A null list stands for an absent one: the records turn it into an empty list.
    CatalogMetadata metadata = CatalogMetadata.builder().schemaVersion("1.0.0").dataVersion("1.0.0")
        .generated(generated).title(text)
        .license(new License("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/", text)).build();
    Codelists codelists = Codelists.builder().policyCategories(List.of(
        CodelistEntry.builder().code("cat-a").label(text).status(CodeStatus.ACTIVE).build())).build();
    Initiative initiative = Initiative.builder().id("init-1").title(text).summary(text).leadBodyName("Lead body")
        .category("cat-a").categoryBasis(CategoryBasis.INFERRED).categoryAlternatives(categoryAlternatives)
        .figures(List.of(new Figure("budget_eur", value, null))).inAbcGuide(AbcGuideStatus.UNVERIFIED)
        .candidateBasis(candidateBasis).confidence(Confidence.LOW).sourceIds(List.of("S01")).build();
    return Catalog.builder().metadata(metadata)
        .sources(List.of(Source.builder().id("S01").title("A source").urls(urls).build())).codelists(codelists)
        .initiatives(List.of(initiative)).build();
  }

  /**
   * Rules the schema states (unique list items, a four-digit year) are also checked for catalogs
   * built in Java, so that Java and JSON validation agree: see {@link #catalogsValidInJavaAreValidAsJson}.
   */
  @Test
  void javaAndJsonValidationAgreeOnSchemaOnlyRules() {
    BigDecimal figure = new BigDecimal("12.5");
    java.util.Map<String, Catalog> examples = new java.util.LinkedHashMap<>();
    java.util.Map<String, ErrorCode> expected = new java.util.LinkedHashMap<>();
    examples.put("a repeated category alternative",
        minimalValidCatalog(figure, LocalDate.of(2026, 11, 27), null, List.of("cat-a", "cat-a"), null));
    expected.put("a repeated category alternative", ErrorCode.DUPLICATE_ITEM);
    examples.put("a repeated candidate basis", minimalValidCatalog(figure, LocalDate.of(2026, 11, 27), null, null,
        List.of(CandidateBasis.WORKING_GROUP, CandidateBasis.WORKING_GROUP)));
    expected.put("a repeated candidate basis", ErrorCode.DUPLICATE_ITEM);
    examples.put("a repeated source URL", minimalValidCatalog(figure, LocalDate.of(2026, 11, 27),
        List.of("https://example.org/a", "https://example.org/a"), null, null));
    expected.put("a repeated source URL", ErrorCode.DUPLICATE_ITEM);
    examples.put("a catalog generated in the year 10000",
        minimalValidCatalog(figure, LocalDate.of(10_000, 1, 1), null, null, null));
    expected.put("a catalog generated in the year 10000", ErrorCode.OUT_OF_RANGE);
    List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
    examples.forEach((what, catalog) -> checks.add(() -> {
      ValidationReport inJava = XmessCatalog.validate(catalog);
      assertTrue(inJava.has(expected.get(what)), what + ": Java validation must reject it: " + inJava);
      ValidationReport asJson = READER.validate(CatalogExporter.json(catalog).getBytes(StandardCharsets.UTF_8));
      assertFalse(asJson.isValid(), what + ": Java and JSON validation disagree: " + asJson);
    }));
    org.junit.jupiter.api.Assertions.assertAll(checks);
  }

  private static byte[] replaceFirstFigureValue(String number) {
    String text = new String(BUNDLED, StandardCharsets.UTF_8);
    Matcher figure = Pattern.compile("(\"figures\": \\[\\s*\\{\\s*\"name\": \"[^\"]*\",\\s*\"value\": )(-?[0-9][0-9.eE+-]*)")
        .matcher(text);
    assertTrue(figure.find(), "the bundled catalog has no figure with a value");
    return (text.substring(0, figure.start(2)) + number + text.substring(figure.end(2))).getBytes(StandardCharsets.UTF_8);
  }
}
