package cat.xmess.catalog.overlay;

import cat.xmess.catalog.bundled.BundledJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Overlay documents for the tests: minimal metadata, records copied from the bundled catalog. */
public final class OverlayFiles {
  private OverlayFiles() {}

  /** An overlay with metadata and empty codelists, nothing else. */
  public static ObjectNode empty() {
    ObjectNode overlay = BundledJson.MAPPER.createObjectNode();
    ObjectNode metadata = overlay.putObject("metadata");
    metadata.put("schemaVersion", "1.1.0").put("dataVersion", "0.1.0").put("generated", "2026-11-27");
    metadata.putObject("title").put("ca", "Capa del consell");
    ObjectNode license = metadata.putObject("license");
    license.put("id", "CC-BY-4.0").put("url", "https://creativecommons.org/licenses/by/4.0/");
    license.putObject("attribution").put("ca", "Consell, CC BY 4.0");
    overlay.putObject("codelists");
    return overlay;
  }

  /** A copy of the bundled record at {@code pointer} (for example {@code /initiatives/0}). */
  static ObjectNode bundled(String pointer) {
    return (ObjectNode) BundledJson.tree().at(pointer).deepCopy();
  }

  /** Appends {@code record} to the list {@code list} of {@code overlay}. */
  static ObjectNode add(ObjectNode overlay, String list, ObjectNode record) {
    if (list.startsWith("codelists/")) {
      overlay.withObjectProperty("codelists").withArrayProperty(list.substring("codelists/".length())).add(record);
    } else {
      overlay.withArrayProperty(list).add(record);
    }
    return overlay;
  }

  /** Declares that {@code overlay} replaces {@code references}. */
  static ObjectNode replaces(ObjectNode overlay, String... references) {
    ArrayNode list = overlay.withObjectProperty("metadata").withObjectProperty("overlay").withArrayProperty("replaces");
    for (String reference : references) {
      list.add(reference);
    }
    return overlay;
  }

  /** Writes {@code overlay} to {@code dir/name}. */
  static Path write(Path dir, String name, ObjectNode overlay) {
    try {
      return Files.write(dir.resolve(name), BundledJson.write(overlay));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
