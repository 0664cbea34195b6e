package org.example.council;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.SearchHit;
import cat.xmess.catalog.XmessCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Exercises, on the module path, what JPMS can break: resources read across modules (the bundled
 * catalog, the JSON Schema), reflection into the model (Jackson binding, Hibernate Validator) and
 * the encapsulation of the SDK's internal packages. Exits non-zero, failing the build, on any
 * problem.
 */
public final class ModulePathConsumer {
  private ModulePathConsumer() {}

  public static void main(String[] args) throws Exception {
    Module sdk = XmessCatalog.class.getModule();
    check(ModulePathConsumer.class.getModule().isNamed(), "this class runs in a named module");
    check("cat.xmess.catalog".equals(sdk.getName()), "the SDK is the module cat.xmess.catalog");
    check(sdk.isExported("cat.xmess.catalog"), "cat.xmess.catalog is exported");
    check(sdk.getPackages().stream().filter(p -> p.contains(".internal")).noneMatch(sdk::isExported),
        "no internal package is exported");

    XmessCatalog bundled = XmessCatalog.bundled();
    List<SearchHit> hits = bundled.search("contractació pública");
    check(!hits.isEmpty(), "search finds initiatives in the bundled catalog");

    // A user catalog goes through every layer: syntax, JSON Schema, constraints, integrity.
    Path file = Files.createTempFile("catalog", ".json");
    try {
      Files.writeString(file, CatalogExporter.json(bundled.catalog()), StandardCharsets.UTF_8);
      XmessCatalog loaded = XmessCatalog.load(file);
      check(loaded.catalog().equals(bundled.catalog()), "a written catalog loads back equal");

      Files.writeString(file, "{\"metadata\": {}}", StandardCharsets.UTF_8);
      try {
        XmessCatalog.load(file);
        check(false, "an invalid catalog is rejected");
      } catch (CatalogValidationException expected) {
        check(!expected.report().errors().isEmpty(), "an invalid catalog's errors are reported");
      }
    } finally {
      Files.deleteIfExists(file);
    }
    System.out.println("module path: " + hits.size() + " hits; user catalog validated");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      System.err.println("FAILED: " + what);
      System.exit(1);
    }
  }
}
