package cat.xmess.catalog.internal.compiled;

import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.internal.codec.CatalogCodec;
import cat.xmess.catalog.internal.codec.ContentChecksum;
import cat.xmess.model.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The build step that compiles the bundled catalog (Maven runs it in {@code process-classes}, see
 * xmess-catalog's pom). It refuses a file whose content does not match its recorded checksum: that
 * checksum is what lets the bundled path skip validation, and it is checked here, once per build,
 * rather than in every user's process. The tests validate the same JSON with every layer.
 *
 * <p>Arguments: the bundled JSON file, the compiled file to write.
 */
public final class CompileBundledCatalog {
  private CompileBundledCatalog() {}

  /** Compiles {@code args[0]} into {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CompileBundledCatalog <catalog.json> <catalog.bin>");
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    byte[] json = Files.readAllBytes(source);
    CatalogCodec codec = new CatalogCodec(ReadLimits.DEFAULT);
    Catalog catalog = codec.read(json);
    ContentChecksum.mismatch(catalog, codec).ifPresent(why -> {
      throw new IllegalStateException(source + ": " + why + "; re-stamp the file as CONTRIBUTING.md explains");
    });
    byte[] compiled = CatalogCompiler.compile(catalog, json);
    if (!CompiledCatalogReader.read(compiled).equals(catalog)) {
      throw new IllegalStateException("The compiled catalog does not read back equal to " + source);
    }
    Files.createDirectories(target.getParent());
    Files.write(target, compiled);
  }
}
