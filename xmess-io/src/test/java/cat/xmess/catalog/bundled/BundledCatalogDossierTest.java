package cat.xmess.catalog.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.AbcGuideStatus;
import cat.xmess.model.Catalog;
import cat.xmess.model.CatalogFormat;
import cat.xmess.model.CategoryBasis;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Initiative;
import cat.xmess.model.LocalizedText;
import cat.xmess.model.MemberBody;
import cat.xmess.model.PolicyInstrument;
import cat.xmess.model.Source;
import cat.xmess.model.WireCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bundled catalog says what the research dossier says: codes, labels, member bodies and their
 * official codes, candidate initiatives and sources; its texts are complete in three languages; its
 * metadata, checksum and canonical form are right.
 */
class BundledCatalogDossierTest {
  private static final XmessCatalog CATALOG = XmessCatalog.bundled();

  private static String csvFile(CodelistKind kind) {
    return switch (kind) {
      case POLICY_CATEGORIES -> "codelists/policy-categories.csv";
      case ADMINISTRATION_ROLES -> "codelists/administration-roles.csv";
      case POLICY_INSTRUMENTS -> "codelists/policy-instruments.csv";
      case THEMES -> "codelists/themes.csv";
      case TARGET_GROUPS -> "codelists/target-groups.csv";
      case ENTITY_FORMS -> "codelists/entity-forms.csv";
      case SDGS -> "codelists/sdgs.csv";
    };
  }

  @Test
  void theDossierHelperReadsQuotedCells() {
    // policy-instruments.csv quotes labels that contain commas (RFC 4180).
    Map<String, String> row = Dossier.csv("codelists/policy-instruments.csv").stream()
        .filter(r -> r.get("code").equals("studies-evaluation"))
        .findFirst()
        .orElseThrow();
    assertNotEquals(-1, row.get("label_ca").indexOf(','), row.toString());
  }

  @ParameterizedTest
  @EnumSource(CodelistKind.class)
  void everyDossierCodeIsInTheCodelistWithItsStatusAndLabels(CodelistKind kind) {
    List<String> problems = new ArrayList<>();
    List<Map<String, String>> rows = Dossier.csv(csvFile(kind));
    for (Map<String, String> row : rows) {
      String code = row.get("code");
      CodeDefinition entry = CATALOG.code(kind, code).orElse(null);
      if (entry == null) {
        problems.add(code + ": missing");
        continue;
      }
      check(problems, code + " status", row.get("status"), entry.status().code());
      check(problems, code + " label ca", row.get("label_ca"), entry.label().ca());
      check(problems, code + " label es", row.get("label_es"), entry.label().es());
      check(problems, code + " label en", row.get("label_en"), entry.label().en());
      check(problems, code + " sourceIds", Dossier.split(row.get("source_ids"), ";"), entry.sourceIds());
      if (entry instanceof PolicyInstrument instrument) {
        check(problems, code + " defaultCategory", row.get("default_category"), instrument.defaultCategory());
        check(problems, code + " adminRoles", Dossier.split(row.get("admin_roles"), ";"), instrument.adminRoles());
      }
    }
    assertTrue(problems.isEmpty(), () -> kind + ":\n" + String.join("\n", problems));
    assertEquals(rows.size(), CATALOG.catalog().codelists().entries(kind).size(),
        kind + ": the catalog's codelist has the dossier's number of codes");
  }

  @Test
  void everyDossierMemberIsAMemberBodyWithTheSameFacts() {
    List<String> problems = new ArrayList<>();
    List<Map<String, String>> rows = Dossier.csv("members.csv");
    for (Map<String, String> row : rows) {
      String id = row.get("id");
      MemberBody body = CATALOG.memberBody(id).orElse(null);
      if (body == null) {
        problems.add(id + ": missing");
        continue;
      }
      check(problems, id + " name ca", row.get("name_ca"), body.name().ca());
      check(problems, id + " place", row.get("place_ca"), body.place());
      check(problems, id + " ineCode", Dossier.orNull(row.get("ine_code")), body.ineCode());
      check(problems, id + " idescatCode", Dossier.orNull(row.get("idescat_code")), body.idescatCode());
      check(problems, id + " comarca code", Dossier.orNull(row.get("comarca_code")),
          body.comarca() == null ? null : body.comarca().code());
      check(problems, id + " comarca name", Dossier.orNull(row.get("comarca")),
          body.comarca() == null ? null : body.comarca().name());
      // The dossier writes the province as its name ("Tarragona"), the catalog as its code.
      check(problems, id + " province", row.get("province"), body.province().displayName());
      check(problems, id + " kind", row.get("kind"), body.kind().code());
      check(problems, id + " membershipStatus", row.get("membership_status"), body.membershipStatus().code());
      check(problems, id + " confidence", row.get("confidence"), body.confidence().code());
      check(problems, id + " joined", Dossier.orNull(row.get("joined")),
          body.joined() == null ? null : body.joined().toString());
      check(problems, id + " sourceIds", Dossier.split(row.get("source_ids"), ";"), body.sourceIds());
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    assertEquals(rows.size(), CATALOG.catalog().memberBodies().size());
  }

  @Test
  void municipalCodesFollowTheDossiersControlDigitAndProvinceRules() {
    // README §5, implemented here from the text: tables C, B, A, C, B; DC = (10 - S mod 10) mod 10.
    int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    int[] b = {0, 3, 8, 2, 7, 4, 1, 5, 9, 6};
    int[] c = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};
    int[][] tables = {c, b, a, c, b};
    Map<String, String> provinceByPrefix =
        Map.of("08", "barcelona", "17", "girona", "25", "lleida", "43", "tarragona");
    assertEquals(3, controlDigit("08019", tables), "README example: Barcelona");
    assertEquals(0, controlDigit("25003", tables), "README example: Agramunt");
    List<String> problems = new ArrayList<>();
    int municipalities = 0;
    for (MemberBody body : CATALOG.catalog().memberBodies()) {
      if (body.ineCode() == null) {
        continue;
      }
      municipalities++;
      String expected = body.ineCode() + controlDigit(body.ineCode(), tables);
      check(problems, body.id() + " idescat", expected, body.idescatCode());
      check(problems, body.id() + " province", provinceByPrefix.get(body.ineCode().substring(0, 2)),
          body.province().code());
    }
    assertTrue(municipalities > 40, "most member bodies are town councils with codes");
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  private static int controlDigit(String ine, int[][] tables) {
    int sum = 0;
    for (int i = 0; i < 5; i++) {
      sum += tables[i][ine.charAt(i) - '0'];
    }
    return (10 - sum % 10) % 10;
  }

  @Test
  void everyCandidateIsAnUnverifiedInitiativeWithTheSameFacts() {
    JsonNode candidates = Dossier.json("initiatives-candidates.json");
    assertTrue(candidates.isArray() && candidates.size() > 0);
    List<String> problems = new ArrayList<>();
    for (JsonNode candidate : candidates) {
      String id = candidate.get("id").asString();
      Initiative it = CATALOG.initiative(id).orElse(null);
      if (it == null) {
        problems.add(id + ": missing");
        continue;
      }
      check(problems, id + " category", text(candidate, "category"), it.category());
      check(problems, id + " categoryBasis", text(candidate, "category_basis"), it.categoryBasis().code());
      check(problems, id + " instruments", strings(candidate, "instruments"), it.instruments());
      check(problems, id + " themes", strings(candidate, "themes"), it.themes());
      check(problems, id + " targetGroups", strings(candidate, "target_groups"), it.targetGroups());
      JsonNode year = candidate.get("year_start");
      check(problems, id + " yearStart", year == null || year.isNull() ? null : year.asInt(), it.yearStart());
      check(problems, id + " candidateBasis", strings(candidate, "candidate_basis"), codes(it.candidateBasis()));
      check(problems, id + " confidence", text(candidate, "facts_confidence"), it.confidence().code());
      check(problems, id + " sourceIds", strings(candidate, "source_ids"), it.sourceIds());
      check(problems, id + " memberBody", text(candidate, "municipality"), it.memberBody());
      check(problems, id + " coMemberBodies", strings(candidate, "co_municipalities"), it.coMemberBodies());
      check(problems, id + " dossier in_abc_guide", "unverified", text(candidate, "in_abc_guide"));
      check(problems, id + " inAbcGuide", AbcGuideStatus.UNVERIFIED, it.inAbcGuide());
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void noInitiativeClaimsToBeVerifiedInTheAbcGuide() {
    List<String> verified =
        CATALOG.catalog().initiatives().stream()
            .filter(it -> it.inAbcGuide() != AbcGuideStatus.UNVERIFIED)
            .map(Initiative::id)
            .toList();
    assertEquals(List.of(), verified);
    assertTrue(CATALOG.catalog().initiatives().stream()
        .allMatch(it -> it.categoryBasis() == CategoryBasis.INFERRED),
        "no category is taken from the guide, whose list could not be recovered");
  }

  @Test
  void everyDossierSourceIsASourceWithTheSameTitleAndAddresses() {
    List<String> problems = new ArrayList<>();
    List<Map<String, String>> rows = Dossier.csv("sources.csv");
    for (Map<String, String> row : rows) {
      String id = row.get("id");
      Source source = CATALOG.source(id).orElse(null);
      if (source == null) {
        problems.add(id + ": missing");
        continue;
      }
      check(problems, id + " title", row.get("title"), source.title());
      check(problems, id + " urls", Dossier.split(row.get("url"), "; "), source.urls());
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void everyLocalizedTextHasCatalanSpanishAndEnglish() {
    Catalog catalog = CATALOG.catalog();
    List<String> incomplete = new ArrayList<>();
    int[] seen = {0};
    ModelWalk.walk(catalog, (path, value) -> {
      if (value instanceof LocalizedText text) {
        seen[0]++;
        if (blank(text.ca()) || blank(text.es()) || blank(text.en())) {
          incomplete.add(path + " " + text);
        }
      }
    });
    // At least a title and summary per initiative, a name per body, a label per code.
    int floor = 2 * catalog.initiatives().size() + catalog.memberBodies().size();
    for (CodelistKind kind : CodelistKind.values()) {
      floor += catalog.codelists().entries(kind).size();
    }
    assertTrue(seen[0] >= floor, "the walk reached " + seen[0] + " texts, expected at least " + floor);
    assertTrue(incomplete.isEmpty(), () -> String.join("\n", incomplete));
  }

  @Test
  void metadataDeclaresTheOpenLicenceAndTheSchemaVersion() {
    assertEquals("CC-BY-4.0", CATALOG.metadata().license().id());
    assertEquals(CatalogFormat.SCHEMA_VERSION, CATALOG.metadata().schemaVersion());
  }

  @Test
  void theRecordedChecksumIsTheSha256OfTheFilesContentWithoutIt() throws Exception {
    String recorded = CATALOG.metadata().checksum();
    assertTrue(recorded != null && recorded.matches("sha256:[0-9a-f]{64}"), "recorded: " + recorded);
    // Recomputed from the file alone: its RFC 8785 form (by an independent JCS library) with the
    // checksum field left out.
    ObjectNode tree = BundledJson.treeWithoutChecksum();
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(
        new org.erdtman.jcs.JsonCanonicalizer(BundledJson.write(tree)).getEncodedUTF8());
    assertEquals("sha256:" + HexFormat.of().formatHex(digest), recorded);
  }

  @Test
  void changingOneCharacterOfASummaryIsReportedAsAChecksumMismatch() {
    ObjectNode untouched = BundledJson.tree();
    ValidationReport control = CatalogReader.standard().validate(BundledJson.write(untouched));
    assertTrue(control.isValid(), control::toString);

    ObjectNode tampered = BundledJson.tree();
    ObjectNode summary = (ObjectNode) tampered.get("initiatives").get(0).get("summary");
    String ca = summary.get("ca").asString();
    char first = ca.charAt(0);
    summary.put("ca", (first == 'X' ? 'Y' : 'X') + ca.substring(1));
    ValidationReport report = CatalogReader.standard().validate(BundledJson.write(tampered));
    assertTrue(report.has(ErrorCode.CHECKSUM_MISMATCH, "/metadata/checksum"), report::toString);
    assertEquals(1, report.errors().size(), report::toString);
  }

  @Test
  void theResourceIsKeptInCanonicalForm() {
    byte[] resource = BundledJson.bytes();
    byte[] canonical = CatalogExporter.json(CATALOG.catalog()).getBytes(StandardCharsets.UTF_8);
    int at = java.util.Arrays.mismatch(resource, canonical);
    if (at >= 0) {
      String expected = new String(canonical, StandardCharsets.UTF_8);
      String actual = new String(resource, StandardCharsets.UTF_8);
      int from = Math.max(0, Math.min(at, actual.length()) - 80);
      fail("The resource differs from CatalogExporter.json(bundled) at byte " + at + ":\nresource:  "
          + actual.substring(from, Math.min(actual.length(), from + 160)) + "\ncanonical: "
          + expected.substring(from, Math.min(expected.length(), from + 160)));
    }
  }

  /** A cheap guard against personal names: honorifics and mayoral titles before a capitalised word. */
  @Test
  void noTextNamesAPersonByTitle() {
    Pattern titled = Pattern.compile(
        "(?:\\bSra?\\.|\\bSr\\b|\\b[Aa]lcalde(?:ssa)?|\\b[Aa]lcaldesa|\\bMayor|\\bMr\\.|\\bMrs\\.|\\bMs\\.)"
            + "\\s+\\p{Lu}\\p{L}*");
    List<String> suspicious = new ArrayList<>();
    int[] strings = {0};
    ModelWalk.walk(CATALOG.catalog(), (path, value) -> {
      if (value instanceof String s) {
        strings[0]++;
        Matcher m = titled.matcher(s);
        while (m.find()) {
          suspicious.add(path + ": \"" + m.group() + "\"");
        }
      }
    });
    assertTrue(strings[0] > 1000, "the walk reached the catalog's texts");
    assertTrue(suspicious.isEmpty(), () -> "possible personal names:\n" + String.join("\n", suspicious));
    // The guard itself works.
    assertTrue(titled.matcher("la alcaldessa Maria va dir").find());
    assertFalse(titled.matcher("l'alcalde de Sabadell").find());
  }

  // -- helpers -------------------------------------------------------------------------------

  private static void check(List<String> problems, String what, Object expected, Object actual) {
    if (!java.util.Objects.equals(expected, actual)) {
      problems.add(what + ": dossier " + expected + ", catalog " + actual);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static List<String> strings(JsonNode node, String field) {
    JsonNode value = node.get(field);
    List<String> list = new ArrayList<>();
    if (value != null && !value.isNull()) {
      value.forEach(v -> list.add(v.asString()));
    }
    return list;
  }

  private static List<String> codes(List<? extends WireCode> coded) {
    return coded.stream().map(WireCode::code).toList();
  }
}
