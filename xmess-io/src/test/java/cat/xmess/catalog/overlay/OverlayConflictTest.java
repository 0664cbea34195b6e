package cat.xmess.catalog.overlay;

import static cat.xmess.catalog.overlay.OverlayFiles.add;
import static cat.xmess.catalog.overlay.OverlayFiles.bundled;
import static cat.xmess.catalog.overlay.OverlayFiles.empty;
import static cat.xmess.catalog.overlay.OverlayFiles.replaces;
import static cat.xmess.catalog.overlay.OverlayFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogLayer;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import cat.xmess.io.internal.validation.ErrorCap;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Overlays on the bundled catalog: one test per kind of conflict, each error located in the file it
 * comes from; replacements, provenance and extension fields on the happy path.
 */
class OverlayConflictTest {
  private static final XmessCatalog BUNDLED = XmessCatalog.bundled();

  @TempDir Path dir;

  private static ObjectNode newInitiative(String id) {
    ObjectNode initiative = bundled("/initiatives/0");
    initiative.put("id", id);
    return initiative;
  }

  private List<ValidationError> errorsOf(Path... overlays) {
    return assertThrows(CatalogValidationException.class, () -> BUNDLED.withOverlays(overlays)).report().errors();
  }

  private static void assertOnly(List<ValidationError> errors, ErrorCode code, String origin, String pointer) {
    assertEquals(1, errors.size(), errors::toString);
    ValidationError error = errors.get(0);
    assertEquals(code, error.code(), error::toString);
    assertEquals(origin, error.origin(), error::toString);
    assertEquals(pointer, error.pointer(), error::toString);
  }

  @Test
  void anOverlayAddsRecordsAndEveryRecordKnowsItsLayer() {
    ObjectNode overlay = add(empty(), "initiatives", newInitiative("moneda-local-consell"));
    add(overlay, "codelists/themes", bundled("/codelists/themes/0").put("code", "local-currency"));
    Path file = write(dir, "council.json", overlay);
    XmessCatalog merged = BUNDLED.withOverlays(file);

    assertEquals(BUNDLED.catalog().initiatives().size() + 1, merged.catalog().initiatives().size());
    assertEquals(List.of(new CatalogLayer(0, "bundled"), new CatalogLayer(1, file.toString())), merged.layers());
    assertEquals(Optional.of(new CatalogLayer(1, file.toString())),
        merged.provenance(RecordType.INITIATIVE, "moneda-local-consell"));
    assertEquals(Optional.of(new CatalogLayer(1, file.toString())), merged.provenance(RecordType.THEME, "local-currency"));
    String bundledId = BUNDLED.catalog().initiatives().get(0).id();
    assertEquals(Optional.of(new CatalogLayer(0, "bundled")), merged.provenance(RecordType.INITIATIVE, bundledId));
    assertEquals(Optional.of(new CatalogLayer(0, "bundled")), merged.provenance(RecordType.SOURCE, "S01"));
    assertEquals(Optional.empty(), merged.provenance(RecordType.INITIATIVE, "no-such-initiative"));
    assertEquals(List.of(new CatalogLayer(0, "bundled")), BUNDLED.layers(), "the base is unchanged");
    assertEquals(BUNDLED.catalog().initiatives().size(), BUNDLED.initiatives(cat.xmess.catalog.InitiativeQuery.all()).size());
  }

  @Test
  void aDeclaredReplacementTakesThePlaceOfTheReplacedRecord() {
    ObjectNode replacement = bundled("/initiatives/3");
    replacement.withObjectProperty("title").put("en", "Replaced by the council");
    String id = replacement.get("id").asString();
    Path file = write(dir, "replace.json", replaces(add(empty(), "initiatives", replacement), "initiatives/" + id));
    XmessCatalog merged = BUNDLED.withOverlays(file);

    assertEquals(BUNDLED.catalog().initiatives().size(), merged.catalog().initiatives().size());
    assertEquals(id, merged.catalog().initiatives().get(3).id(), "the replacement keeps the replaced record's place");
    assertEquals("Replaced by the council", merged.initiative(id).orElseThrow().title().en());
    assertEquals(1, merged.provenance(RecordType.INITIATIVE, id).orElseThrow().index());
  }

  @Test
  void anOverlayReportIsCappedLikeAnyOther() {
    // 1,500 initiatives with an unknown category: integrity errors of the merged catalog, which used
    // to be reported all 1,500 while every other report stops at 1,000 and says so.
    ObjectNode overlay = empty();
    for (int i = 0; i < 1_500; i++) {
      add(overlay, "initiatives", newInitiative("unknown-category-" + i).put("category", "no-such-category"));
    }
    List<ValidationError> errors = errorsOf(write(dir, "many.json", overlay));
    assertEquals(ErrorCap.MAX_ERRORS + 1, errors.size());
    assertEquals(ErrorCode.UNKNOWN_CODE, errors.get(0).code());
    assertEquals(ErrorCode.LIMIT_EXCEEDED, errors.get(errors.size() - 1).code(), "the last entry says the list was cut");
  }

  @Test
  void overlaysAreReadWithTheLimitsTheBaseWasReadWith() throws Exception {
    // withOverlays used to read overlays with the default limits, whatever the caller had chosen.
    byte[] base = CatalogExporter.json(BUNDLED.catalog()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ObjectNode overlay = empty();
    for (int i = 0; overlay.toString().length() <= base.length; i++) {
      add(overlay, "initiatives", newInitiative("council-initiative-" + i));
    }
    Path file = write(dir, "large.json", overlay);
    assertEquals(1, BUNDLED.withOverlays(file).layers().size() - 1, "the overlay is valid under the defaults");

    XmessCatalog small = CatalogReader.withLimits(ReadLimits.DEFAULT.withMaxDocumentBytes(base.length)).load(base);
    List<ValidationError> errors =
        assertThrows(CatalogValidationException.class, () -> small.withOverlays(file)).report().errors();
    assertEquals(1, errors.size(), errors::toString);
    assertEquals(ErrorCode.LIMIT_EXCEEDED, errors.get(0).code(), errors::toString);
    assertEquals(file.toString(), errors.get(0).origin(), errors::toString);
  }

  @Test
  void theSameIdWithoutADeclaredReplacementIsAConflictInTheOverlayFile() {
    Path file = write(dir, "clash.json", add(empty(), "initiatives", bundled("/initiatives/2")));
    List<ValidationError> errors = errorsOf(file);
    assertOnly(errors, ErrorCode.OVERLAY_CONFLICT, file.toString(), "/initiatives/0");
    assertEquals(ValidationLayer.MERGE, errors.get(0).layer());
    assertTrue(errors.get(0).message().en().contains("bundled"), errors.get(0).message().en());
  }

  @Test
  void aCodeRedefinedDifferentlyIsAConflictButAnIdenticalCopyIsNot() {
    ObjectNode changed = bundled("/codelists/themes/1");
    changed.withObjectProperty("label").put("en", "Something else");
    Path redefining = write(dir, "redefine.json", add(empty(), "codelists/themes", changed));
    assertOnly(errorsOf(redefining), ErrorCode.CODE_REDEFINED, redefining.toString(), "/codelists/themes/0");

    Path copying = write(dir, "copy.json", add(empty(), "codelists/themes", bundled("/codelists/themes/1")));
    XmessCatalog merged = BUNDLED.withOverlays(copying);
    assertEquals(BUNDLED.catalog().codelists(), merged.catalog().codelists());
    assertEquals(0, merged.provenance(RecordType.THEME, BUNDLED.catalog().codelists().themes().get(1).code())
        .orElseThrow().index(), "an identical copy leaves the code with the layer that defined it");
  }

  @Test
  void aReferenceThatResolvesInNoLayerIsReportedInTheOverlayFile() {
    ObjectNode initiative = newInitiative("nova-iniciativa");
    initiative.withArrayProperty("themes").set(0, "no-such-theme");
    initiative.put("memberBody", "ajuntament-denlloc");
    initiative.withArrayProperty("sourceIds").set(0, "S-NONE");
    Path file = write(dir, "dangling.json", add(empty(), "initiatives", initiative));
    List<ValidationError> errors = errorsOf(file);
    assertEquals(List.of(
            file + " /initiatives/0/memberBody unknown-member-body",
            file + " /initiatives/0/themes/0 unknown-code",
            file + " /initiatives/0/sourceIds/0 unknown-source"),
        errors.stream().map(e -> e.origin() + " " + e.pointer() + " " + e.code()).toList());
  }

  @Test
  void aReferenceToAnotherOverlaysCodeResolves() {
    Path first = write(dir, "first.json", add(empty(), "codelists/themes",
        bundled("/codelists/themes/0").put("code", "local-currency")));
    ObjectNode initiative = newInitiative("moneda-local");
    initiative.withArrayProperty("themes").set(0, "local-currency");
    Path second = write(dir, "second.json", add(empty(), "initiatives", initiative));
    XmessCatalog merged = BUNDLED.withOverlays(first, second);
    assertEquals(List.of("local-currency"), merged.initiative("moneda-local").orElseThrow().themes().subList(0, 1));
    assertEquals(3, merged.layers().size());
  }

  @Test
  void aDeclaredReplacementThatReplacesNothingIsReported() {
    Path file = write(dir, "nothing.json", replaces(add(empty(), "initiatives", newInitiative("brand-new")),
        "initiatives/brand-new", "memberBodies/" + BUNDLED.catalog().memberBodies().get(0).id()));
    List<ValidationError> errors = errorsOf(file);
    assertEquals(List.of("/metadata/overlay/replaces/0", "/metadata/overlay/replaces/1"),
        errors.stream().map(ValidationError::pointer).toList(), errors::toString);
    errors.forEach(e -> assertEquals(ErrorCode.NOTHING_TO_REPLACE, e.code()));
    assertTrue(errors.get(0).message().en().contains("no lower layer has it"), errors.get(0).message().en());
    assertTrue(errors.get(1).message().en().contains("does not hold it"), errors.get(1).message().en());
  }

  @Test
  void aNamespacePrefixBoundToAnotherUriAndNetworkFactsAreConflicts() {
    ObjectNode first = empty();
    first.withObjectProperty("metadata").withArrayProperty("extensionNamespaces").addObject()
        .put("prefix", "bcn").put("uri", "https://example.org/bcn/");
    ObjectNode second = empty();
    second.withObjectProperty("metadata").withArrayProperty("extensionNamespaces").addObject()
        .put("prefix", "bcn").put("uri", "https://example.org/other/");
    second.set("network", BundledJson.tree().get("network"));
    Path a = write(dir, "a.json", first);
    Path b = write(dir, "b.json", second);
    List<ValidationError> errors = errorsOf(a, b);
    assertEquals(List.of(b + " /metadata/extensionNamespaces/0 overlay-conflict", b + " /network overlay-conflict"),
        errors.stream().map(e -> e.origin() + " " + e.pointer() + " " + e.code()).toList());
  }

  @Test
  void everyErrorOfEveryFileIsCollectedAndNamesItsFile() {
    ObjectNode broken = empty();
    ((ObjectNode) broken.get("metadata")).put("colour", "red");
    Path schemaBroken = write(dir, "schema.json", broken);
    Path clashing = write(dir, "clash.json", add(empty(), "initiatives", bundled("/initiatives/0")));
    List<ValidationError> fileErrors = errorsOf(schemaBroken, clashing);
    // A file that breaks the schema stops the merge: conflicts are only looked for between valid layers.
    assertOnly(fileErrors, ErrorCode.UNKNOWN_FIELD, schemaBroken.toString(), "/metadata/colour");

    Path clashing2 = write(dir, "clash2.json", add(empty(), "memberBodies", bundled("/memberBodies/0")));
    List<ValidationError> conflicts = errorsOf(clashing, clashing2);
    assertEquals(List.of(clashing + " /initiatives/0", clashing2 + " /memberBodies/0"),
        conflicts.stream().map(e -> e.origin() + " " + e.pointer()).toList());
  }

  @Test
  void extensionFieldsSurviveLoadMergeAndWriteUnchanged() {
    ObjectNode overlay = empty();
    overlay.withObjectProperty("metadata").withArrayProperty("extensionNamespaces").addObject()
        .put("prefix", "bcn").put("uri", "https://example.org/bcn/");
    ObjectNode initiative = newInitiative("amb-extensions");
    ObjectNode extension = initiative.putObject("extensions").putObject("bcn");
    extension.put("budgetLine", "2024/441/ESS").put("share", new java.math.BigDecimal("12.50")).put("open", true);
    extension.putArray("districts").add("Sants").add(3).addObject().putArray("empty");
    extension.putObject("nothing");
    add(overlay, "initiatives", initiative);
    JsonNode expected = initiative.get("extensions").deepCopy();
    XmessCatalog merged = BUNDLED.withOverlays(write(dir, "ext.json", overlay));

    JsonNode written = BundledJson.MAPPER.readTree(CatalogExporter.json(merged.catalog()));
    JsonNode last = written.get("initiatives").get(written.get("initiatives").size() - 1);
    assertEquals(expected, last.get("extensions"));
    assertEquals("https://example.org/bcn/", written.at("/metadata/extensionNamespaces/0/uri").asString());
    assertTrue(written.at("/metadata/overlay").isMissingNode(), "the merged catalog is not an overlay");
    assertTrue(BUNDLED.catalog().initiatives().stream().allMatch(i -> i.extensions().isEmpty()));
    assertTrue(written.at("/initiatives/0/extensions").isMissingNode(), "empty extensions are left out");
    // ...and reading the written catalog gives the same model back.
    assertEquals(merged.catalog(), XmessCatalog.load(new java.io.ByteArrayInputStream(
        CatalogExporter.json(merged.catalog()).getBytes(java.nio.charset.StandardCharsets.UTF_8))).catalog());
  }
}
