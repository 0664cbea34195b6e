package cat.xmess.catalog.property;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.internal.compiled.CanonicalJson;
import cat.xmess.catalog.internal.json.JsonText;
import cat.xmess.io.internal.codec.CatalogCodec;
import cat.xmess.model.Catalog;
import cat.xmess.catalog.samples.Samples;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The core writes a catalog's canonical JSON without a JSON library ({@link CanonicalJson}, for
 * checksums and diffs), and the file codec writes it with Jackson: the two must give the same bytes
 * for every catalog the model can hold, or a checksum stamped by one would not verify with the
 * other. Jackson is the independent writer here.
 */
class CanonicalJsonPropertyTest {
  private static final CatalogCodec CODEC = new CatalogCodec(ReadLimits.DEFAULT);

  @ParameterizedTest(name = "seed {0}")
  @Samples(seed = 8_111, count = 300)
  void theCoreWritesTheBytesJacksonWrites(long seed) {
    Catalog catalog = Generators.representable(Catalog.class, seed);
    assertArrayEquals(CODEC.toCanonicalBytes(catalog), CanonicalJson.bytes(catalog),
        () -> "core:    " + new String(CanonicalJson.bytes(catalog), StandardCharsets.UTF_8)
            + "\njackson: " + new String(CODEC.toCanonicalBytes(catalog), StandardCharsets.UTF_8));
  }

  @Test
  void theBundledCatalogToo() {
    Catalog bundled = XmessCatalog.bundled().catalog();
    assertArrayEquals(CODEC.toCanonicalBytes(bundled), CanonicalJson.bytes(bundled));
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreEscapedAsJacksonDoes() {
    String text = "a\"b\\c\u0000\u001f\u007f\b\t\n\f\r/é\uD83D\uDE00\uD800x\uDC00";
    assertEquals(CODEC.toCompactJson(List.of(text)), JsonText.compact(List.of(text)));
  }

  @Test
  void aDecimalTooFarFromOneIsRefusedNotWritten() {
    // Eleven characters to read, a gigabyte to write plainly: refused before any allocation.
    assertThrows(IllegalArgumentException.class, () -> JsonText.compact(new BigDecimal("1E+999999999")));
    assertEquals("1000", JsonText.compact(new BigDecimal("1E+3")));
    assertEquals("{\"a\":[1,true,null]}", JsonText.compact(Map.of("a", java.util.Arrays.asList(1, true, null))));
  }
}
