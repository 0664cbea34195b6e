package cat.xmess.catalog.internal.search;

import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.SearchHit;
import cat.xmess.model.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
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
 */
public final class SearchIndex {
  private static final float PREFIX_FACTOR = 0.6f;
  private static final float ONE_LANGUAGE_BONUS = 1.25f;
  private static final int LANGUAGES = Language.values().length;

  private final List<SearchDocument> documents;
  private final NavigableMap<String, Posting[]> postings;

  /** Where a term occurs: document, language, best field weight there. */
  private record Posting(int document, int language, float weight) {}

  private SearchIndex(List<SearchDocument> documents, NavigableMap<String, Posting[]> postings) {
    this.documents = documents;
    this.postings = postings;
  }

  /** Indexes {@code documents}; their order is the index's document numbering. */
  public static SearchIndex build(List<SearchDocument> documents) {
    Map<String, Map<Long, Float>> best = new HashMap<>();
    for (int d = 0; d < documents.size(); d++) {
      for (SearchDocument.Field field : documents.get(d).fields) {
        for (String term : TextFolding.terms(field.text())) {
          Map<Long, Float> places = best.computeIfAbsent(term, t -> new HashMap<>());
          for (int lang = 0; lang < LANGUAGES; lang++) {
            if (field.language() == null || field.language().ordinal() == lang) {
              places.merge((long) d * LANGUAGES + lang, field.weight(), Math::max);
            }
          }
        }
      }
    }
    TreeMap<String, Posting[]> postings = new TreeMap<>();
    best.forEach((term, places) -> {
      Posting[] list = new Posting[places.size()];
      int i = 0;
      for (Map.Entry<Long, Float> place : places.entrySet()) {
        long key = place.getKey();
        list[i++] = new Posting((int) (key / LANGUAGES), (int) (key % LANGUAGES), place.getValue());
      }
      postings.put(term, list);
    });
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
    int n = terms.size();
    // Per touched document: the best weight of each term in each language.
    Map<Integer, float[]> scores = new HashMap<>();
    float[] idf = new float[n];
    for (int t = 0; t < n; t++) {
      String term = terms.get(t);
      Set<Integer> touched = new java.util.HashSet<>();
      collect(postings.get(term), 1f, t, n, types, allowed, scores, touched);
      if (term.length() >= 3) {
        for (Map.Entry<String, Posting[]> longer : postings.tailMap(term, false).entrySet()) {
          if (!longer.getKey().startsWith(term)) {
            break;
          }
          collect(longer.getValue(), PREFIX_FACTOR, t, n, types, allowed, scores, touched);
        }
      }
      idf[t] = (float) Math.log(1 + (double) documents.size() / (1 + touched.size()));
    }
    List<SearchHit> hits = new ArrayList<>();
    scores.forEach((doc, perLanguage) -> {
      SearchHit hit = rank(documents.get(doc), perLanguage, idf, n);
      if (hit != null) {
        hits.add(hit);
      }
    });
    hits.sort(Comparator.comparingDouble(SearchHit::score).reversed()
        .thenComparing(h -> h.type().ordinal())
        .thenComparing(SearchHit::id));
    return List.copyOf(hits.size() <= limit ? hits : hits.subList(0, limit));
  }

  private void collect(Posting[] list, float factor, int term, int terms, Set<RecordType> types,
      IntPredicate allowed, Map<Integer, float[]> scores, Set<Integer> touched) {
    if (list == null) {
      return;
    }
    for (Posting p : list) {
      if (!types.contains(documents.get(p.document()).type) || !allowed.test(p.document())) {
        continue;
      }
      touched.add(p.document());
      float[] s = scores.computeIfAbsent(p.document(), d -> new float[LANGUAGES * terms]);
      int slot = p.language() * terms + term;
      s[slot] = Math.max(s[slot], p.weight() * factor);
    }
  }

  /** The hit for one document, or null when some term matched in no language. */
  private static SearchHit rank(SearchDocument doc, float[] s, float[] idf, int n) {
    double total = 0;
    for (int t = 0; t < n; t++) {
      float best = 0;
      for (int lang = 0; lang < LANGUAGES; lang++) {
        best = Math.max(best, s[lang * n + t]);
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
        languageScore += s[lang * n + t] * idf[t];
        coversAll &= s[lang * n + t] > 0;
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
}
