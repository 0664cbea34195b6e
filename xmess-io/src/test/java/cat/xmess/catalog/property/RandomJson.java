package cat.xmess.catalog.property;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Random inputs for a JSON reader, from raw bytes to catalog-shaped documents, driven by a seeded Random. */
final class RandomJson {
  private RandomJson() {}

  /** Field names of the catalog format, so that random objects reach past the first schema check. */
  private static final List<String> KEYS = List.of("metadata", "sources", "codelists", "network", "memberBodies",
      "initiatives", "schemaVersion", "dataVersion", "generated", "title", "description", "coverage", "license",
      "checksum", "id", "url", "attribution", "ca", "es", "en", "publisher", "urls", "date", "supports",
      "policyCategories", "administrationRoles", "policyInstruments", "themes", "targetGroups", "entityForms", "sdgs",
      "code", "label", "definition", "status", "replacedBy", "sourceIds", "mappings", "target", "match",
      "defaultCategory", "adminRoles", "name", "kind", "place", "ineCode", "idescatCode", "comarca", "province",
      "membershipStatus", "joined", "confidence", "notes", "memberBody", "leadBodyName", "category", "figures",
      "value", "text", "yearStart", "yearEnd", "inAbcGuide", "candidateBasis", "acronym", "founded", "timeline",
      "unknownField", "", "~", "/", "a/b~c");

  private static final List<String> STRINGS = List.of("", " ", "1.0.0", "2.0.0", "x", "S01", "cat-a", "2019",
      "2019-04-27", "high", "ajuntament", "barcelona", "verified", "unverified", "active", "08019", "080193",
      "https://example.org/", "sha256:" + "0".repeat(64), "\\u0000", "\\ud800", "\\uDC00x", "\\n", "\\\"", "é", "😀",
      "%s", "${x}", "\\u2028");

  private static final List<String> NUMBERS = List.of("0", "-0", "1", "-1", "2015", "2100", "2101", "1899",
      "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1.5", "1e3", "2.0e3", "1E+2", "1e-7",
      "1e400", "-1e400", "1e10000", "0.000000000000000000001", "12345678901234567890.5");

  static byte[] input(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> randomBytes(random);
      case 1 -> randomJsonAlphabet(random).getBytes(StandardCharsets.UTF_8);
      case 2 -> value(random, 4).getBytes(StandardCharsets.UTF_8);
      case 3, 4 -> catalogShaped(random).getBytes(StandardCharsets.UTF_8);
      case 5 -> deeplyNested(random).getBytes(StandardCharsets.UTF_8);
      case 6 -> invalidUtf8(random);
      default -> longTokens(random).getBytes(StandardCharsets.UTF_8);
    };
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(300)];
    random.nextBytes(bytes);
    return bytes;
  }

  private static String randomJsonAlphabet(Random random) {
    String alphabet = "{}[]:,\"\\ \n\t0123456789.-+eEtrufalsn";
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(200);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  /** A random JSON value; objects use the format's field names. */
  static String value(Random random, int depth) {
    int kind = random.nextInt(depth <= 0 ? 5 : 8);
    return switch (kind) {
      case 0 -> "null";
      case 1 -> random.nextBoolean() ? "true" : "false";
      case 2 -> NUMBERS.get(random.nextInt(NUMBERS.size()));
      case 3, 4 -> "\"" + STRINGS.get(random.nextInt(STRINGS.size())) + "\"";
      case 5 -> array(random, depth - 1);
      default -> object(random, depth - 1);
    };
  }

  private static String array(Random random, int depth) {
    StringBuilder text = new StringBuilder("[");
    int size = random.nextInt(4);
    for (int i = 0; i < size; i++) {
      text.append(i == 0 ? "" : ",").append(value(random, depth));
    }
    return text.append(']').toString();
  }

  private static String object(Random random, int depth) {
    StringBuilder text = new StringBuilder("{");
    int size = random.nextInt(5);
    for (int i = 0; i < size; i++) {
      text.append(i == 0 ? "" : ",").append('"').append(KEYS.get(random.nextInt(KEYS.size()))).append("\":")
          .append(value(random, depth));
    }
    return text.append('}').toString();
  }

  /** An object with the catalog's top-level fields, their values random but often of the right shape. */
  private static String catalogShaped(Random random) {
    String metadata = random.nextInt(3) == 0 ? value(random, 3)
        : "{\"schemaVersion\":\"" + (random.nextBoolean() ? "1.0.0" : STRINGS.get(random.nextInt(STRINGS.size())))
            + "\",\"dataVersion\":\"1.0.0\",\"generated\":\"" + (random.nextBoolean() ? "2026-11-27" : "2026-02-30")
            + "\",\"title\":" + (random.nextBoolean() ? "{\"ca\":\"t\"}" : value(random, 2))
            + ",\"license\":" + (random.nextBoolean()
                ? "{\"id\":\"CC-BY-4.0\",\"url\":\"https://creativecommons.org/licenses/by/4.0/\",\"attribution\":{\"ca\":\"a\"}}"
                : value(random, 2))
            + (random.nextBoolean() ? "" : ",\"checksum\":\"sha256:" + "ab".repeat(32) + "\"") + "}";
    StringBuilder text = new StringBuilder("{\"metadata\":").append(metadata)
        .append(",\"codelists\":").append(random.nextBoolean() ? "{}" : value(random, 3));
    for (String key : List.of("sources", "memberBodies", "initiatives", "network")) {
      if (random.nextBoolean()) {
        text.append(",\"").append(key).append("\":").append(random.nextBoolean() ? array(random, 3) : value(random, 3));
      }
    }
    if (random.nextInt(4) == 0) {
      text.append(",\"metadata\":{}"); // a duplicate key
    }
    return text.append('}').toString();
  }

  private static String deeplyNested(Random random) {
    int depth = 10 + random.nextInt(300);
    boolean arrays = random.nextBoolean();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      text.append(arrays ? "[" : "{\"metadata\":");
    }
    text.append("1");
    for (int i = 0; i < depth; i++) {
      text.append(arrays ? "]" : "}");
    }
    return text.toString();
  }

  private static byte[] invalidUtf8(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] prefix = "{\"metadata\":{\"schemaVersion\":\"1.0.0\",\"title\":{\"ca\":\"".getBytes(StandardCharsets.UTF_8);
    out.write(prefix, 0, prefix.length);
    byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
    byte[] chosen = bad[random.nextInt(bad.length)];
    out.write(chosen, 0, chosen.length);
    byte[] suffix = "\"}},\"codelists\":{}}".getBytes(StandardCharsets.UTF_8);
    out.write(suffix, 0, suffix.length);
    return out.toByteArray();
  }

  /** Tokens past the reader's limits: long numbers, long names. */
  private static String longTokens(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> "{\"metadata\":{\"schemaVersion\":" + "9".repeat(60 + random.nextInt(40)) + "},\"codelists\":{}}";
      case 1 -> "{\"" + "k".repeat(1000 + random.nextInt(60_000)) + "\":1}";
      default -> "{\"initiatives\":[{\"figures\":[{\"name\":\"x\",\"value\":" + "1".repeat(20 + random.nextInt(80))
          + "." + "5".repeat(random.nextInt(20)) + "}]}]}";
    };
  }
}
