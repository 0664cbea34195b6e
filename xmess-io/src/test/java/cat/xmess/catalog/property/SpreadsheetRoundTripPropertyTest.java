package cat.xmess.catalog.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.ReadLimits;
import cat.xmess.io.internal.codec.CatalogCodec;
import cat.xmess.io.internal.sheets.CsvSheets;
import cat.xmess.io.internal.sheets.Flatten;
import cat.xmess.io.internal.sheets.Grid;
import cat.xmess.io.internal.sheets.Layout;
import cat.xmess.io.internal.sheets.Unflatten;
import cat.xmess.io.internal.sheets.XlsxRead;
import cat.xmess.io.internal.sheets.XlsxWrite;
import cat.xmess.model.Catalog;
import cat.xmess.model.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Export then import gives back the same JSON value, through a real XLSX file and through a real
 * directory of CSV files: generated catalogs ({@link Generators.Plausible}, every shape of record,
 * network facts, extensions, figures) whose every string is then replaced by tricky text (controls,
 * carriage returns, line separators, astral characters, unpaired surrogates, a literal {@code
 * _x0041_}, {@code |} and {@code \} in list items, leading {@code = ' -}). Validation is not
 * involved: the property is about the flat form alone, valid or not.
 */
@SuppressWarnings("deprecation")
@ExtendWith(InstancioExtension.class)
class SpreadsheetRoundTripPropertyTest {
  private static final CatalogCodec CODEC = new CatalogCodec(ReadLimits.DEFAULT);
  private static final String[] TRICKY = {
      "a", "Z", " ", "|", "\\", "\\|", "\"", "'", "=", "-", "+", "@", "\n", "\r", "\r\n", "\t", "\u0000", "\u0001",
      "\u001F", "\u007F", "l·l", "€", "\u00A0", "\u2028", "\uFEFF", "😀", "𝄞", "\uD800", "\uDC00", "_x0041_",
      "_x005F_", "_x", "&amp;", "<t>", "]]>", "1e5", "0801", "\uFFFE",
  };

  @ParameterizedTest(name = "sample {index}")
  @InstancioSource(samples = 60)
  @Seed(13_001)
  void xlsxExportThenImportGivesTheSameDocument(@Given(Generators.Plausible.class) Catalog catalog)
      throws IOException {
    JsonNode document = tricky(catalog, catalog.hashCode());
    List<Grid.Sheet> sheets = new Flatten(CODEC).sheets(document, null);
    Path file = Files.createTempFile("xmess-property", ".xlsx");
    try {
      Files.write(file, XlsxWrite.write(sheets, List.of(Language.EN)));
      Set<String> names = Layout.get().sheets().stream().map(Layout.SheetSpec::name).collect(Collectors.toSet());
      XlsxRead.Result read = XlsxRead.read(file, names, 64L << 20, 128L << 20, 1 << 20);
      assertEquals(List.of(), read.errors());
      Unflatten.Result back = new Unflatten(CODEC).read(read.sheets(), "");
      assertEquals(List.of(), back.errors());
      assertSame(document, back.document());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @ParameterizedTest(name = "sample {index}")
  @InstancioSource(samples = 60)
  @Seed(13_002)
  void csvExportThenImportGivesTheSameDocument(@Given(Generators.Plausible.class) Catalog catalog)
      throws IOException {
    // No UTF-8 file can hold an unpaired surrogate (the JSON format escapes it; XLSX writes _xD800_).
    JsonNode document = CODEC.readTree(CODEC.toCompactJson(tricky(catalog, catalog.hashCode() + 1L))
        .replaceAll("\\\\u[dD][89a-fA-F][0-9a-fA-F]{2}", "?").getBytes(StandardCharsets.UTF_8));
    Map<String, String> files = CsvSheets.write(new Flatten(CODEC).sheets(document, (pointer, key) -> "layer-x"));
    Path dir = Files.createTempDirectory("xmess-property");
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
      List<String> names = Layout.get().sheets().stream().map(Layout.SheetSpec::name).toList();
      XlsxRead.Result read = CsvSheets.read(dir, names, 64L << 20, 1 << 20);
      assertEquals(List.of(), read.errors());
      Unflatten.Result back = new Unflatten(CODEC).read(read.sheets(), ".csv");
      assertEquals(List.of(), back.errors());
      assertSame(document, back.document());
    } finally {
      try (var list = Files.list(dir)) {
        for (Path p : list.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  /** Equal documents, or a failure naming the first place they differ. */
  private static void assertSame(JsonNode expected, JsonNode actual) {
    if (!expected.equals(actual)) {
      assertEquals(expected.toString(), actual.toString(), "first difference at " + difference(expected, actual, ""));
    }
  }

  private static String difference(JsonNode expected, JsonNode actual, String at) {
    if (expected.isContainer() && actual != null && actual.getNodeType() == expected.getNodeType()) {
      java.util.Set<String> names = new java.util.TreeSet<>();
      if (expected.isObject()) {
        names.addAll(expected.propertyNames());
        names.addAll(actual.propertyNames());
        for (String name : names) {
          if (!java.util.Objects.equals(expected.get(name), actual.get(name))) {
            return expected.get(name) == null ? at + "/" + name + " (added)"
                : difference(expected.get(name), actual.get(name), at + "/" + name);
          }
        }
      } else {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
          if (!java.util.Objects.equals(expected.get(i), actual.get(i))) {
            return expected.get(i) == null ? at + "/" + i + " (added)" : difference(expected.get(i), actual.get(i), at + "/" + i);
          }
        }
      }
    }
    return at + ": " + expected + " became " + actual;
  }

  /** The catalog's document, every string (not keys) replaced by tricky non-empty text. */
  private static JsonNode tricky(Catalog catalog, long seed) {
    ObjectNode document = (ObjectNode) CODEC.readTree(CODEC.toCanonicalBytes(catalog));
    java.util.Random random = new java.util.Random(seed);
    replaceStrings(document, random);
    assertTrue(document.has("metadata"));
    return document;
  }

  private static void replaceStrings(JsonNode node, java.util.Random random) {
    if (node instanceof ObjectNode object) {
      for (String name : List.copyOf(object.propertyNames())) {
        JsonNode child = object.get(name);
        if (child.isString()) {
          object.put(name, text(random));
        } else {
          replaceStrings(child, random);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isString()) {
          array.set(i, array.stringNode(text(random)));
        } else {
          replaceStrings(array.get(i), random);
        }
      }
    }
  }

  private static String text(java.util.Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(6) + 1; i > 0; i--) {
      text.append(TRICKY[random.nextInt(TRICKY.length)]);
    }
    return text.toString();
  }
}
