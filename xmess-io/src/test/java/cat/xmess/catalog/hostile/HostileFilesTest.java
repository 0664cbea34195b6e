package cat.xmess.catalog.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import cat.xmess.model.Catalog;
import cat.xmess.model.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read, or that change while they are read. */
class HostileFilesTest {
  private static final CatalogReader READER = CatalogReader.standard();

  @TempDir Path dir;

  @Test
  void aMissingFileIsAnIoErrorNamingIt() {
    Path missing = dir.resolve("absent").resolve("catalog.json");
    assertIoError(missing, "no such file");
  }

  @Test
  void aDirectoryIsAnIoErrorSayingSo() {
    assertIoError(dir, "is a directory");
  }

  /**
   * An unreadable file. chmod 000 stops every user but root, and tests may run as root (they do in
   * the project's container), so when chmod does not stop this process, a file whose read fails
   * with an I/O error stands in for it: /proc/self/mem, whose first page is never mapped (Linux).
   */
  @Test
  void anUnreadableFileIsAnIoError() throws IOException {
    Path locked = Files.writeString(dir.resolve("locked.json"), "{}");
    boolean posix = Files.getFileStore(locked).supportsFileAttributeView("posix");
    if (posix) {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    }
    Path unreadable = locked;
    if (!posix || Files.isReadable(locked)) {
      unreadable = Path.of("/proc/self/mem");
      org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(unreadable),
          "neither chmod 000 nor /proc/self/mem gives an unreadable file here");
    }
    ValidationError error = assertIoError(unreadable, unreadable.toString());
    assertFalse(error.message(Language.EN).contains("Exception"), error::toString);
  }

  /**
   * A file rewritten while it is read: each load reads one snapshot and either returns a catalog
   * equal to one of the versions written or refuses a torn read (syntax error or checksum
   * mismatch); a mixture of two versions is never accepted.
   */
  @Test
  void aFileThatChangesWhileReadIsReadAsOneSnapshotOrRefused() throws Exception {
    String first = CatalogExporter.json(XmessCatalog.bundled().catalog());
    Catalog firstCatalog = READER.load(first.getBytes(StandardCharsets.UTF_8)).catalog();
    byte[] smaller = FailedLoadTest.smallerCatalog();
    Catalog secondCatalog = READER.load(smaller).catalog();
    String second = CatalogExporter.json(secondCatalog);
    secondCatalog = READER.load(second.getBytes(StandardCharsets.UTF_8)).catalog();
    assertNotEquals(firstCatalog, secondCatalog);
    Path file = Files.writeString(dir.resolve("changing.json"), first);

    AtomicBoolean writing = new AtomicBoolean(true);
    Thread writer = new Thread(() -> {
      int round = 0;
      while (writing.get()) {
        try {
          Files.writeString(file, round++ % 2 == 0 ? second : first, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    });
    writer.start();
    int loaded = 0;
    int refused = 0;
    Set<ErrorCode> tornRead = EnumSet.of(ErrorCode.SYNTAX_ERROR, ErrorCode.CHECKSUM_MISMATCH, ErrorCode.IO_ERROR);
    try {
      for (int i = 0; i < 60; i++) {
        try {
          Catalog catalog = READER.load(file).catalog();
          assertTrue(catalog.equals(firstCatalog) || catalog.equals(secondCatalog), "a mixture was accepted");
          loaded++;
        } catch (CatalogValidationException e) {
          ValidationReport report = e.report();
          assertTrue(report.errors().stream().anyMatch(err -> tornRead.contains(err.code())),
              () -> "a torn read refused for another reason: " + report);
          refused++;
        }
      }
    } finally {
      writing.set(false);
      writer.join(10_000);
    }
    assertEquals(60, loaded + refused);
  }

  private static ValidationError assertIoError(Path path, String expected) {
    ValidationReport report = READER.validate(path);
    assertEquals(1, report.errors().size(), report::toString);
    ValidationError error = report.errors().get(0);
    assertEquals(ErrorCode.IO_ERROR, error.code());
    assertEquals("", error.pointer());
    assertTrue(error.message(Language.EN).contains(expected), error::toString);
    CatalogValidationException thrown = assertThrows(CatalogValidationException.class, () -> READER.load(path));
    assertEquals(report, thrown.report());
    return error;
  }
}
