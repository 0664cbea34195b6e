package cat.xmess.catalog.property;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xmess.catalog.internal.compiled.CatalogCompiler;
import cat.xmess.catalog.internal.compiled.CompiledCatalogReader;
import cat.xmess.model.Catalog;
import cat.xmess.catalog.samples.Samples;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Model → compiled form → model gives back an equal model for any catalog the model can hold:
 * every record type, absent and empty values, extensions of every JSON kind, decimals of any
 * scale, and strings with lone surrogates (which UTF-8 cannot carry). Compiling is deterministic.
 * Seeds drawn from a fixed root ({@link Samples}); a failing sample's display name gives its seed.
 */
class CompiledFormPropertyTest {
  private static final byte[] SOURCE = "{}".getBytes(StandardCharsets.UTF_8);

  @ParameterizedTest(name = "seed {0}")
  @Samples(seed = 7_301, count = 300)
  void aCompiledCatalogReadsBackEqual(long seed) {
    Catalog catalog = Generators.representable(Catalog.class, seed);
    byte[] compiled = CatalogCompiler.compile(catalog, SOURCE);
    Catalog back = CompiledCatalogReader.read(compiled);
    assertEquals(catalog, back);
    assertArrayEquals(compiled, CatalogCompiler.compile(back, SOURCE), "compiling again changed the bytes");
  }
}
