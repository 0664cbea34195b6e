package cat.xmess.catalog.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import cat.xmess.model.Catalog;
import cat.xmess.model.Figure;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Validating catalogs built in Java, and text that looks like a template staying text. */
class ValidationApiTest {
  private static final Catalog BUNDLED = XmessCatalog.bundled().catalog();

  /** The bundled catalog without its checksum, so that changes report only their own errors. */
  private static Catalog unstamped() {
    return BUNDLED.withMetadata(BUNDLED.metadata().withChecksum(null));
  }

  private static Catalog withInitiative(Catalog catalog, int index, Initiative replacement) {
    return catalog.toBuilder().initiatives(Records.replaced(catalog.initiatives(), index, replacement)).build();
  }

  @Test
  void theBundledModelIsValid() {
    ValidationReport report = XmessCatalog.validate(BUNDLED);
    assertTrue(report.isValid(), report::toString);
    assertTrue(XmessCatalog.validate(unstamped()).isValid(), "the checksum is optional");
  }

  @Test
  void aBlankTitleAndAnUnknownThemeAreReportedByTheirLayers() {
    Initiative original = BUNDLED.initiatives().get(3);
    Initiative broken = Records.with(original,
        "title", new LocalizedText("   ", original.title().es(), original.title().en()),
        "themes", List.of("no-such-theme"));
    Catalog catalog = withInitiative(unstamped(), 3, broken);

    ValidationReport report = XmessCatalog.validate(catalog);
    ValidationError blank = find(report, ErrorCode.MISSING_REQUIRED, "/initiatives/3/title/ca");
    assertEquals(ValidationLayer.CONSTRAINTS, blank.layer());
    ValidationError unknown = find(report, ErrorCode.UNKNOWN_CODE, "/initiatives/3/themes/0");
    assertEquals(ValidationLayer.INTEGRITY, unknown.layer());
    assertTrue(unknown.message().en().contains("no-such-theme"), unknown::toString);
    assertEquals(2, report.errors().size(), report::toString);
    assertLayersInOrder(report);

    CatalogValidationException thrown = assertThrows(CatalogValidationException.class, () -> XmessCatalog.of(catalog));
    assertEquals(report, thrown.report());
  }

  @Test
  void changingAStampedCatalogAlsoBreaksItsChecksum() {
    Initiative original = BUNDLED.initiatives().get(3);
    Catalog catalog = withInitiative(BUNDLED, 3, Records.with(original, "themes", List.of("no-such-theme")));
    ValidationReport report = CatalogReader.standard().validate(catalog);
    assertTrue(report.has(ErrorCode.UNKNOWN_CODE, "/initiatives/3/themes/0"), report::toString);
    assertTrue(report.has(ErrorCode.CHECKSUM_MISMATCH, "/metadata/checksum"), report::toString);
  }

  @Test
  void figuresWithBothOrNeitherValueAndTextAreInvalidInJava() {
    Initiative original = BUNDLED.initiatives().get(0);
    Initiative broken = Records.with(original, "figures", List.of(
        new Figure("budget_eur", new BigDecimal("1000"), "about a thousand"),
        new Figure("people", null, null),
        new Figure("members", BigDecimal.TEN, null)));
    ValidationReport report = XmessCatalog.validate(withInitiative(unstamped(), 0, broken));
    assertEquals(ValidationLayer.INTEGRITY, find(report, ErrorCode.INVALID_FIGURE, "/initiatives/0/figures/0").layer());
    assertEquals(ValidationLayer.INTEGRITY, find(report, ErrorCode.INVALID_FIGURE, "/initiatives/0/figures/1").layer());
    assertFalse(report.has(ErrorCode.INVALID_FIGURE, "/initiatives/0/figures/2"), report::toString);
  }

  @Test
  void aCatalogWithoutMetadataOrCodelistsIsReportedNotCrashed() {
    Catalog empty = new Catalog(null, null, null, null, null, null);
    ValidationReport report = XmessCatalog.validate(empty);
    assertEquals(ValidationLayer.CONSTRAINTS, find(report, ErrorCode.MISSING_REQUIRED, "/metadata").layer());
    assertEquals(ValidationLayer.CONSTRAINTS, find(report, ErrorCode.MISSING_REQUIRED, "/codelists").layer());
  }

  // -- template-looking text ----------------------------------------------------------------

  private static final List<String> TEMPLATES =
      List.of("${1+1}", "#{'x'}", "${'a'.concat('b')}", "100% %s %n {0}");

  @Test
  void templateLikeTextIsLoadedVerbatim() {
    ObjectNode tree = BundledJson.treeWithoutChecksum();
    ObjectNode initiative = (ObjectNode) tree.get("initiatives").get(0);
    String id = initiative.get("id").asString();
    ObjectNode title = (ObjectNode) initiative.get("title");
    title.put("ca", "Pla " + TEMPLATES.get(0) + " i " + TEMPLATES.get(1));
    title.put("es", "Plan " + TEMPLATES.get(2));
    title.put("en", "Plan " + TEMPLATES.get(3));
    ((ObjectNode) initiative.get("summary")).put("en", String.join(" ", TEMPLATES));

    XmessCatalog loaded = CatalogReader.standard().load(BundledJson.write(tree));
    Initiative it = loaded.initiative(id).orElseThrow();
    assertEquals(new LocalizedText("Pla ${1+1} i #{'x'}", "Plan ${'a'.concat('b')}", "Plan 100% %s %n {0}"), it.title());
    assertEquals(String.join(" ", TEMPLATES), it.summary().en());

    // And through writing and reading again.
    XmessCatalog again = XmessCatalog.load(new java.io.ByteArrayInputStream(
        CatalogExporter.json(loaded.catalog()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(it, again.initiative(id).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"${1+1}", "#{'x'}", "${'a'.concat('b')}"})
  void templateLikeValuesAppearVerbatimInSchemaErrors(String value) {
    ObjectNode tree = BundledJson.treeWithoutChecksum();
    ((ArrayNode) tree.at("/initiatives/0/themes")).set(0, value);
    ((ArrayNode) tree.at("/initiatives/0/sourceIds")).set(0, value);
    ValidationReport report = CatalogReader.standard().validate(BundledJson.write(tree));
    assertVerbatim(find(report, ErrorCode.INVALID_FORMAT, "/initiatives/0/themes/0"), value);
    assertVerbatim(find(report, ErrorCode.INVALID_FORMAT, "/initiatives/0/sourceIds/0"), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"${1+1}", "#{'x'}", "${'a'.concat('b')}", "100% %s %n {0}"})
  void templateLikeValuesAppearVerbatimInConstraintAndIntegrityErrors(String value) {
    Initiative original = BUNDLED.initiatives().get(0);
    Initiative broken = Records.with(original,
        "themes", List.of(value),
        "sourceIds", List.of(value));
    ValidationReport report = XmessCatalog.validate(withInitiative(unstamped(), 0, broken));
    ValidationError pattern = find(report, ErrorCode.INVALID_FORMAT, "/initiatives/0/themes/0");
    assertEquals(ValidationLayer.CONSTRAINTS, pattern.layer());
    assertVerbatim(pattern, value);
    ValidationError source = find(report, ErrorCode.UNKNOWN_SOURCE, "/initiatives/0/sourceIds/0");
    assertEquals(ValidationLayer.INTEGRITY, source.layer());
    assertVerbatim(source, value);
    CatalogValidationException thrown = assertThrows(CatalogValidationException.class,
        () -> XmessCatalog.of(withInitiative(unstamped(), 0, broken)));
    assertEquals(report, thrown.report());
  }

  // -- helpers --------------------------------------------------------------------------------

  private static ValidationError find(ValidationReport report, ErrorCode code, String pointer) {
    Optional<ValidationError> error = report.errors().stream()
        .filter(e -> e.code() == code && e.pointer().equals(pointer))
        .findFirst();
    assertTrue(error.isPresent(), () -> "no " + code + " at " + pointer + " in " + report);
    return error.orElseThrow();
  }

  private static void assertVerbatim(ValidationError error, String value) {
    for (Language language : Language.values()) {
      assertTrue(error.message(language).contains(value),
          () -> language + " message does not quote " + value + " verbatim: " + error.message(language));
    }
  }

  private static void assertLayersInOrder(ValidationReport report) {
    for (int i = 1; i < report.errors().size(); i++) {
      assertTrue(report.errors().get(i - 1).layer().ordinal() <= report.errors().get(i).layer().ordinal(),
          "errors are ordered by layer: " + report);
    }
  }
}
