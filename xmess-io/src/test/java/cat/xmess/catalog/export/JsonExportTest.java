package cat.xmess.catalog.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.ExportFormat;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import cat.xmess.model.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON → model → JSON gives the same bytes. */
class JsonExportTest {
  @Test
  void theJsonExportOfTheBundledCatalogIsTheBundledFileByteForByte(@TempDir Path dir) throws Exception {
    String exported = CatalogExporter.json(XmessCatalog.bundled().catalog());
    assertEquals(new String(BundledJson.bytes(), StandardCharsets.UTF_8), exported);
    XmessCatalog reloaded = XmessCatalog.load(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)));
    assertEquals(XmessCatalog.bundled().catalog(), reloaded.catalog());
    Path file = CatalogExporter.write(reloaded, ExportFormat.JSON, dir.resolve("out/catalog.json"), Language.CA).get(0);
    assertEquals(exported, Files.readString(file));
  }
}
