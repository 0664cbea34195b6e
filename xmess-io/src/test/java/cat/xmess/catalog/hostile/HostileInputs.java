package cat.xmess.catalog.hostile;

import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.bundled.BundledJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile inputs of issue 6, each with the error it must be refused with: files that are not
 * JSON, abusive JSON, and valid JSON that is not a valid catalog. Shared by the API tests, the
 * CLI tests and the bounded-heap run of the CLI module (which is why it is public and in the test
 * jar). Catalog-shaped cases are small changes to the real bundled catalog.
 */
public final class HostileInputs {
  private HostileInputs() {}

  /** Writes an input; large ones are streamed so that they never need to be held in memory. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * One hostile input.
   *
   * @param name what it is
   * @param codes the error codes any of which is the right answer
   * @param pointer where that error must point: at this pointer or below it ("" for anywhere)
   * @param large whether it is too large to hold in memory twice (written to a file only)
   */
  public record Case(String name, Set<ErrorCode> codes, String pointer, boolean large, Content content) {
    /** Whether {@code error} is the error this case must produce. */
    public boolean matches(ValidationError error) {
      return codes.contains(error.code()) && isAtOrBelow(error.pointer(), pointer);
    }

    /** The input's bytes. */
    public byte[] bytes() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        content.writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }

    /** Writes the input to {@code file}, streaming it. */
    public Path writeTo(Path file) {
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        content.writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return file;
    }

    /** A file name for the case. */
    public String fileName() {
      return name.replaceAll("[^A-Za-z0-9]+", "-") + ".json";
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Whether {@code pointer} is {@code place} or below it; every pointer is below "". */
  public static boolean isAtOrBelow(String pointer, String place) {
    return place.isEmpty() || pointer.equals(place) || pointer.startsWith(place + "/");
  }

  /** Every case: not JSON, abusive JSON, invalid catalogs. */
  public static List<Case> all() {
    List<Case> all = new ArrayList<>(notJson());
    all.addAll(abusive());
    all.addAll(invalidCatalogs());
    return all;
  }

  // -- not JSON -------------------------------------------------------------------------------

  public static List<Case> notJson() {
    byte[] bundled = BundledJson.bytes();
    String canonical = canonical();
    Random random = new Random(6);
    byte[] garbage = new byte[4096];
    random.nextBytes(garbage);
    garbage[0] = (byte) 0x89; // a PNG-like start, so that the first byte alone is not the giveaway
    List<Case> cases = new ArrayList<>();
    cases.add(syntax("empty file", new byte[0]));
    cases.add(syntax("only white space", "  \n\t \r\n".getBytes(StandardCharsets.US_ASCII)));
    cases.add(syntax("binary garbage (4 KiB, seed 6)", garbage));
    cases.add(syntax("truncated document", Arrays.copyOf(bundled, bundled.length / 2)));
    cases.add(syntax("UTF-16 with a byte order mark", canonical.getBytes(StandardCharsets.UTF_16)));
    cases.add(syntax("UTF-16LE without a byte order mark", canonical.getBytes(StandardCharsets.UTF_16LE)));
    cases.add(syntax("UTF-32 with a byte order mark",
        concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, canonical.getBytes(java.nio.charset.Charset.forName("UTF-32BE")))));
    cases.add(new Case("invalid UTF-8 (0xFF) in a title", EnumSet.of(ErrorCode.SYNTAX_ERROR), "/metadata",
        false, out -> out.write(withBytesInFirstTitle(canonical, 0xFF))));
    cases.add(new Case("overlong UTF-8 (0xC0 0x80) in a title", EnumSet.of(ErrorCode.SYNTAX_ERROR), "/metadata",
        false, out -> out.write(withBytesInFirstTitle(canonical, 0xC0, 0x80))));
    cases.add(new Case("UTF-8-encoded surrogate (0xED 0xA0 0x80) in a title", EnumSet.of(ErrorCode.SYNTAX_ERROR),
        "/metadata", false, out -> out.write(withBytesInFirstTitle(canonical, 0xED, 0xA0, 0x80))));
    cases.add(new Case("raw NUL byte in a title", EnumSet.of(ErrorCode.SYNTAX_ERROR), "/metadata", false,
        out -> out.write(withBytesInFirstTitle(canonical, 0x00))));
    cases.add(syntax("NUL bytes after the document", concat(bundled, new byte[] {0, 0, 0, 0})));
    cases.add(syntax("NUL bytes only", new byte[64]));
    cases.add(rootType("an array at the root", "[" + canonical + "]"));
    cases.add(rootType("a number at the root", "42"));
    cases.add(rootType("a string at the root", "\"catalog\""));
    cases.add(rootType("null at the root", "null"));
    cases.add(rootType("true at the root", "true"));
    cases.add(syntax("trailing content after the document", (canonical + "\n{\"metadata\": {}}").getBytes(StandardCharsets.UTF_8)));
    cases.add(syntax("trailing garbage after the document", (canonical + " xyz").getBytes(StandardCharsets.UTF_8)));
    return cases;
  }

  // -- abusive JSON ---------------------------------------------------------------------------

  /** Inputs built to exhaust memory or time; several are far larger than the default limits. */
  public static List<Case> abusive() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("arrays nested 100,000 deep", EnumSet.of(ErrorCode.LIMIT_EXCEEDED), "", false,
        out -> {
          ascii(out, "{\"metadata\": ");
          repeat(out, "[", 100_000);
          repeat(out, "]", 100_000);
          ascii(out, "}");
        }));
    cases.add(new Case("objects nested 100,000 deep", EnumSet.of(ErrorCode.LIMIT_EXCEEDED), "", false,
        out -> {
          repeat(out, "{\"a\":", 100_000);
          ascii(out, "1");
          repeat(out, "}", 100_000);
        }));
    cases.add(new Case("a 100 MB string", EnumSet.of(ErrorCode.LIMIT_EXCEEDED), "", true,
        out -> {
          ascii(out, "{\"metadata\": {\"description\": {\"ca\": \"");
          repeat(out, "x".repeat(1000), 100_000);
          ascii(out, "\"}}}");
        }));
    cases.add(new Case("a 2 Mi-character string in an initiative (3 MB file)", EnumSet.of(ErrorCode.LIMIT_EXCEEDED),
        "", false, out -> {
          ObjectNode tree = BundledJson.treeWithoutChecksum();
          ((ObjectNode) tree.at("/initiatives/0")).put("notes", "y".repeat(2 << 20));
          out.write(BundledJson.write(tree));
        }));
    cases.add(new Case("a million-element array", EnumSet.of(ErrorCode.LIMIT_EXCEEDED), "", false,
        out -> elements(out, "0", 1_000_000)));
    cases.add(new Case("a million empty objects", EnumSet.of(ErrorCode.LIMIT_EXCEEDED), "", false,
        out -> elements(out, "{}", 1_000_000)));
    // Under the token limit: the schema check must stop listing errors instead of making 400,000.
    cases.add(new Case("200,000 wrong initiatives (under the token limit)", EnumSet.of(ErrorCode.LIMIT_EXCEEDED),
        "", false, out -> elements(out, "{}", 200_000)));
    cases.add(new Case("a number with 10,000 digits", EnumSet.of(ErrorCode.LIMIT_EXCEEDED), "", false,
        out -> out.write(replaceFirstYear("9".repeat(10_000)))));
    cases.add(new Case("a fraction with 10,000 digits", EnumSet.of(ErrorCode.LIMIT_EXCEEDED), "", false,
        out -> out.write(replaceFirstYear("0." + "1".repeat(10_000)))));
    cases.add(new Case("a short number of 100,000 decimal digits (1e100000)", EnumSet.of(ErrorCode.OUT_OF_RANGE),
        "/initiatives", false, out -> out.write(replaceFirstYear("1e100000"))));
    cases.add(new Case("duplicate key at the root", EnumSet.of(ErrorCode.DUPLICATE_KEY), "", false,
        out -> out.write(utf8(canonical().replaceFirst("\\{", "{\"initiatives\": [], ")))));
    cases.add(new Case("duplicate key in the metadata", EnumSet.of(ErrorCode.DUPLICATE_KEY), "/metadata", false,
        out -> out.write(utf8(canonical().replaceFirst("\"schemaVersion\":", "\"dataVersion\": \"9.9.9\", \"schemaVersion\":")))));
    cases.add(new Case("duplicate key in a codelist label", EnumSet.of(ErrorCode.DUPLICATE_KEY), "/codelists", false,
        out -> out.write(utf8(duplicateKeyIn(canonical(), "\"codelists\"", "\"ca\":")))));
    cases.add(new Case("duplicate key in the last initiative", EnumSet.of(ErrorCode.DUPLICATE_KEY), "/initiatives",
        false, out -> out.write(utf8(duplicateLastKey(canonical(), "\"confidence\":")))));
    return cases;
  }

  // -- valid JSON, invalid catalog ------------------------------------------------------------

  public static List<Case> invalidCatalogs() {
    JsonNode bundled = BundledJson.tree();
    int town = first(bundled, "/memberBodies", b -> b.has("ineCode"));
    String ine = bundled.at("/memberBodies/" + town + "/ineCode").asString();
    int otherTown = first(bundled, "/memberBodies", b -> b.has("ineCode") && !b.get("ineCode").asString().equals(ine));
    int withYear = first(bundled, "/initiatives", i -> i.has("yearStart"));
    int ledByMember = first(bundled, "/initiatives", i -> i.has("memberBody"));
    int joined = first(bundled, "/memberBodies", b -> b.has("joined"));
    String body = "/memberBodies/" + town;
    List<Case> cases = new ArrayList<>();
    cases.add(changed("member bodies as a number", ErrorCode.WRONG_TYPE, "/memberBodies",
        t -> t.put("memberBodies", 5)));
    cases.add(changed("a title as a string", ErrorCode.WRONG_TYPE, "/initiatives/0/title",
        t -> obj(t, "/initiatives/0").put("title", "Títol")));
    cases.add(changed("a year as a string", ErrorCode.WRONG_TYPE, "/initiatives/" + withYear + "/yearStart",
        t -> obj(t, "/initiatives/" + withYear).put("yearStart", "2019")));
    cases.add(changed("an initiative without its id", ErrorCode.MISSING_REQUIRED, "/initiatives/0/id",
        t -> obj(t, "/initiatives/0").remove("id")));
    cases.add(changed("no codelists", ErrorCode.MISSING_REQUIRED, "/codelists", t -> t.remove("codelists")));
    cases.add(changed("an unknown field in an initiative", ErrorCode.UNKNOWN_FIELD, "/initiatives/0/colour",
        t -> obj(t, "/initiatives/0").put("colour", "red")));
    cases.add(changed("an unknown field in the metadata", ErrorCode.UNKNOWN_FIELD, "/metadata/publisher",
        t -> obj(t, "/metadata").put("publisher", "x")));
    cases.add(changed("a duplicate initiative id", ErrorCode.DUPLICATE_ID, "/initiatives/1",
        t -> obj(t, "/initiatives/1").put("id", t.at("/initiatives/0/id").asString())));
    cases.add(changed("a duplicate member body id", ErrorCode.DUPLICATE_ID, "/memberBodies/1",
        t -> obj(t, "/memberBodies/1").put("id", t.at("/memberBodies/0/id").asString())));
    cases.add(changed("a duplicate source id", ErrorCode.DUPLICATE_ID, "/sources/1",
        t -> obj(t, "/sources/1").put("id", t.at("/sources/0/id").asString())));
    cases.add(changed("a dangling theme code", ErrorCode.UNKNOWN_CODE, "/initiatives/0/themes/0",
        t -> arr(t, "/initiatives/0/themes").set(0, "no-such-theme")));
    cases.add(changed("a dangling category", ErrorCode.UNKNOWN_CODE, "/initiatives/0/category",
        t -> obj(t, "/initiatives/0").put("category", "no-such-category")));
    cases.add(changed("a dangling member body id", ErrorCode.UNKNOWN_MEMBER_BODY,
        "/initiatives/" + ledByMember + "/memberBody",
        t -> obj(t, "/initiatives/" + ledByMember).put("memberBody", "ajuntament-denlloc")));
    cases.add(changed("a dangling source id", ErrorCode.UNKNOWN_SOURCE, "/memberBodies/0/sourceIds/0",
        t -> arr(t, "/memberBodies/0/sourceIds").set(0, "S999")));
    cases.add(changed("an INE code with letters", ErrorCode.INVALID_FORMAT, body + "/ineCode",
        t -> obj(t, body).put("ineCode", "08A19")));
    cases.add(changed("an INE code of four digits", ErrorCode.INVALID_FORMAT, body + "/ineCode",
        t -> obj(t, body).put("ineCode", ine.substring(0, 4))));
    cases.add(changed("an Idescat code with the wrong control digit", ErrorCode.INVALID_IDESCAT_CODE,
        body + "/idescatCode", t -> {
          String idescat = t.at(body + "/idescatCode").asString();
          obj(t, body).put("idescatCode", idescat.substring(0, 5) + (char) ('0' + (idescat.charAt(5) - '0' + 1) % 10));
        }));
    cases.add(changed("an INE code of another town", ErrorCode.INE_IDESCAT_MISMATCH, body,
        t -> obj(t, body).put("ineCode", t.at("/memberBodies/" + otherTown + "/ineCode").asString())));
    cases.add(changed("schema version from the future (2.0.0)", ErrorCode.UNSUPPORTED_SCHEMA_VERSION,
        "/metadata/schemaVersion", t -> obj(t, "/metadata").put("schemaVersion", "2.0.0")));
    cases.add(changed("schema version from the far future (99.1.0) with new fields",
        ErrorCode.UNSUPPORTED_SCHEMA_VERSION, "/metadata/schemaVersion", t -> {
          obj(t, "/metadata").put("schemaVersion", "99.1.0");
          t.put("somethingNew", true);
        }));
    cases.add(changed("a label without its Spanish", ErrorCode.MISSING_TRANSLATION, "/codelists/themes/0/label",
        t -> obj(t, "/codelists/themes/0/label").remove("es")));
    cases.add(changed("a title with only Catalan", ErrorCode.MISSING_TRANSLATION, "/initiatives/0/title",
        t -> {
          obj(t, "/initiatives/0/title").remove("es");
          obj(t, "/initiatives/0/title").remove("en");
        }));
    Set<ErrorCode> emptyText = EnumSet.of(ErrorCode.MISSING_REQUIRED, ErrorCode.MISSING_TRANSLATION,
        ErrorCode.OUT_OF_RANGE, ErrorCode.INVALID_FORMAT);
    cases.add(changed("an empty title", emptyText, "/initiatives/0/title",
        t -> obj(t, "/initiatives/0/title").put("ca", "")));
    cases.add(changed("a title of spaces", emptyText, "/initiatives/0/title",
        t -> obj(t, "/initiatives/0/title").put("en", "   ")));
    cases.add(changed("an empty id", emptyText, "/initiatives/0/id", t -> obj(t, "/initiatives/0").put("id", "")));
    cases.add(changed("an empty member body name", emptyText, "/memberBodies/0/name",
        t -> obj(t, "/memberBodies/0/name").put("ca", "")));
    cases.add(changed("an empty source title", emptyText, "/sources/0/title", t -> obj(t, "/sources/0").put("title", "")));
    cases.add(changed("a start year of 99999", ErrorCode.OUT_OF_RANGE, "/initiatives/" + withYear + "/yearStart",
        t -> obj(t, "/initiatives/" + withYear).put("yearStart", 99_999)));
    cases.add(changed("a start year of -2019", ErrorCode.OUT_OF_RANGE, "/initiatives/" + withYear + "/yearStart",
        t -> obj(t, "/initiatives/" + withYear).put("yearStart", -2019)));
    cases.add(changed("a member that joined in 3000", ErrorCode.OUT_OF_RANGE, "/memberBodies/" + joined + "/joined",
        t -> obj(t, "/memberBodies/" + joined).put("joined", 3000)));
    return cases;
  }

  // -- helpers --------------------------------------------------------------------------------

  /** The bundled catalog without its checksum, compact: the base of every catalog-shaped case. */
  public static String canonical() {
    return new String(BundledJson.write(BundledJson.treeWithoutChecksum()), StandardCharsets.UTF_8);
  }

  private static Case syntax(String name, byte[] bytes) {
    return new Case(name, EnumSet.of(ErrorCode.SYNTAX_ERROR), "", false, out -> out.write(bytes));
  }

  private static Case rootType(String name, String json) {
    return new Case(name, EnumSet.of(ErrorCode.WRONG_TYPE), "", false, out -> out.write(utf8(json)));
  }

  private static Case changed(String name, ErrorCode code, String pointer, Consumer<ObjectNode> change) {
    return changed(name, EnumSet.of(code), pointer, change);
  }

  private static Case changed(String name, Set<ErrorCode> codes, String pointer, Consumer<ObjectNode> change) {
    ObjectNode tree = BundledJson.treeWithoutChecksum();
    change.accept(tree);
    byte[] bytes = BundledJson.write(tree);
    return new Case(name, codes, pointer, false, out -> out.write(bytes));
  }

  private static ObjectNode obj(JsonNode tree, String pointer) {
    return (ObjectNode) tree.at(pointer);
  }

  private static ArrayNode arr(JsonNode tree, String pointer) {
    return (ArrayNode) tree.at(pointer);
  }

  private static int first(JsonNode tree, String list, java.util.function.Predicate<JsonNode> test) {
    JsonNode items = tree.at(list);
    for (int i = 0; i < items.size(); i++) {
      if (test.test(items.get(i))) {
        return i;
      }
    }
    throw new IllegalStateException("No element of " + list + " fits the case");
  }

  /** The catalog with {@code count} copies of {@code item} as its initiatives. */
  private static void elements(OutputStream out, String item, int count) throws IOException {
    String text = canonical();
    int at = text.indexOf("\"initiatives\":[") + "\"initiatives\":[".length();
    int end = text.lastIndexOf("]}");
    out.write(utf8(text.substring(0, at)));
    byte[] one = utf8(item);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(one);
    }
    out.write(utf8(text.substring(end)));
  }

  /** The catalog with the first initiative's start year written as {@code number}. */
  private static byte[] replaceFirstYear(String number) {
    String text = canonical();
    java.util.regex.Matcher year = java.util.regex.Pattern.compile("\"yearStart\":(\\d+)").matcher(text);
    if (!year.find()) {
      throw new IllegalStateException("the bundled catalog has no yearStart");
    }
    return utf8(text.substring(0, year.start(1)) + number + text.substring(year.end(1)));
  }

  private static byte[] withBytesInFirstTitle(String canonical, int... raw) {
    byte[] text = utf8(canonical);
    byte[] marker = utf8("\"title\":{\"ca\":\"");
    int at = indexOf(text, marker) + marker.length;
    byte[] inserted = new byte[raw.length];
    for (int i = 0; i < raw.length; i++) {
      inserted[i] = (byte) raw[i];
    }
    return concat(concat(Arrays.copyOf(text, at), inserted), Arrays.copyOfRange(text, at, text.length));
  }

  /** {@code key} written twice in the first object after {@code after}. */
  private static String duplicateKeyIn(String text, String after, String key) {
    int at = text.indexOf(key, text.indexOf(after));
    return text.substring(0, at) + key + "\"x\"," + text.substring(at);
  }

  private static String duplicateLastKey(String text, String key) {
    int at = text.lastIndexOf(key);
    return text.substring(0, at) + key + "\"low\"," + text.substring(at);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("marker not found");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void ascii(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static void repeat(OutputStream out, String text, int times) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < times; i++) {
      out.write(bytes);
    }
  }
}
