package cat.xmess.catalog.property;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.samples.Samples;
import cat.xmess.io.internal.codec.CatalogCodec;
import cat.xmess.catalog.internal.compiled.ContentChecksum;
import cat.xmess.model.AbcGuideStatus;
import cat.xmess.model.BodyKind;
import cat.xmess.model.Catalog;
import cat.xmess.model.CatalogMetadata;
import cat.xmess.model.CategoryBasis;
import cat.xmess.model.CodeStatus;
import cat.xmess.model.CodelistEntry;
import cat.xmess.model.Codelists;
import cat.xmess.model.Comarca;
import cat.xmess.model.Confidence;
import cat.xmess.model.ExecutiveSeat;
import cat.xmess.model.ExecutiveTerm;
import cat.xmess.model.ExternalMapping;
import cat.xmess.model.Figure;
import cat.xmess.model.GovernanceBody;
import cat.xmess.model.Initiative;
import cat.xmess.model.License;
import cat.xmess.model.LocalizedText;
import cat.xmess.model.MemberBody;
import cat.xmess.model.MembershipCount;
import cat.xmess.model.MembershipStatus;
import cat.xmess.model.Network;
import cat.xmess.model.PolicyInstrument;
import cat.xmess.model.Province;
import cat.xmess.model.Publication;
import cat.xmess.model.Relation;
import cat.xmess.model.Source;
import cat.xmess.model.StrategicLine;
import cat.xmess.model.TimelineEvent;
import cat.xmess.model.WorkingGroup;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Model → JSON → model gives back an equal model, for every record type of the catalog, through the
 * real codec: canonical bytes, the tree path the loading pipeline uses, and the pretty form the SDK
 * writes. Canonical bytes are deterministic and stable over a round trip, and so is the content
 * checksum.
 *
 * <p>The codec reads and writes whole catalogs, so each generated value is put into its slot of a
 * minimal catalog and taken out again after the round trip. Inputs come from {@link
 * Generators#representable(Class, long)}: valid or not, anything the model can hold. Every method
 * has its own seeds ({@link Samples}), and the display name gives the seed of a failing sample.
 */
class RoundTripPropertyTest {
  private static final int SAMPLES = 200;
  private static final String NAME = "seed {0}";

  private static final CatalogCodec CODEC = new CatalogCodec(ReadLimits.DEFAULT);
  private static final CatalogCodec OTHER_CODEC = new CatalogCodec(ReadLimits.DEFAULT);
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  // --- a minimal catalog with a slot for every record type ---------------------------------------

  private static final LocalizedText TEXT = LocalizedText.of("text", "texto", "text");
  private static final License LICENSE = new License("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/", TEXT);
  private static final CatalogMetadata METADATA = CatalogMetadata.builder().schemaVersion("1.0.0")
      .dataVersion("1.0.0").generated(LocalDate.of(2026, 11, 27)).title(TEXT).license(LICENSE).build();
  private static final Catalog EMPTY = Catalog.builder().metadata(METADATA).codelists(Codelists.empty()).build();
  private static final Initiative INITIATIVE = Initiative.builder().id("i").title(TEXT).summary(TEXT)
      .leadBodyName("Lead").category("c").categoryBasis(CategoryBasis.INFERRED)
      .inAbcGuide(AbcGuideStatus.UNVERIFIED).confidence(Confidence.LOW).sourceIds(List.of("S01")).build();
  private static final MemberBody MEMBER = MemberBody.builder().id("m").name(TEXT).kind(BodyKind.AJUNTAMENT)
      .place("Place").province(Province.BARCELONA).membershipStatus(MembershipStatus.CONFIRMED)
      .confidence(Confidence.HIGH).build();
  private static final Network NETWORK = Network.builder().name(TEXT).acronym("XMESS").description(TEXT)
      .founded("2017").foundingPlace("Sabadell").seat("Barcelona").build();
  private static final CodelistEntry ENTRY = new CodelistEntry("c", TEXT, null, CodeStatus.ACTIVE, null, null, null);

  private static Catalog withSources(List<Source> sources) {
    return EMPTY.toBuilder().sources(sources).build();
  }

  private static Catalog withCodelists(Codelists codelists) {
    return EMPTY.toBuilder().codelists(codelists).build();
  }

  private static Catalog withMembers(List<MemberBody> members) {
    return EMPTY.toBuilder().memberBodies(members).build();
  }

  private static Catalog withInitiatives(List<Initiative> initiatives) {
    return EMPTY.toBuilder().initiatives(initiatives).build();
  }

  private static Catalog withNetwork(Network network) {
    return EMPTY.toBuilder().network(network).build();
  }

  private static Initiative initiativeWithFigures(List<Figure> figures) {
    return INITIATIVE.toBuilder().figures(figures).build();
  }

  // --- one property per record type ---------------------------------------------------------------

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_001, count = SAMPLES)
  void catalog(long seed) {
    Catalog value = Generators.representable(Catalog.class, seed);
    assertRoundTrip(value, c -> c, c -> c);
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_002, count = SAMPLES)
  void catalogMetadata(long seed) {
    CatalogMetadata value = Generators.representable(CatalogMetadata.class, seed);
    assertRoundTrip(value, EMPTY::withMetadata, Catalog::metadata);
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_003, count = SAMPLES)
  void license(long seed) {
    License value = Generators.representable(License.class, seed);
    assertRoundTrip(value, l -> EMPTY.withMetadata(METADATA.toBuilder().license(l).build()),
        c -> c.metadata().license());
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_004, count = SAMPLES)
  void localizedText(long seed) {
    LocalizedText value = Generators.representable(LocalizedText.class, seed);
    assertRoundTrip(value, t -> EMPTY.withMetadata(METADATA.toBuilder().title(t).build()),
        c -> c.metadata().title());
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_005, count = SAMPLES)
  void source(long seed) {
    Source value = Generators.representable(Source.class, seed);
    assertRoundTrip(value, s -> withSources(List.of(s)), c -> c.sources().get(0));
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_006, count = SAMPLES)
  void codelists(long seed) {
    Codelists value = Generators.representable(Codelists.class, seed);
    assertRoundTrip(value, RoundTripPropertyTest::withCodelists, Catalog::codelists);
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_007, count = SAMPLES)
  void codelistEntryInEveryPlainCodelist(long seed) {
    CodelistEntry value = Generators.representable(CodelistEntry.class, seed);
    List<CodelistEntry> one = List.of(value);
    assertRoundTrip(value, e -> withCodelists(new Codelists(one, one, null, one, one, one, one)), c -> {
      Codelists lists = c.codelists();
      for (List<CodelistEntry> list : List.of(lists.administrationRoles(), lists.themes(), lists.targetGroups(),
          lists.entityForms(), lists.sdgs())) {
        assertEquals(lists.policyCategories(), list, "every codelist slot comes back the same");
      }
      return lists.policyCategories().get(0);
    });
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_008, count = SAMPLES)
  void policyInstrument(long seed) {
    PolicyInstrument value = Generators.representable(PolicyInstrument.class, seed);
    assertRoundTrip(value, p -> withCodelists(new Codelists(null, null, List.of(p), null, null, null, null)),
        c -> c.codelists().policyInstruments().get(0));
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_009, count = SAMPLES)
  void externalMapping(long seed) {
    ExternalMapping value = Generators.representable(ExternalMapping.class, seed);
    assertRoundTrip(value,
        m -> withCodelists(new Codelists(List.of(new CodelistEntry("c", TEXT, null, CodeStatus.ACTIVE, null, null,
            List.of(m))), null, null, null, null, null, null)),
        c -> c.codelists().policyCategories().get(0).mappings().get(0));
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_010, count = SAMPLES)
  void memberBody(long seed) {
    MemberBody value = Generators.representable(MemberBody.class, seed);
    assertRoundTrip(value, m -> withMembers(List.of(m)), c -> c.memberBodies().get(0));
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_011, count = SAMPLES)
  void comarca(long seed) {
    Comarca value = Generators.representable(Comarca.class, seed);
    assertRoundTrip(value, k -> withMembers(List.of(MEMBER.toBuilder().comarca(k).build())),
        c -> c.memberBodies().get(0).comarca());
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_012, count = SAMPLES)
  void initiative(long seed) {
    Initiative value = Generators.representable(Initiative.class, seed);
    assertRoundTrip(value, i -> withInitiatives(List.of(i)), c -> c.initiatives().get(0));
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_013, count = SAMPLES)
  void figure(long seed) {
    Figure value = Generators.representable(Figure.class, seed);
    assertRoundTrip(value, f -> withInitiatives(List.of(initiativeWithFigures(List.of(f)))),
        c -> c.initiatives().get(0).figures().get(0));
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_014, count = SAMPLES)
  void network(long seed) {
    Network value = Generators.representable(Network.class, seed);
    assertRoundTrip(value, RoundTripPropertyTest::withNetwork, Catalog::network);
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_015, count = SAMPLES)
  void membershipCount(long seed) {
    MembershipCount value = Generators.representable(MembershipCount.class, seed);
    assertRoundTrip(value, v -> withNetwork(NETWORK.toBuilder().membershipCounts(List.of(v)).build()),
        c -> c.network().membershipCounts().get(0));
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_016, count = SAMPLES)
  void strategicLine(long seed) {
    StrategicLine value = Generators.representable(StrategicLine.class, seed);
    assertRoundTrip(value, v -> withNetwork(NETWORK.toBuilder().strategicLines(List.of(v)).build()),
        c -> c.network().strategicLines().get(0));
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_017, count = SAMPLES)
  void governanceBody(long seed) {
    GovernanceBody value = Generators.representable(GovernanceBody.class, seed);
    assertRoundTrip(value, v -> withNetwork(NETWORK.toBuilder().governanceBodies(List.of(v)).build()),
        c -> c.network().governanceBodies().get(0));
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_018, count = SAMPLES)
  void executiveTerm(long seed) {
    ExecutiveTerm value = Generators.representable(ExecutiveTerm.class, seed);
    assertRoundTrip(value, v -> withNetwork(NETWORK.toBuilder().executiveTerms(List.of(v)).build()),
        c -> c.network().executiveTerms().get(0));
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_019, count = SAMPLES)
  void executiveSeat(long seed) {
    ExecutiveSeat value = Generators.representable(ExecutiveSeat.class, seed);
    assertRoundTrip(value,
        v -> withNetwork(NETWORK.toBuilder()
            .executiveTerms(List.of(new ExecutiveTerm("2023-2027", null, List.of(v), null, null))).build()),
        c -> c.network().executiveTerms().get(0).seats().get(0));
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_020, count = SAMPLES)
  void workingGroup(long seed) {
    WorkingGroup value = Generators.representable(WorkingGroup.class, seed);
    assertRoundTrip(value, v -> withNetwork(NETWORK.toBuilder().workingGroups(List.of(v)).build()),
        c -> c.network().workingGroups().get(0));
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_021, count = SAMPLES)
  void timelineEvent(long seed) {
    TimelineEvent value = Generators.representable(TimelineEvent.class, seed);
    assertRoundTrip(value, v -> withNetwork(NETWORK.toBuilder().timeline(List.of(v)).build()),
        c -> c.network().timeline().get(0));
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_022, count = SAMPLES)
  void publication(long seed) {
    Publication value = Generators.representable(Publication.class, seed);
    assertRoundTrip(value, v -> withNetwork(NETWORK.toBuilder().publications(List.of(v)).build()),
        c -> c.network().publications().get(0));
  }

  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_023, count = SAMPLES)
  void relation(long seed) {
    Relation value = Generators.representable(Relation.class, seed);
    assertRoundTrip(value, v -> withNetwork(NETWORK.toBuilder().relations(List.of(v)).build()),
        c -> c.network().relations().get(0));
  }

  /** Plausible catalogs too: realistic sizes and shapes, and most of them valid. */
  @ParameterizedTest(name = NAME)
  @Samples(seed = 7_024, count = SAMPLES)
  void plausibleCatalog(long seed) {
    assertRoundTrip(Generators.plausible(seed), c -> c, c -> c);
  }

  // --- examples at the edges -------------------------------------------------------------------------

  @Test
  void theBundledCatalogRoundTripsAndKeepsItsChecksum() {
    Catalog bundled = cat.xmess.catalog.XmessCatalog.bundled().catalog();
    assertRoundTrip(bundled, c -> c, c -> c);
    assertEquals(bundled.metadata().checksum(), ContentChecksum.of(bundled));
  }

  @Test
  void decimalsKeepTheirScale() {
    for (String number : List.of("0", "0.0", "0.000", "1.50", "100.0", "-0.001", "2959408.76", "123456789012.345",
        "0.00000000000000000001", "1" + "0".repeat(60))) {
      Figure figure = new Figure("x", new BigDecimal(number), null);
      assertRoundTrip(figure, f -> withInitiatives(List.of(initiativeWithFigures(List.of(f)))),
          c -> c.initiatives().get(0).figures().get(0));
    }
  }

  /**
   * A decimal with a negative scale ({@code 1E+3}) is written plainly ({@code 1000}) and read back
   * with scale 0: numerically equal but not {@code equals}. The content checksum does not change.
   * This pins the behaviour; the generators keep scales non-negative.
   */
  @Test
  void negativeScaleDecimalsComeBackWithScaleZeroAndTheSameChecksum() {
    Figure figure = new Figure("x", new BigDecimal("1E+3"), null);
    Catalog catalog = withInitiatives(List.of(initiativeWithFigures(List.of(figure))));
    Catalog back = CODEC.read(CODEC.toCanonicalBytes(catalog));
    BigDecimal value = back.initiatives().get(0).figures().get(0).value();
    assertEquals(0, value.compareTo(new BigDecimal("1000")), "numerically equal");
    assertEquals(0, value.scale());
    assertEquals(ContentChecksum.of(catalog), ContentChecksum.of(back));
    assertArrayEquals(CODEC.toCanonicalBytes(catalog), CODEC.toCanonicalBytes(back));
  }

  @Test
  void datesAtTheEdgesOfLocalDate() {
    for (LocalDate date : List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1), LocalDate.of(-1, 12, 31),
        LocalDate.of(10_000, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))) {
      assertRoundTrip(date, d -> EMPTY.withMetadata(METADATA.toBuilder().generated(d).build()),
          c -> c.metadata().generated());
    }
  }

  @Test
  void textsOnlyJsonEscapesCanCarry() {
    for (String text : List.of("", "\u0000", "\"\\/\b\f\n\r\t", "\u2028\u2029", "\uDBFF\uDFFF", "😀", "\uFEFF",
        "l·l", "</script>")) {
      assertRoundTrip(new LocalizedText(text, text, text), t -> EMPTY.withMetadata(METADATA.toBuilder().title(t).build()),
          c -> c.metadata().title());
    }
  }

  /**
   * Java strings may hold unpaired surrogates, and a JSON input can carry them as {@code \uD800}
   * escapes, which every layer accepts. The canonical bytes escape them and round-trip; the text
   * form that {@code toJson} returns must too, or it cannot be written as UTF-8 unchanged.
   */
  @Test
  void unpairedSurrogatesSurviveTheWrittenForm() {
    for (String text : List.of("\uD800", "a\uDC00b", "\uDBFF", "x\uDFFF\uD800y")) {
      LocalizedText title = new LocalizedText(text, text, text);
      Catalog catalog = EMPTY.withMetadata(METADATA.toBuilder().title(title).build());
      assertEquals(catalog, CODEC.read(CODEC.toCanonicalBytes(catalog)), "canonical bytes");
      String written = CatalogExporter.json(catalog);
      assertTrue(StandardCharsets.UTF_8.newEncoder().canEncode(written),
          "toJson returned text that is not encodable as UTF-8 (a raw unpaired surrogate) for " + escaped(text));
      assertEquals(title, CODEC.read(written.getBytes(StandardCharsets.UTF_8)).metadata().title(),
          "toJson → UTF-8 → read changed " + escaped(text));
    }
  }

  /**
   * What {@code load} accepts, {@code toJson} writes and {@code load} accepts again. Each variant of
   * the bundled JSON (its checksum removed) is valid; the written form must be too.
   */
  @Test
  void aLoadedCatalogWrittenWithToJsonLoadsAgain() {
    String bundled = new String(cat.xmess.catalog.internal.compiled.BundledResources.json(), StandardCharsets.UTF_8)
        .replaceFirst(",\\s*\"checksum\": \"[^\"]*\"", "");
    Map<String, String> variants = new java.util.LinkedHashMap<>();
    variants.put("the bundled catalog", bundled);
    // A figure at the top of the accepted range: 15 integer digits (written plainly: "1e14" would
    // come back with scale 0, see negativeScaleDecimalsComeBackWithScaleZeroAndTheSameChecksum).
    variants.put("a figure value of 999999999999999", bundled.replaceFirst(
        "(\"figures\": \\[\\s*\\{\\s*\"name\": \"[^\"]*\",\\s*\"value\": )[0-9.]+", "$1999999999999999"));
    variants.put("a place with an escaped unpaired surrogate", bundled.replaceFirst(
        "\"place\": \"([^\"]*)\"", "\"place\": \"$1\\\\ud800\""));
    List<org.junit.jupiter.api.function.Executable> checks = new java.util.ArrayList<>();
    variants.forEach((what, json) -> checks.add(() -> {
      assertTrue(!json.equals(bundled) || what.equals("the bundled catalog"), what + ": the edit did not apply");
      Catalog loaded = cat.xmess.catalog.XmessCatalog.load(new java.io.ByteArrayInputStream(
          json.getBytes(StandardCharsets.UTF_8))).catalog();
      byte[] written = cat.xmess.catalog.CatalogExporter.json(loaded).getBytes(StandardCharsets.UTF_8);
      cat.xmess.catalog.ValidationReport again = CatalogReader.standard().validate(written);
      assertTrue(again.isValid(), what + ": loads, but what toJson writes does not: " + again);
      assertEquals(ContentChecksum.stamp(loaded), CatalogReader.standard().load(written).catalog(), what);
    }));
    org.junit.jupiter.api.Assertions.assertAll(checks);
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return out.toString();
  }

  // --- the property ------------------------------------------------------------------------------

  /**
   * {@code value}, put into a catalog by {@code wrap}, survives every way through JSON, and the
   * catalog's bytes and checksum are stable.
   */
  static <T> void assertRoundTrip(T value, Function<T, Catalog> wrap, Function<Catalog, T> unwrap) {
    Catalog catalog = wrap.apply(value);
    assertEquals(value, unwrap.apply(catalog), "the slot of the minimal catalog does not hold the value");

    byte[] bytes = CODEC.toCanonicalBytes(catalog);
    assertArrayEquals(bytes, CODEC.toCanonicalBytes(catalog), "canonical bytes differ between two calls");
    assertArrayEquals(bytes, OTHER_CODEC.toCanonicalBytes(catalog),
        "canonical bytes differ between two codecs");

    Catalog read = CODEC.read(bytes);
    assertSame(catalog, read, bytes, "read(toCanonicalBytes)");
    assertEquals(value, unwrap.apply(read), "the value changed in its slot");
    assertArrayEquals(bytes, CODEC.toCanonicalBytes(read), "canonical bytes changed over a round trip");

    Catalog bound = CODEC.bind(CODEC.readTree(bytes));
    assertSame(catalog, bound, bytes, "bind(readTree(toCanonicalBytes)), the loading pipeline's path");

    byte[] pretty = CODEC.toPrettyJson(catalog).getBytes(StandardCharsets.UTF_8);
    assertSame(catalog, CODEC.read(pretty), pretty, "read(toPrettyJson)");

    if (catalog.metadata() != null) {
      String checksum = ContentChecksum.of(catalog);
      assertTrue(checksum.matches("^sha256:[0-9a-f]{64}$"), checksum);
      assertEquals(checksum, ContentChecksum.of(read), "checksum changed over a round trip");
      assertEquals(checksum, ContentChecksum.of(bound), "checksum changed over the tree path");
      Catalog stamped = ContentChecksum.stamp(catalog);
      assertEquals(checksum, stamped.metadata().checksum());
      assertEquals(checksum, ContentChecksum.of(stamped), "the recorded checksum must not affect the checksum");
      byte[] written = CatalogExporter.json(catalog).getBytes(StandardCharsets.UTF_8);
      Catalog reread = CODEC.read(written);
      assertSame(stamped, reread, written, "read(CatalogReader.toJson)");
      assertEquals(reread.metadata().checksum(), ContentChecksum.of(reread),
          "a catalog written by toJson no longer matches its own checksum");
    }
  }

  /** Equality with a readable message: the first JSON difference, or the model values if JSON agrees. */
  private static void assertSame(Catalog expected, Catalog actual, byte[] json, String path) {
    if (expected.equals(actual)) {
      return;
    }
    JsonNode want = PLAIN.readTree(CODEC.toCanonicalBytes(expected));
    JsonNode got = PLAIN.readTree(CODEC.toCanonicalBytes(actual));
    String difference = firstDifference("", want, got);
    fail(path + " changed the catalog: " + (difference != null ? difference
        : "same JSON, different model values\n expected " + expected + "\n actual   " + actual)
        + "\n JSON: " + abbreviate(new String(json, StandardCharsets.UTF_8)));
  }

  private static String firstDifference(String at, JsonNode a, JsonNode b) {
    if (a.equals(b)) {
      return null;
    }
    if (a.isObject() && b.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = a.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String found = firstDifference(at + "/" + field.getKey(), field.getValue(), b.path(field.getKey()));
        if (found != null) {
          return found;
        }
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        String found = firstDifference(at + "/" + i, a.get(i), b.get(i));
        if (found != null) {
          return found;
        }
      }
    }
    return "at '" + at + "': " + abbreviate(a.toString()) + " became " + abbreviate(b.toString());
  }

  private static String abbreviate(String text) {
    return text.length() <= 400 ? text : text.substring(0, 400) + "…";
  }
}
