package cat.xmess.catalog.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.bundled.BundledJson;
import cat.xmess.catalog.internal.compiled.ContentChecksum;
import cat.xmess.catalog.internal.json.Jcs;
import cat.xmess.model.Catalog;
import cat.xmess.catalog.samples.Samples;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.erdtman.jcs.JsonCanonicalizer;
import org.erdtman.jcs.NumberToJSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code metadata.checksum} is defined on RFC 8785 so that any tool can compute it. The core
 * writes JCS without a library ({@link Jcs}); Anders Rundgren and Samuel Erdtman's
 * java-json-canonicalization, a JCS implementation that reads JSON text and formats numbers from
 * doubles with its own shortest-digits algorithm, is the independent check: the checksum of a
 * document computed by that library over the file as written must be the one the SDK stamps.
 */
class JcsChecksumPropertyTest {
  /** The checksum as an outside tool computes it: drop metadata.checksum, canonicalise, hash. */
  static String independentChecksum(String json) throws IOException {
    ObjectNode tree = (ObjectNode) BundledJson.MAPPER.readTree(json);
    ((ObjectNode) tree.get("metadata")).remove("checksum");
    String canonical = new JsonCanonicalizer(BundledJson.MAPPER.writeValueAsString(tree)).getEncodedString();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @Samples(seed = 8_785, count = 200)
  void theStampedChecksumIsTheJcsChecksumOfTheWrittenFile(long seed) throws IOException {
    Catalog catalog = Generators.plausible(seed);
    String json = CatalogExporter.json(catalog);
    Catalog stamped = ContentChecksum.stamp(catalog);
    assertEquals(independentChecksum(json), stamped.metadata().checksum());
  }

  @Test
  void numbersAreFormattedAsEcmaScriptFormatsTheirDouble() throws IOException {
    Random random = new Random(8_785);
    for (int i = 0; i < 50_000; i++) {
      int digits = 1 + random.nextInt(Jcs.MAX_SIGNIFICANT_DIGITS);
      BigInteger unscaled = new BigInteger(String.valueOf(1 + random.nextInt(9))
          + String.valueOf(Math.abs(random.nextLong())).repeat(2).substring(0, digits - 1));
      BigDecimal number = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(60) - 30);
      assertEquals(NumberToJSON.serializeNumber(number.doubleValue()), Jcs.canonical(number), number::toString);
    }
    for (String edge : List.of("0", "0.000", "1e21", "1e20", "123456789012345e7", "1e-6", "1e-7", "0.000001234",
        "-0.0000001", "999999999999999", "0.1", "1e-307", "1.5e300", "9.99999999999999e307")) {
      BigDecimal number = new BigDecimal(edge);
      assertEquals(NumberToJSON.serializeNumber(number.doubleValue()), Jcs.canonical(number), edge);
    }
  }

  @Test
  void numbersADoubleCannotHoldHaveNoCanonicalForm() {
    assertTrue(Jcs.isExactAsDouble(new BigDecimal("123456789012345")));
    assertTrue(Jcs.isExactAsDouble(new BigDecimal("1234567890.12345000")));
    assertFalse(Jcs.isExactAsDouble(new BigDecimal("1234567890123456")));
    assertFalse(Jcs.isExactAsDouble(new BigDecimal("0.1000000000000001")));
    assertFalse(Jcs.isExactAsDouble(new BigDecimal("5e-324")), "subnormal");
    assertFalse(Jcs.isExactAsDouble(new BigDecimal("2e308")), "infinite as a double");
    assertThrows(IllegalArgumentException.class, () -> Jcs.canonical(new BigDecimal("9007199254740993")));
  }

  @Test
  void theDigestIsTheHashOfTheCanonicalTextWhereverItsChunksEnd() throws Exception {
    // Far more than one chunk, with surrogate pairs, escapes and non-ASCII text all along, so
    // that chunks end next to each of them.
    Random random = new Random(8_785);
    List<Object> items = new java.util.ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      items.add(Map.of("t" + random.nextInt(1_000), "\uD83D\uDE00".repeat(random.nextInt(4)) + "é\n\u0001",
          "n", BigDecimal.valueOf(random.nextInt(), random.nextInt(6))));
    }
    MessageDigest streamed = MessageDigest.getInstance("SHA-256");
    Jcs.digest(items, streamed);
    byte[] whole = MessageDigest.getInstance("SHA-256").digest(Jcs.canonical(items).getBytes(StandardCharsets.UTF_8));
    assertEquals(HexFormat.of().formatHex(whole), HexFormat.of().formatHex(streamed.digest()));
  }

  @Test
  void keysAreSortedByUtf16CodeUnitsAndStringsEscapedAsJcsSays() throws IOException {
    // The RFC's own sorting example (3.2.3), plus every kind of string escape.
    Map<String, Object> value = new java.util.HashMap<>();
    for (String key : List.of("\u20ac", "\r", "\ufb33", "1", "\ud83d\ude00", "\u0080", "\u00f6", "a\"b\\c")) {
      value.put(key, "a\"b\\c\u0000\u001f\u007f\b\t\n\f\r/é\ud83d\ude00\u2028");
    }
    value.put("n", List.of(new BigDecimal("1E+30"), new BigDecimal("-12.50"), 0, Long.MAX_VALUE / 10_000, true));
    String ours = Jcs.canonical(value);
    String json = BundledJson.MAPPER.writeValueAsString(value);
    assertEquals(new JsonCanonicalizer(json).getEncodedString(), ours);
  }

  /** A plausible catalog that passes every check. */
  static Catalog validCatalog() {
    for (long seed = 1; ; seed++) {
      Catalog catalog = Generators.plausible(seed);
      if (CatalogReader.standard().validate(catalog).isValid()) {
        return catalog;
      }
    }
  }

  @Test
  void checksumsOfSdk010AreRecognisedAndSealingFixesThem(@TempDir Path dir) throws IOException {
    Catalog catalog = validCatalog();
    String legacy = ContentChecksum.legacyOf(catalog).orElseThrow();
    assertNotEquals(legacy, ContentChecksum.of(catalog));
    Path file = dir.resolve("old.json");
    // As 0.1.0 wrote it: the SDK's JSON with the old checksum.
    String fresh = CatalogExporter.json(catalog);
    Files.writeString(file, fresh.replace(ContentChecksum.of(catalog), legacy));
    List<ValidationError> errors = CatalogReader.standard().validate(file).errors();
    assertEquals(1, errors.size(), errors::toString);
    assertEquals(ErrorCode.OUTDATED_CHECKSUM, errors.get(0).code());
    assertEquals("/metadata/checksum", errors.get(0).pointer());

    String sealed = CatalogReader.standard().seal(file);
    assertEquals(fresh, Files.readString(file));
    assertEquals(independentChecksum(fresh), sealed);
    assertTrue(CatalogReader.standard().validate(file).isValid());
  }

  @Test
  void anEditedFileIsAMismatchUntilSealedAndAnyKeyOrderOrSpacingKeepsTheChecksum(@TempDir Path dir)
      throws IOException {
    Catalog catalog = validCatalog();
    ObjectNode tree = (ObjectNode) BundledJson.MAPPER.readTree(CatalogExporter.json(catalog));
    // Another tool's spelling of the same document: compact, with a stray space.
    String respelled = BundledJson.MAPPER.writeValueAsString(tree).replace("\"metadata\":{", "\"metadata\":{ ");
    Path file = dir.resolve("c.json");
    Files.writeString(file, respelled);
    assertTrue(CatalogReader.standard().validate(file).isValid(), () -> CatalogReader.standard().validate(file).toString());

    ((ObjectNode) tree.get("metadata")).put("dataVersion", "9.9.9");
    Files.writeString(file, BundledJson.MAPPER.writeValueAsString(tree));
    assertTrue(CatalogReader.standard().validate(file).has(ErrorCode.CHECKSUM_MISMATCH, "/metadata/checksum"));
    String sealed = CatalogReader.standard().seal(file);
    assertEquals(independentChecksum(Files.readString(file)), sealed);
    assertEquals("9.9.9", CatalogReader.standard().load(file).metadata().dataVersion());
  }

  @Test
  void sealingAnInvalidFileWritesNothing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    String broken = CatalogExporter.json(validCatalog()).replace("\"schemaVersion\"", "\"schemaVersions\"");
    Files.writeString(file, broken);
    assertThrows(cat.xmess.catalog.CatalogValidationException.class, () -> CatalogReader.standard().seal(file));
    assertEquals(broken, Files.readString(file));
    try (var listing = Files.list(dir)) {
      assertEquals(1, listing.count(), "no temporary file left");
    }
  }
}
