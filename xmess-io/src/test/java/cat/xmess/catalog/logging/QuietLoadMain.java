package cat.xmess.catalog.logging;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.XmessCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an application that never configured logging does with files, run in a child JVM by {@link
 * QuietByDefaultTest}: search the bundled catalog, write it, load and fully validate the file
 * and validate a catalog built in Java (which starts Hibernate Validator), reject an invalid one.
 * Prints one line on stdout when done.
 */
public final class QuietLoadMain {
  private QuietLoadMain() {}

  public static void main(String[] args) throws Exception {
    XmessCatalog bundled = XmessCatalog.bundled();
    int hits = bundled.search("habitatge").size();
    Path dir = Files.createTempDirectory("quiet");
    Path valid = dir.resolve("valid.json");
    Files.writeString(valid, CatalogExporter.json(bundled.catalog()), StandardCharsets.UTF_8);
    int initiatives = XmessCatalog.load(valid).catalog().initiatives().size();
    // A catalog built in Java goes through the bean constraints: this starts Hibernate Validator.
    if (!XmessCatalog.validate(bundled.catalog()).isValid()) {
      throw new AssertionError("the bundled catalog failed validation");
    }
    Path invalid = dir.resolve("invalid.json");
    Files.writeString(invalid, "{\"metadata\": {}}", StandardCharsets.UTF_8);
    int errors;
    try {
      XmessCatalog.load(invalid);
      throw new AssertionError("an invalid catalog was accepted");
    } catch (CatalogValidationException expected) {
      errors = expected.report().errors().size();
    }
    System.out.println("done: " + hits + " hits, " + initiatives + " initiatives, " + errors + " errors");
  }
}
