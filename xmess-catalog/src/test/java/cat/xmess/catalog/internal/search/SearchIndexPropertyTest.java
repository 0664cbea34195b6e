package cat.xmess.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.EngineAccess;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.samples.Samples;
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
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
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
 * that many hits tie and the search stops early. Each sample is one {@code long} seed drawn from
 * the method's fixed root seed ({@link Samples}); on failure the display name and the message name it.
 */
class SearchIndexPropertyTest {
  private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}·']+");
  private static final List<String> FUNCTION_WORDS = List.of("de", "la", "els", "y", "the", "of", "i");

  private static final Fixture BUNDLED = new Fixture(XmessCatalog.bundled().catalog());
  static final Fixture LARGE = new Fixture(copies(XmessCatalog.bundled().catalog(), 30));

  static final long LARGE_ROOT_SEED = 12_002;
  static final int LARGE_SAMPLES = 500;

  @ParameterizedTest(name = "seed {0}")
  @Samples(seed = 12_001, count = 400)
  void theBundledCatalogGivesTheReferenceTopK(long seed) {
    BUNDLED.check(seed);
  }

  /**
   * The same property with the index built inside the test from fresh documents. The fixtures are
   * built once per JVM, so a fault in building an index shows here too, and mutation testing (which
   * changes the code after the fixtures exist) sees the index builder only here.
   */
  @ParameterizedTest(name = "seed {0}")
  @Samples(seed = 12_003, count = 50)
  void anIndexBuiltInTheTestGivesTheReferenceTopK(long seed) {
    BUNDLED.check(seed, BUNDLED.freshIndex());
  }

  @ParameterizedTest(name = "seed {0}")
  @Samples(seed = LARGE_ROOT_SEED, count = LARGE_SAMPLES)
  void aLargerCatalogGivesTheReferenceTopK(long seed) {
    LARGE.check(seed);
  }

  /** A catalog, its index, its reference, and the words its documents are made of. */
  static final class Fixture {
    final SearchIndex index;
    final ReferenceSearch reference;
    /** The words of the documents' texts, once per occurrence. */
    final List<String> words;
    final int documents;
    private final Catalog catalog;

    Fixture(Catalog catalog) {
      this.catalog = catalog;
      // Two copies of the documents: the index forgets the texts it has indexed.
      List<SearchDocument> forReference = documents(catalog);
      reference = new ReferenceSearch(forReference);
      index = SearchIndex.build(documents(catalog));
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

    private static List<SearchDocument> documents(Catalog catalog) {
      return EngineAccess.searchDocuments(catalog);
    }

    void check(long seed) {
      check(seed, index);
    }

    void check(long seed, SearchIndex searched) {
      Sample sample = sample(seed);
      int kinds = EngineAccess.kinds(sample.types);
      assertEquals(EngineAccess.shown(reference.search(sample.text, kinds, sample.allowed, sample.limit)),
          EngineAccess.shown(searched.search(sample.text, kinds, sample.allowed, sample.limit)), sample::toString);
    }

    /** A new index of new documents of the same catalog. */
    SearchIndex freshIndex() {
      return SearchIndex.build(documents(catalog));
    }

    /** Whether the sample of {@code seed} has more hits than its limit. */
    boolean cutShort(long seed) {
      Sample s = sample(seed);
      return s.limit < Integer.MAX_VALUE
          && reference.search(s.text, EngineAccess.kinds(s.types), s.allowed, s.limit + 1).size() > s.limit;
    }

    private Sample sample(long seed) {
      Random random = new Random(seed);
      String text = query(random);
      Set<RecordType> types = types(random);
      IntPredicate allowed = filter(random);
      return new Sample(seed, text, types, allowed, limit(random));
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

  /** One drawn search: its text, record types, filter and limit. */
  private record Sample(long seed, String text, Set<RecordType> types, IntPredicate allowed, int limit) {
    @Override
    public String toString() {
      return "seed " + seed + ": \"" + text + "\" types " + types + " limit " + limit;
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
