package cat.xmess.catalog;

import cat.xmess.catalog.internal.compiled.CatalogCompiler;
import cat.xmess.catalog.internal.compiled.CompiledCatalogReader;
import cat.xmess.catalog.internal.compiled.CanonicalJson;
import cat.xmess.catalog.internal.compiled.ContentChecksum;
import cat.xmess.model.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The build step that compiles the bundled catalog's JSON into its {@code CompiledForm} (compiled form) (run by exec-maven-plugin in xmess-catalog's {@code process-test-classes} phase,
 * before the tests and the jar). It lives in the test sources because reading JSON takes Jackson,
 * which the core artifact does not carry.
 *
 * <p>Jackson only binds the file here; what makes the result trustworthy is the content checksum:
 * the model bound must give back, through the core's own {@link CanonicalJson}, exactly the bytes
 * the checksum recorded in the file was computed over. A binding that lost or changed any value
 * fails that check, and nothing is written. Full validation of the file (schema, constraints,
 * integrity) is a test of xmess-io.
 */
public final class CompileBundledCatalog {
  private CompileBundledCatalog() {}

  /**
   * Compiles {@code args[0]} into {@code args[1]} and, when {@code args[2]} is given, stores there
   * the search index of the compiled catalog, bound to it (see {@code SearchIndexFile}).
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 && args.length != 3) {
      throw new IllegalArgumentException("usage: CompileBundledCatalog <catalog.json> <catalog.bin> [<catalog.idx>]");
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    byte[] json = Files.readAllBytes(source);
    JsonMapper mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(EnumFeature.READ_ENUMS_USING_TO_STRING)
        .build();
    Catalog catalog = mapper.readValue(json, Catalog.class);
    ContentChecksum.mismatch(catalog).ifPresent(why -> {
      throw new IllegalStateException(source + ": " + why + "; re-stamp the file as CONTRIBUTING.md explains");
    });
    byte[] compiled = CatalogCompiler.compile(catalog, json);
    if (!CompiledCatalogReader.read(compiled).equals(catalog)) {
      throw new IllegalStateException("The compiled catalog does not read back equal to " + source);
    }
    Files.createDirectories(target.getParent());
    Files.write(target, compiled);
    if (args.length == 3) {
      // Indexed from the catalog as the runtime reads it back, so the documents are the same.
      byte[] index = IndexedCatalog.of(CompiledCatalogReader.read(compiled), CatalogLayer.BUNDLED)
          .searchIndexFile(CompiledCatalogReader.seal(compiled));
      Files.write(Path.of(args[2]), index);
    }
  }
}
