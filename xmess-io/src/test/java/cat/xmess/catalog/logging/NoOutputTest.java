package cat.xmess.catalog.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.XmessCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * An embedded library must not write to the host application's stdout. SLF4J here is slf4j-simple
 * at INFO writing to stdout (test simplelogger.properties), so anything the SDK prints or logs above
 * DEBUG while loading, validating and searching shows up in the captured stream.
 */
class NoOutputTest {

  @Test
  void loadValidateAndSearchPrintNothing(@TempDir Path dir) throws Exception {
    assertTrue(LoggerFactory.getLogger("cat.xmess").isInfoEnabled(),
        "the test's logging setup should make INFO logs visible");
    String captured = capturingStdout(() -> {
      XmessCatalog bundled = XmessCatalog.bundled();
      assertFalse(bundled.search("economia social").isEmpty());
      assertFalse(bundled.initiatives(InitiativeQuery.builder().policyCategory("boost").build()).isEmpty());

      Path valid = dir.resolve("valid.json");
      Files.writeString(valid, CatalogExporter.json(bundled.catalog()), StandardCharsets.UTF_8);
      assertTrue(XmessCatalog.validate(valid).isValid());
      assertEquals(bundled.catalog(), XmessCatalog.load(valid).catalog());

      Path invalid = dir.resolve("invalid.json");
      Files.writeString(invalid, "{\"metadata\": {}, \"extra\": 1}", StandardCharsets.UTF_8);
      assertFalse(XmessCatalog.validate(invalid).isValid());
      assertThrows(CatalogValidationException.class, () -> XmessCatalog.load(invalid));
      assertFalse(XmessCatalog.validate(dir.resolve("missing.json")).isValid());
    });
    assertEquals("", captured, "the SDK wrote to stdout");
  }

  @Test
  void theCaptureSeesLogsAboveDebug() throws Exception {
    // Guards the test above: an INFO log from a cat.xmess logger does reach the captured stdout.
    String captured = capturingStdout(
        () -> LoggerFactory.getLogger("cat.xmess.catalog.probe").info("probe"));
    assertTrue(captured.contains("probe"), captured);
  }

  private interface Action {
    void run() throws Exception;
  }

  private static String capturingStdout(Action action) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
