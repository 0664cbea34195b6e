package cat.xmess.catalog.internal.search;

import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.SearchHit;
import cat.xmess.model.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * An immutable inverted index over {@link SearchDocument}s, ranked with tf-free BM25-like weights:
 * a term's best field weight in a document times the term's inverse document frequency. Every
 * query term must match, in any language; a document whose matches all fall in one language is
 * preferred, and that language is reported.
 *
 * <p>Terms match exactly (after {@link TextFolding}) or, for terms of three letters or more, as the
 * prefix of an indexed term at a lower weight, so "coop" finds "cooperativa".
 *
 * <p>Postings are packed into parallel primitive arrays (document and language in one int, the
 * weight in a float) rather than objects: a catalog of 100k initiatives has tens of millions of
 * them, and objects would cost several times the catalog's own size. A query works on arrays
 * indexed by document number instead of hash maps of boxed numbers.
 */
public final class SearchIndex {
  private static final float PREFIX_FACTOR = 0.6f;
  private static final float ONE_LANGUAGE_BONUS = 1.25f;
  private static final int LANGUAGES = Language.values().length;
  private static final RecordType[] TYPES = RecordType.values();

  private final List<SearchDocument> documents;
  private final byte[] typeOf;
  private final NavigableMap<String, Postings> postings;

  /** Where a term occurs: {@code document * LANGUAGES + language}, and the best field weight there. */
  private record Postings(int[] places, float[] weights) {}

  private SearchIndex(List<SearchDocument> documents, NavigableMap<String, Postings> postings) {
    this.documents = documents;
    this.postings = postings;
    this.typeOf = new byte[documents.size()];
    for (int d = 0; d < documents.size(); d++) {
      typeOf[d] = (byte) documents.get(d).type.ordinal();
    }
  }

  /** Indexes {@code documents}; their order is the index's document numbering. */
  public static SearchIndex build(List<SearchDocument> documents) {
    Map<String, PostingsBuilder> building = new HashMap<>();
    for (int d = 0; d < documents.size(); d++) {
      for (SearchDocument.Field field : documents.get(d).fields) {
        for (String term : TextFolding.terms(field.text())) {
          PostingsBuilder list = building.computeIfAbsent(term, t -> new PostingsBuilder());
          for (int lang = 0; lang < LANGUAGES; lang++) {
            if (field.language() == null || field.language().ordinal() == lang) {
              list.add(d * LANGUAGES + lang, field.weight());
            }
          }
        }
      }
      documents.get(d).releaseTexts();
    }
    TreeMap<String, Postings> postings = new TreeMap<>();
    building.forEach((term, list) -> postings.put(term, list.build()));
    return new SearchIndex(List.copyOf(documents), postings);
  }

  /** Number of indexed documents. */
  public int size() {
    return documents.size();
  }

  /** The document numbered {@code index}. */
  public SearchDocument document(int index) {
    return documents.get(index);
  }

  /**
   * The best {@code limit} documents matching every term of {@code text} among those that {@code
   * allowed} accepts and whose type is in {@code types}.
   */
  public List<SearchHit> search(String text, Set<RecordType> types, IntPredicate allowed, int limit) {
    List<String> terms = TextFolding.terms(text);
    if (terms.isEmpty() || types.isEmpty()) {
      return List.of();
    }
    Query query = new Query(terms.size(), types, allowed);
    float[] idf = new float[terms.size()];
    for (int t = 0; t < terms.size(); t++) {
      String term = terms.get(t);
      query.startTerm(t);
      query.collect(postings.get(term), 1f);
      if (term.length() >= 3) {
        for (Map.Entry<String, Postings> longer : postings.tailMap(term, false).entrySet()) {
          if (!longer.getKey().startsWith(term)) {
            break;
          }
          query.collect(longer.getValue(), PREFIX_FACTOR);
        }
      }
      idf[t] = (float) Math.log(1 + (double) documents.size() / (1 + query.touched));
    }
    return query.best(idf, limit);
  }

  /** The state of one search: per-document scores in arrays indexed by document number. */
  private final class Query {
    private final int n;
    private final boolean[] typeAllowed = new boolean[TYPES.length];
    private final IntPredicate allowed;
    /** Per document: 0 not yet seen, -1 refused (type, filter, or a term it lacks), else its slot + 1. */
    private final int[] state = new int[documents.size()];
    /** Per document: the last term (+ 1) for which it was counted as touched. */
    private final int[] countedFor = new int[documents.size()];
    private int[] slotDocument = new int[64];
    /** Per slot: the best weight of each term in each language, {@code LANGUAGES * n} floats. */
    private float[] scores;
    private int slots;
    private int term;
    private int touched;

    Query(int n, Set<RecordType> types, IntPredicate allowed) {
      this.n = n;
      this.allowed = allowed;
      types.forEach(type -> typeAllowed[type.ordinal()] = true);
      this.scores = new float[64 * LANGUAGES * n];
    }

    void startTerm(int t) {
      term = t;
      touched = 0;
    }

    void collect(Postings list, float factor) {
      if (list == null) {
        return;
      }
      int[] places = list.places();
      float[] weights = list.weights();
      for (int i = 0; i < places.length; i++) {
        int doc = places[i] / LANGUAGES;
        int slot = slotOf(doc);
        if (slot < 0) {
          continue;
        }
        int at = slot * LANGUAGES * n + (places[i] % LANGUAGES) * n + term;
        scores[at] = Math.max(scores[at], weights[i] * factor);
      }
    }

    /**
     * The slot of {@code doc}, or -1 when it cannot be a hit. Counts the document as touched by the
     * current term (for the idf) when it passes the type and filter, as the scoring always did,
     * even if an earlier term already ruled it out.
     */
    private int slotOf(int doc) {
      int s = state[doc];
      if (s == 0) {
        if (!typeAllowed[typeOf[doc]] || !allowed.test(doc)) {
          state[doc] = -1;
          return -1;
        }
        countedFor[doc] = term + 1;
        touched++;
        if (term > 0) {
          // Absent from an earlier term: never a hit, but still counts for this term's idf.
          state[doc] = -2;
          return -1;
        }
        s = newSlot(doc) + 1;
        state[doc] = s;
        return s - 1;
      }
      if (s == -1) {
        return -1;
      }
      if (countedFor[doc] != term + 1) {
        countedFor[doc] = term + 1;
        touched++;
      }
      return s < 0 ? -1 : s - 1;
    }

    private int newSlot(int doc) {
      if (slots == slotDocument.length) {
        slotDocument = Arrays.copyOf(slotDocument, slots * 2);
        scores = Arrays.copyOf(scores, slots * 2 * LANGUAGES * n);
      }
      slotDocument[slots] = doc;
      return slots++;
    }

    /** The best {@code limit} hits, ranked by score, then record type, then id. */
    List<SearchHit> best(float[] idf, int limit) {
      Comparator<SearchHit> ranking = Comparator.comparingDouble(SearchHit::score).reversed()
          .thenComparing(h -> h.type().ordinal())
          .thenComparing(SearchHit::id);
      PriorityQueue<SearchHit> worstFirst = new PriorityQueue<>(ranking.reversed());
      for (int slot = 0; slot < slots; slot++) {
        SearchHit hit = rank(documents.get(slotDocument[slot]), scores, slot * LANGUAGES * n, idf, n);
        if (hit == null) {
          continue;
        }
        if (worstFirst.size() < limit) {
          worstFirst.add(hit);
        } else if (ranking.compare(hit, worstFirst.peek()) < 0) {
          worstFirst.poll();
          worstFirst.add(hit);
        }
      }
      List<SearchHit> hits = new ArrayList<>(worstFirst);
      hits.sort(ranking);
      return List.copyOf(hits);
    }
  }

  /** The hit for one document, or null when some term matched in no language. */
  private static SearchHit rank(SearchDocument doc, float[] scores, int base, float[] idf, int n) {
    double total = 0;
    for (int t = 0; t < n; t++) {
      float best = 0;
      for (int lang = 0; lang < LANGUAGES; lang++) {
        best = Math.max(best, scores[base + lang * n + t]);
      }
      if (best == 0) {
        return null;
      }
      total += best * idf[t];
    }
    int bestLanguage = 0;
    double bestLanguageScore = -1;
    boolean bestCoversAll = false;
    for (int lang = 0; lang < LANGUAGES; lang++) {
      double languageScore = 0;
      boolean coversAll = true;
      for (int t = 0; t < n; t++) {
        languageScore += scores[base + lang * n + t] * idf[t];
        coversAll &= scores[base + lang * n + t] > 0;
      }
      // Prefer a language that matches every term, then the higher score; ties go to ca, es, en.
      if ((coversAll && !bestCoversAll)
          || (coversAll == bestCoversAll && languageScore > bestLanguageScore)) {
        bestLanguage = lang;
        bestLanguageScore = languageScore;
        bestCoversAll = coversAll;
      }
    }
    double score = bestCoversAll ? total * ONE_LANGUAGE_BONUS : total;
    return new SearchHit(doc.type, doc.id, doc.title, Math.round(score * 1000) / 1000.0,
        Language.values()[bestLanguage]);
  }

  /**
   * The postings of one term while indexing. Documents are indexed in order, so the entries of the
   * current document are the last few (at most one per language): merging a repeated place looks
   * only there.
   */
  private static final class PostingsBuilder {
    private int[] places = new int[4];
    private float[] weights = new float[4];
    private int size;

    void add(int place, float weight) {
      int firstOfDocument = place - place % LANGUAGES;
      for (int i = size - 1; i >= 0 && places[i] >= firstOfDocument; i--) {
        if (places[i] == place) {
          weights[i] = Math.max(weights[i], weight);
          return;
        }
      }
      if (size == places.length) {
        places = Arrays.copyOf(places, size * 2);
        weights = Arrays.copyOf(weights, size * 2);
      }
      places[size] = place;
      weights[size++] = weight;
    }

    Postings build() {
      return new Postings(Arrays.copyOf(places, size), Arrays.copyOf(weights, size));
    }
  }
}
