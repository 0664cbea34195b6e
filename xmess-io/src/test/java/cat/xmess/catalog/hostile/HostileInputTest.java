package cat.xmess.catalog.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import cat.xmess.io.internal.validation.ErrorCap;
import cat.xmess.model.Language;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every hostile input of {@link HostileInputs}, through the API: as a file, as bytes and as a
 * stream, {@code validate} reports the expected error at the expected place with a complete
 * one-line message, and {@code load} throws {@link CatalogValidationException} with the same
 * report. Time and heap bounds are checked in a JVM of 256 MB by the CLI module's
 * {@code HostileInputBoundsTest}, which runs the same cases.
 */
class HostileInputTest {
  private static final CatalogReader READER = CatalogReader.standard();

  @TempDir Path dir;

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cat.xmess.catalog.hostile.HostileInputs#all")
  void eachHostileInputIsRefusedWithAClearError(HostileInputs.Case hostile) {
    Path file = hostile.writeTo(dir.resolve(hostile.fileName()));
    ValidationReport report = READER.validate(file);
    assertRefused(hostile, report, "file");
    CatalogValidationException thrown = assertThrows(CatalogValidationException.class, () -> READER.load(file));
    assertEquals(report, thrown.report());
    assertTrue(thrown.getMessage().contains(report.errors().get(0).code().code()), thrown::getMessage);

    if (!hostile.large()) {
      byte[] bytes = hostile.bytes();
      assertRefused(hostile, READER.validate(bytes), "bytes");
      assertRefused(hostile, READER.validate(new ByteArrayInputStream(bytes)), "stream");
      assertThrows(CatalogValidationException.class, () -> READER.load(new ByteArrayInputStream(bytes)));
    }
  }

  static void assertRefused(HostileInputs.Case hostile, ValidationReport report, String as) {
    assertFalse(report.isValid(), () -> hostile + " (" + as + "): accepted");
    assertTrue(report.errors().stream().anyMatch(hostile::matches),
        () -> hostile + " (" + as + "): expected one of " + hostile.codes() + " at or below \"" + hostile.pointer()
            + "\", got " + report);
    assertTrue(report.errors().size() <= ErrorCap.MAX_ERRORS + 1,
        () -> hostile + ": " + report.errors().size() + " errors, more than the cap");
    for (ValidationError error : report.errors()) {
      for (Language language : Language.values()) {
        String message = error.message(language);
        assertFalse(message.isBlank(), () -> error + ": no message in " + language);
        assertFalse(message.contains("%s"), () -> error + ": unfilled template");
        // One readable line: hostile values are shortened, never echoed whole.
        assertTrue(message.length() < 600, () -> hostile + ": a message of " + message.length() + " characters");
        assertFalse(message.contains("\n"), () -> error + ": message on several lines");
        // Jackson's own setting names mean nothing to users of the SDK.
        assertFalse(message.contains("StreamReadConstraints"), () -> error + ": Jackson's names in the message");
      }
    }
  }

  @Test
  void limitErrorsNameTheReadLimitToRaise() {
    HostileInputs.Case deep = HostileInputs.abusive().get(0);
    ValidationError error = READER.validate(deep.bytes()).errors().get(0);
    assertEquals(ErrorCode.LIMIT_EXCEEDED, error.code());
    assertTrue(error.message(Language.EN).contains("ReadLimits.maxNestingDepth"), error::toString);
    assertTrue(error.message(Language.EN).contains("CatalogReader.withLimits"), error::toString);
  }

  @Test
  void aTooLargeFileIsRefusedBeforeItIsRead() {
    HostileInputs.Case huge = HostileInputs.abusive().stream().filter(HostileInputs.Case::large).findFirst().orElseThrow();
    Path file = huge.writeTo(dir.resolve("huge.json"));
    ValidationError error = READER.validate(file).errors().get(0);
    assertEquals(ErrorCode.LIMIT_EXCEEDED, error.code());
    assertTrue(error.message(Language.EN).contains("ReadLimits.maxDocumentBytes"), error::toString);
  }

  /** A UTF-8 byte order mark, as Windows editors write it, is accepted: RFC 8259 lets a reader ignore it. */
  @Test
  void aUtf8ByteOrderMarkIsAcceptedAndIgnored() {
    byte[] plain = BundledJson.bytes();
    byte[] withBom = new byte[plain.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, withBom, 3, plain.length);

    XmessCatalog loaded = READER.load(withBom);

    assertEquals(READER.load(plain).catalog(), loaded.catalog());
  }

  /** The limits can be raised: the 2 Mi-character string refused by default loads with a higher bound. */
  @Test
  void raisedLimitsAcceptWhatTheDefaultsRefuse() {
    ObjectNode tree = BundledJson.treeWithoutChecksum();
    ((ObjectNode) tree.at("/sources/0")).put("title", "y".repeat(2 << 20));
    byte[] bytes = BundledJson.write(tree);
    assertTrue(READER.validate(bytes).has(ErrorCode.LIMIT_EXCEEDED));
    CatalogReader generous = CatalogReader.withLimits(READER.limits().withMaxStringLength(4 << 20));
    ValidationReport report = generous.validate(bytes);
    assertFalse(report.has(ErrorCode.LIMIT_EXCEEDED), report::toString);
  }
}
