package cat.xmess.catalog.bundled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.internal.compiled.BundledResources;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.io.internal.FileCatalogIo;
import cat.xmess.io.internal.codec.CatalogCodec;
import cat.xmess.catalog.internal.compiled.CatalogCompiler;
import cat.xmess.catalog.CompileBundledCatalog;
import cat.xmess.catalog.internal.compiled.CompiledCatalogReader;
import cat.xmess.catalog.internal.compiled.CompiledFormException;
import cat.xmess.model.Catalog;
import cat.xmess.model.CatalogMetadata;
import cat.xmess.model.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled form the build writes next to the bundled JSON is that JSON, record for record, and
 * a damaged compiled form is refused before any record is built.
 */
class CompiledBundledCatalogTest {
  private static final CatalogCodec CODEC = new CatalogCodec(ReadLimits.DEFAULT);

  @TempDir Path dir;

  @Test
  void theBuildCompiledTheShippedJson() throws Exception {
    byte[] compiled = BundledResources.compiled();
    assertNotNull(compiled, "the build did not write " + BundledResources.COMPILED);
    byte[] json = BundledJson.bytes();
    assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(json),
        CompiledCatalogReader.sourceDigest(compiled),
        "the compiled form was made from another JSON file; rebuild (mvn process-classes)");
    assertTrue(compiled.length < json.length, compiled.length + " bytes compiled vs " + json.length + " JSON");
  }

  @Test
  void theCompiledFormHoldsExactlyWhatTheJsonHolds() {
    Catalog fromJson = CODEC.read(BundledJson.bytes());
    Catalog fromCompiled = CompiledCatalogReader.read(BundledResources.compiled());
    assertEquals(fromJson, fromCompiled);
    assertEquals(fromJson, XmessCatalog.bundled().catalog());
    // The fallback for classes built without the compile step reads the same catalog.
    assertEquals(fromJson, new FileCatalogIo().readBundledJson(BundledResources.json()));
  }

  @Test
  void compilingIsDeterministic() {
    Catalog catalog = CODEC.read(BundledJson.bytes());
    byte[] once = CatalogCompiler.compile(catalog, BundledJson.bytes());
    byte[] again = CatalogCompiler.compile(CompiledCatalogReader.read(once), BundledJson.bytes());
    assertArrayEquals(once, again);
    assertArrayEquals(BundledResources.compiled(), once, "the shipped compiled form is not current");
  }

  @Test
  void textsWithLoneSurrogatesSurvive() {
    // UTF-8 cannot carry half a surrogate pair; JSON can (as an escape), so the compiled form must.
    Catalog bundled = CODEC.read(BundledJson.bytes());
    CatalogMetadata m = bundled.metadata();
    LocalizedText odd = LocalizedText.of("\uD800", "a\uDC00b", "\uDBFF end \uD83D\uDE00");
    Catalog catalog = bundled.withMetadata(m.toBuilder().title(odd).coverage(odd).build());
    Catalog back = CompiledCatalogReader.read(CatalogCompiler.compile(catalog, BundledJson.bytes()));
    assertEquals(odd, back.metadata().title());
    assertEquals(catalog, back);
  }

  @Test
  void everyFlippedBytePastTheHeaderIsRefusedAsCorrupt() {
    byte[] compiled = BundledResources.compiled();
    // Step through the whole file, including the recorded digests and the last byte.
    for (int at = 9; at < compiled.length; at += Math.max(1, compiled.length / 997)) {
      byte[] damaged = compiled.clone();
      damaged[at] ^= 0x20;
      int position = at;
      CompiledFormException e = assertThrows(CompiledFormException.class,
          () -> CompiledCatalogReader.read(damaged), () -> "byte " + position);
      assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
    }
  }

  @Test
  void truncatedOrForeignBytesAreRefusedWithAReason() {
    byte[] compiled = BundledResources.compiled();
    for (int length : new int[] {0, 7, 8, 60, 100, compiled.length / 2, compiled.length - 1}) {
      byte[] truncated = Arrays.copyOf(compiled, length);
      assertThrows(CompiledFormException.class, () -> CompiledCatalogReader.read(truncated), () -> "length " + length);
    }
    CompiledFormException json = assertThrows(CompiledFormException.class,
        () -> CompiledCatalogReader.read(BundledJson.bytes()));
    assertEquals("Not a compiled XMESS catalog", json.getMessage());

    byte[] otherVersion = compiled.clone();
    otherVersion[8] = 99;
    CompiledFormException version = assertThrows(CompiledFormException.class,
        () -> CompiledCatalogReader.read(otherVersion));
    assertTrue(version.getMessage().contains("format 99"), version.getMessage());
  }

  @Test
  void theBuildStepRefusesAJsonWhoseChecksumIsStale() throws Exception {
    String json = new String(BundledJson.bytes(), StandardCharsets.UTF_8);
    String edited = json.replaceFirst("\"dataVersion\": \"([0-9.]+)\"", "\"dataVersion\": \"99.0.0\"");
    assertTrue(!edited.equals(json), "the edit changed nothing");
    Path source = dir.resolve("edited.json");
    Files.writeString(source, edited);
    Path target = dir.resolve("out/edited.bin");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CompileBundledCatalog.main(new String[] {source.toString(), target.toString()}));
    assertTrue(e.getMessage().contains("does not match the recorded"), e.getMessage());
    assertTrue(Files.notExists(target), "nothing is written for a refused file");

    Path good = dir.resolve("good.json");
    Files.write(good, BundledJson.bytes());
    CompileBundledCatalog.main(new String[] {good.toString(), target.toString()});
    assertArrayEquals(BundledResources.compiled(), Files.readAllBytes(target));
  }
}
