package cat.xmess.examples.cli;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.XmessCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/** Catalog files for tests, all derived from the real bundled catalog. */
final class TestCatalogs {
  private TestCatalogs() {}

  /** The bundled catalog as the SDK writes it: a valid user catalog. */
  static Path validCopy(Path dir) throws IOException {
    Path file = dir.resolve("valid.json");
    Files.writeString(file, CatalogExporter.json(XmessCatalog.bundled().catalog()), StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The bundled catalog with {@code change} applied to its JSON. The checksum is dropped (it is
   * optional) so that the only errors are those the change causes.
   */
  static Path broken(Path dir, String name, Consumer<ObjectNode> change) throws IOException {
    ObjectNode root =
        (ObjectNode) Json.MAPPER.readTree(CatalogExporter.json(XmessCatalog.bundled().catalog()));
    ((ObjectNode) root.get("metadata")).remove("checksum");
    change.accept(root);
    Path file = dir.resolve(name);
    Files.writeString(file, Json.write(root), StandardCharsets.UTF_8);
    return file;
  }

  static Path text(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
