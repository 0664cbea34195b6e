package cat.xmess.catalog.property;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xmess.catalog.internal.compiled.CatalogCompiler;
import cat.xmess.catalog.internal.compiled.CompiledCatalogReader;
import cat.xmess.catalog.property.Generators.Representable;
import cat.xmess.model.Catalog;
import java.nio.charset.StandardCharsets;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Model → compiled form → model gives back an equal model for any catalog the model can hold:
 * every record type, absent and empty values, extensions of every JSON kind, decimals of any
 * scale, and strings with lone surrogates (which UTF-8 cannot carry). Compiling is deterministic.
 * Fixed {@link Seed}; on failure Instancio logs the seed and the display name gives the sample.
 */
// @InstancioSource is deprecated (and experimental) in Instancio 5.6; see RoundTripPropertyTest.
@SuppressWarnings("deprecation")
@ExtendWith(InstancioExtension.class)
class CompiledFormPropertyTest {
  private static final byte[] SOURCE = "{}".getBytes(StandardCharsets.UTF_8);

  @ParameterizedTest(name = "sample {index}")
  @InstancioSource(samples = 300)
  @Seed(7_301)
  void aCompiledCatalogReadsBackEqual(@Given(Representable.class) Catalog catalog) {
    byte[] compiled = CatalogCompiler.compile(catalog, SOURCE);
    Catalog back = CompiledCatalogReader.read(compiled);
    assertEquals(catalog, back);
    assertArrayEquals(compiled, CatalogCompiler.compile(back, SOURCE), "compiling again changed the bytes");
  }
}
