package cat.xmess.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Initiative;
import cat.xmess.model.Province;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartTest {

  @Test
  void runsAndPrintsSearchHitsAndFilteredTitles() {
    String output = captureStdout(() -> QuickStart.main(new String[0]));

    assertTrue(output.contains("initiative "), output);
    List<Initiative> boost = XmessCatalog.bundled().initiatives(
        InitiativeQuery.builder().category("boost").province(Province.BARCELONA).build());
    assertFalse(boost.isEmpty());
    boost.forEach(i -> assertTrue(output.contains(i.title().ca()), i.title().ca()));
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
