package cat.xmess.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class QuickStartTest {

  /**
   * What the quick start prints, checked against facts read from the bundled catalog's JSON with
   * plain Jackson ({@link BundledJson}), not with the SDK calls the quick start makes.
   */
  @Test
  void runsAndPrintsSearchHitsAndFilteredTitles() {
    String output = captureStdout(() -> QuickStart.main(new String[0]));
    List<String> lines = output.lines().toList();

    // The search for "contratacion publica" (Spanish, no accents) finds the two Catalan guides to
    // socially responsible public procurement ("contractació pública"), printed with their English titles.
    JsonNode json = BundledJson.tree();
    Map<String, JsonNode> initiatives = new LinkedHashMap<>();
    json.get("initiatives").forEach(it -> initiatives.put(it.get("id").asString(), it));
    for (String id : List.of("guia-contractacio-responsable-el-prat", "guia-contractacio-responsable-vilanova-i-la-geltru")) {
      String line = "initiative " + id + " " + initiatives.get(id).get("title").get("en").asString();
      assertTrue(lines.contains(line), () -> "missing search hit \"" + line + "\" in:\n" + output);
    }

    // The filter: the initiatives of category "boost" with a participating member body (lead or
    // co-member) in the province of Barcelona, and no other boost initiative.
    Map<String, String> provinceOfBody = new LinkedHashMap<>();
    json.get("memberBodies").forEach(body -> provinceOfBody.put(body.get("id").asString(),
        body.path("province").asString("")));
    List<String> inBarcelona = new ArrayList<>();
    List<String> elsewhere = new ArrayList<>();
    for (JsonNode it : initiatives.values()) {
      if (!it.path("category").asString("").equals("boost")) {
        continue;
      }
      List<String> bodies = new ArrayList<>();
      bodies.add(it.path("memberBody").asString(""));
      it.path("coMemberBodies").forEach(body -> bodies.add(body.asString()));
      boolean barcelona = bodies.stream().anyMatch(body -> "barcelona".equals(provinceOfBody.get(body)));
      (barcelona ? inBarcelona : elsewhere).add(it.get("title").get("ca").asString());
    }
    // Data 1.0.0 and 1.1.0: 9 boost initiatives, 6 of them in the province of Barcelona.
    assertEquals(6, inBarcelona.size(), inBarcelona::toString);
    assertEquals(3, elsewhere.size(), elsewhere::toString);
    for (String title : inBarcelona) {
      assertTrue(lines.contains(title), () -> "missing filtered title \"" + title + "\" in:\n" + output);
    }
    for (String title : elsewhere) {
      assertFalse(output.contains(title), () -> "a boost initiative outside Barcelona was printed: " + title);
    }
  }

  @Test
  void validateUserCatalogReportsValidAndInvalidFiles(@TempDir Path dir) throws Exception {
    Path valid = dir.resolve("valid.json");
    Files.writeString(valid, CatalogExporter.json(XmessCatalog.bundled().catalog()));
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    assertEquals(0, ValidateUserCatalog.validate(valid, new PrintStream(buffer, true, UTF_8)));
    assertTrue(buffer.toString(UTF_8).contains("valid"));

    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "[]");
    buffer.reset();
    assertEquals(1, ValidateUserCatalog.validate(broken, new PrintStream(buffer, true, UTF_8)));
    assertTrue(buffer.toString(UTF_8).contains("[wrong-type]"), buffer.toString(UTF_8));
  }

  private static String captureStdout(Runnable action) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      assertDoesNotThrow(action::run);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
