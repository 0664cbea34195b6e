package cat.xmess.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.SearchHit;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.internal.index.IndexedCatalog;
import cat.xmess.catalog.internal.index.SearchDocuments;
import cat.xmess.model.Catalog;
import cat.xmess.model.Initiative;
import cat.xmess.model.LocalizedText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The pruned search of {@link SearchIndex} returns exactly what {@link ReferenceSearch} (every
 * document scored, all hits sorted) returns: the same hits in the same order with the same scores
 * and languages, for queries made of the bundled catalog's own words (whole, in capitals, without
 * accents, cut to prefixes, misspelt, function words), with random limits, record types and
 * filters.
 *
 * <p>Twice: over the bundled catalog, and over a larger one made of its initiatives copied thirty
 * times under new ids (some copies without summary, themes or instruments, and the ids not in catalog order), so
 * that many hits tie and the search stops early. Each sample is one {@code long} seed that
 * Instancio draws from the method's fixed {@link Seed}; on failure the message names it.
 */
// @InstancioSource is deprecated (and experimental) in Instancio 5.6; see RoundTripPropertyTest.
@SuppressWarnings("deprecation")
@ExtendWith(InstancioExtension.class)
class SearchIndexPropertyTest {
  private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}·']+");
  private static final List<String> FUNCTION_WORDS = List.of("de", "la", "els", "y", "the", "of", "i");

  private static final Fixture BUNDLED = new Fixture(XmessCatalog.bundled().catalog());
  private static final Fixture LARGE = new Fixture(copies(XmessCatalog.bundled().catalog(), 30));

  @ParameterizedTest(name = "{index}")
  @InstancioSource(samples = 400)
  @Seed(12_001)
  void theBundledCatalogGivesTheReferenceTopK(long seed) {
    BUNDLED.check(seed);
  }

  @ParameterizedTest(name = "{index}")
  @InstancioSource(samples = 500)
  @Seed(12_002)
  void aLargerCatalogGivesTheReferenceTopK(long seed) {
    LARGE.check(seed);
  }

  @AfterAll
  static void theLargerCatalogSamplesCutRankingsShort() {
    // Pruning only acts when there are more hits than the limit: many samples must be such.
    assertTrue(LARGE.cut.get() * 4 > LARGE.samples.get(),
        LARGE.cut + " of " + LARGE.samples + " samples had more hits than their limit");
  }

  /** A catalog, its index, its reference, and the words its documents are made of. */
  private static final class Fixture {
    final SearchIndex index;
    final ReferenceSearch reference;
    /** The words of the documents' texts, once per occurrence. */
    final List<String> words;
    final int documents;
    final AtomicInteger samples = new AtomicInteger();
    /** Samples with more hits than their limit. */
    final AtomicInteger cut = new AtomicInteger();

    Fixture(Catalog catalog) {
      IndexedCatalog lookups = IndexedCatalog.of(catalog);
      // Two copies of the documents: the index forgets the texts it has indexed.
      List<SearchDocument> forReference = documents(catalog, lookups);
      reference = new ReferenceSearch(forReference);
      index = SearchIndex.build(documents(catalog, lookups));
      documents = forReference.size();
      // Every occurrence, so that common words are drawn more often, as users type them.
      List<String> occurrences = new ArrayList<>();
      for (SearchDocument doc : forReference) {
        for (SearchDocument.Field field : doc.fields) {
          for (String word : WORD.split(field.text())) {
            if (!word.isEmpty()) {
              occurrences.add(word);
            }
          }
        }
      }
      words = List.copyOf(occurrences);
    }

    private static List<SearchDocument> documents(Catalog catalog, IndexedCatalog lookups) {
      return SearchDocuments.of(catalog, id -> lookups.memberBody(id).orElse(null),
          (kind, code) -> lookups.code(kind, code).orElse(null));
    }

    void check(long seed) {
      Random random = new Random(seed);
      String text = query(random);
      Set<RecordType> types = types(random);
      IntPredicate allowed = filter(random);
      int limit = limit(random);
      String sample = "seed " + seed + ": \"" + text + "\" types " + types + " limit " + limit;
      List<SearchHit> expected = reference.search(text, types, allowed, limit);
      assertEquals(expected, index.search(text, types, allowed, limit), sample);
      samples.incrementAndGet();
      if (expected.size() == limit && reference.search(text, types, allowed, limit + 1).size() > limit) {
        cut.incrementAndGet();
      }
    }

    private String query(Random random) {
      if (random.nextInt(20) == 0) {
        return FUNCTION_WORDS.get(random.nextInt(FUNCTION_WORDS.size()));
      }
      int draw = random.nextInt(20);
      int count = draw < 10 ? 1 : draw < 17 ? 2 : 3;
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        parts.add(variant(words.get(random.nextInt(words.size())), random));
      }
      return String.join(random.nextBoolean() ? " " : ", ", parts);
    }

    private static String variant(String word, Random random) {
      int kind = random.nextInt(20);
      if (kind < 8) {
        return word;
      } else if (kind < 11) {
        return word.toUpperCase(Locale.ROOT);
      } else if (kind < 14) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      } else if (kind < 18) {
        // A prefix, mostly long enough to match the words it starts.
        int length = word.length() <= 3 ? word.length() : 3 + random.nextInt(word.length() - 2);
        return word.substring(0, Math.min(length, word.length()));
      } else if (kind < 19) {
        return word.substring(0, Math.min(word.length(), 1 + random.nextInt(2)));
      } else {
        return "zq" + word;
      }
    }

    private static Set<RecordType> types(Random random) {
      int kind = random.nextInt(4);
      if (kind < 2) {
        return EnumSet.allOf(RecordType.class);
      } else if (kind == 2) {
        return EnumSet.of(RecordType.INITIATIVE); // what a filtered search asks for
      }
      EnumSet<RecordType> types = EnumSet.noneOf(RecordType.class);
      RecordType[] all = RecordType.values();
      int count = 1 + random.nextInt(3);
      while (types.size() < count) {
        types.add(all[random.nextInt(all.length)]);
      }
      return types;
    }

    private IntPredicate filter(Random random) {
      if (random.nextBoolean()) {
        return doc -> true;
      }
      double density = 0.1 + 0.8 * random.nextDouble();
      BitSet passing = new BitSet(documents);
      for (int doc = 0; doc < documents; doc++) {
        passing.set(doc, random.nextDouble() < density);
      }
      return passing::get;
    }

    private static int limit(Random random) {
      int kind = random.nextInt(20);
      return kind < 15 ? 1 + random.nextInt(20) : kind < 18 ? 21 + random.nextInt(100) : Integer.MAX_VALUE;
    }
  }

  /**
   * The initiatives of {@code catalog} copied {@code times} times with new ids; copies without
   * summary, themes or instruments score differently, and ids sort in the opposite order of the copies.
   */
  private static Catalog copies(Catalog catalog, int times) {
    List<Initiative> initiatives = new ArrayList<>();
    for (int copy = 0; copy < times; copy++) {
      for (Initiative it : catalog.initiatives()) {
        String id = String.format("%s-copy-%02d", it.id(), times - copy);
        LocalizedText summary = copy % 3 == 1 ? null : it.summary();
        List<String> themes = copy % 2 == 1 ? List.of() : it.themes();
        List<String> instruments = copy % 5 == 2 ? List.of() : it.instruments();
        initiatives.add(it.toBuilder().id(id).summary(summary).instruments(instruments).themes(themes).build());
      }
    }
    return catalog.toBuilder().initiatives(initiatives).build();
  }
}
