package cat.xmess.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import cat.xmess.catalog.SearchRequest;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.internal.compiled.BundledResources;
import cat.xmess.catalog.internal.compiled.CompiledCatalogReader;
import cat.xmess.catalog.EngineAccess;
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
  private static final int EVERY_KIND = -1;
  private static final byte[] COMPILED = BundledResources.compiled();
  private static final byte[] BINDING = CompiledCatalogReader.seal(COMPILED);
  private static final Catalog CATALOG = CompiledCatalogReader.read(COMPILED);

  @Test
  void theStoredIndexIsTheIndexBuiltFromTheCompiledCatalog() throws IOException {
    byte[] built = EngineAccess.searchIndexFile(CATALOG, BINDING);
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
      List<String> fromBuilt = EngineAccess.shown(built.search(query, EVERY_KIND, d -> true, 50));
      assertEquals(fromBuilt, EngineAccess.shown(read.search(query, EVERY_KIND, d -> true, 50)), query);
      assertEquals(fromBuilt,
          EngineAccess.shownHits(XmessCatalog.bundled().search(SearchRequest.builder(query).limit(50).build())), query);
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
    return EngineAccess.searchDocuments(CATALOG);
  }

  private static byte[] stored() throws IOException {
    byte[] stored = BundledResources.index();
    assertNotNull(stored, "the build did not write " + BundledResources.INDEX);
    return stored;
  }
}
