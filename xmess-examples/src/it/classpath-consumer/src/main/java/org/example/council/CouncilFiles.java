package org.example.council;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ExportFormat;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a council application does with its own files, on the plain class path: searches the bundled
 * catalog, writes it, loads and fully validates the file, rejects an invalid one with its error
 * codes, and writes a CSV export. Prints one line per step; exits non-zero on any surprise.
 */
public final class CouncilFiles {
  private CouncilFiles() {}

  public static void main(String[] args) throws Exception {
    XmessCatalog bundled = XmessCatalog.bundled();
    check(!bundled.search("contractació pública").isEmpty(), "the bundled catalog answers a search");

    Path dir = Files.createTempDirectory("council");
    Path valid = dir.resolve("valid.json");
    Files.writeString(valid, CatalogExporter.json(bundled.catalog()), StandardCharsets.UTF_8);
    XmessCatalog loaded = XmessCatalog.load(valid);
    check(loaded.catalog().equals(bundled.catalog()), "a written catalog loads back equal");
    System.out.println("loaded: " + loaded.catalog().initiatives().size() + " initiatives");
    // A catalog built in Java goes through the bean constraints (Hibernate Validator starts here).
    check(XmessCatalog.validate(bundled.catalog()).isValid(), "a catalog built in Java validates");

    Path invalid = dir.resolve("invalid.json");
    Files.writeString(invalid, "{\"metadata\": {}, \"surprise\": 1}", StandardCharsets.UTF_8);
    try {
      XmessCatalog.load(invalid);
      check(false, "an invalid catalog is rejected");
    } catch (CatalogValidationException e) {
      List<String> codes = e.report().errors().stream().map(error -> error.code().code()).distinct().sorted()
          .collect(Collectors.toList());
      System.out.println("rejected: " + codes);
    }

    List<Path> csv = CatalogExporter.write(loaded, ExportFormat.CSV, dir.resolve("csv"), Language.CA);
    String initiatives = Files.readString(dir.resolve("csv").resolve("initiatives.csv"), StandardCharsets.UTF_8);
    check(initiatives.startsWith("\"id\""), "the CSV export starts with its header");
    System.out.println("exported: " + csv.size() + " CSV files");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      System.err.println("FAILED: " + what);
      System.exit(1);
    }
  }
}
