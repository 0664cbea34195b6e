package cat.xmess.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import cat.xmess.catalog.CatalogLayer;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.SearchRequest;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.internal.bundled.BundledCatalog;
import cat.xmess.catalog.internal.compiled.CompiledCatalogReader;
import cat.xmess.catalog.internal.index.IndexedCatalog;
import cat.xmess.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalog's stored search index ({@link SearchIndexFile}) is exactly the index built
 * from its catalog, it is what {@code XmessCatalog.bundled()} searches, and a stored index that
 * does not fit is ignored (the index is then built) rather than trusted.
 */
class SearchIndexFileTest {
  private static final byte[] COMPILED = BundledCatalog.compiledBytes();
  private static final byte[] BINDING = CompiledCatalogReader.seal(COMPILED);
  private static final Catalog CATALOG = CompiledCatalogReader.read(COMPILED);

  @Test
  void theStoredIndexIsTheIndexBuiltFromTheCompiledCatalog() throws IOException {
    byte[] built = IndexedCatalog.of(CATALOG, CatalogLayer.BUNDLED).searchIndexFile(BINDING);
    assertArrayEquals(built, stored(), "the shipped search index is not current");
  }

  @Test
  void theStoredIndexReadsBackToTheSameBytesAndAnswers() throws IOException {
    List<SearchDocument> documents = documents();
    SearchIndex read = SearchIndexFile.read(stored(), BINDING, documents);
    assertNotNull(read);
    assertArrayEquals(stored(), SearchIndexFile.write(read, BINDING));
    SearchIndex built = SearchIndex.build(documents());
    for (String query : List.of("habitatge", "economia social", "coop", "sabadell terrassa", "contractació pública")) {
      assertEquals(built.search(query, EnumSet.allOf(RecordType.class), d -> true, 50),
          read.search(query, EnumSet.allOf(RecordType.class), d -> true, 50), query);
      assertEquals(built.search(query, EnumSet.allOf(RecordType.class), d -> true, 50),
          XmessCatalog.bundled().search(SearchRequest.builder(query).limit(50).build()), query);
    }
  }

  @Test
  void anIndexThatDoesNotFitIsIgnored() throws IOException {
    byte[] stored = stored();
    assertNull(SearchIndexFile.read(stored, new byte[BINDING.length], documents()), "another catalog's binding");
    assertNull(SearchIndexFile.read(stored, BINDING, documents().subList(1, documents().size())), "other documents");
    assertNull(SearchIndexFile.read(null, BINDING, documents()), "no file");
    for (int at = 0; at < stored.length; at += 997) {
      byte[] damaged = stored.clone();
      damaged[at] ^= 0x10;
      assertNull(SearchIndexFile.read(damaged, BINDING, documents()), "byte " + at + " flipped");
    }
  }

  private static List<SearchDocument> documents() {
    IndexedCatalog catalog = IndexedCatalog.of(CATALOG, CatalogLayer.BUNDLED);
    return cat.xmess.catalog.internal.index.SearchDocuments.of(CATALOG,
        id -> catalog.memberBody(id).orElse(null), (kind, code) -> catalog.code(kind, code).orElse(null));
  }

  private static byte[] stored() throws IOException {
    try (InputStream in = BundledCatalog.class.getResourceAsStream(BundledCatalog.INDEX_RESOURCE)) {
      assertNotNull(in, "the build did not write " + BundledCatalog.INDEX_RESOURCE);
      return in.readAllBytes();
    }
  }
}
