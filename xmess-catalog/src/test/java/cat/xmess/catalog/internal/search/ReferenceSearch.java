package cat.xmess.catalog.internal.search;

import cat.xmess.model.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The ranking documented in {@link SearchIndex} (BM25F per language, levels of 1 to 255), computed
 * the plain way from its own copy of the formula: every document scored against every query term,
 * then all hits sorted. Slow and obviously right, to check the pruned
 * search against. Built from its own copy of the documents (the index forgets their texts).
 */
final class ReferenceSearch {
  private static final int LANGUAGES = Language.values().length;
  private static final float PREFIX_FACTOR = 0.6f;
  private static final double ONE_LANGUAGE_BONUS = 1.25;
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private final List<SearchDocument> documents;
  /** Per document: each term and its BM25F weight per language (0 when absent). */
  private final List<Map<String, float[]>> weights = new ArrayList<>();
  /** Per indexed term: the number of documents containing it. */
  private final Map<String, Integer> documentFrequency = new HashMap<>();

  ReferenceSearch(List<SearchDocument> documents) {
    this.documents = documents;
    List<Map<String, float[]>> frequencies = new ArrayList<>();
    List<int[]> lengths = new ArrayList<>();
    double[] average = new double[LANGUAGES];
    for (SearchDocument doc : documents) {
      Map<String, float[]> terms = new LinkedHashMap<>();
      int[] length = new int[LANGUAGES];
      for (SearchDocument.Field field : doc.fields) {
        List<String> words = TextFolding.terms(field.text());
        for (int lang = 0; lang < LANGUAGES; lang++) {
          if (field.language() == null || field.language().ordinal() == lang) {
            length[lang] += words.size();
            for (String term : words) {
              terms.computeIfAbsent(term, t -> new float[LANGUAGES])[lang] += field.weight();
            }
          }
        }
      }
      frequencies.add(terms);
      lengths.add(length);
      for (int lang = 0; lang < LANGUAGES; lang++) {
        average[lang] += length[lang];
      }
      terms.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
    }
    for (int lang = 0; lang < LANGUAGES; lang++) {
      average[lang] /= Math.max(1, documents.size());
    }
    for (int d = 0; d < documents.size(); d++) {
      Map<String, float[]> terms = new LinkedHashMap<>();
      for (Map.Entry<String, float[]> term : frequencies.get(d).entrySet()) {
        float[] byLanguage = new float[LANGUAGES];
        for (int lang = 0; lang < LANGUAGES; lang++) {
          float tf = term.getValue()[lang];
          if (tf > 0) {
            byLanguage[lang] = bm25f(tf, lengths.get(d)[lang], average[lang]);
          }
        }
        terms.put(term.getKey(), byLanguage);
      }
      weights.add(terms);
    }
  }

  /** BM25F's factor of a weighted frequency in a document of {@code length} terms, on the documented 255-step scale. */
  private static float bm25f(float tf, int length, double average) {
    double factor = tf * (K1 + 1) / (tf + K1 * (1 - B + B * (average > 0 ? length / average : 1)));
    long level = Math.max(1, Math.min(255, Math.round(factor / (K1 + 1) * 255)));
    return (float) (level * (K1 + 1) / 255);
  }

  /** The indexed terms. */
  Set<String> vocabulary() {
    return documentFrequency.keySet();
  }

  /** Every hit, best first (rounded score, then kind, then id), cut at {@code limit}. */
  List<SearchIndex.Hit> search(String text, int kinds, IntPredicate allowed, int limit) {
    List<String> query = TextFolding.terms(text);
    if (query.isEmpty() || kinds == 0) {
      return List.of();
    }
    int n = documents.size();
    double[] idf = new double[query.size()];
    for (int q = 0; q < query.size(); q++) {
      long sum = 0;
      for (Map.Entry<String, Integer> term : documentFrequency.entrySet()) {
        if (matches(query.get(q), term.getKey())) {
          sum += term.getValue();
        }
      }
      idf[q] = Math.log(1 + (double) n / (1 + Math.min(n, sum)));
    }
    List<SearchIndex.Hit> hits = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      SearchDocument doc = documents.get(d);
      if ((kinds & (1 << doc.kind)) == 0 || !allowed.test(d)) {
        continue;
      }
      SearchIndex.Hit hit = score(doc, weights.get(d), query, idf);
      if (hit != null) {
        hits.add(hit);
      }
    }
    hits.sort(Comparator.comparingDouble(SearchIndex.Hit::score).reversed()
        .thenComparing(h -> h.document().kind())
        .thenComparing(h -> h.document().id()));
    return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
  }

  private static boolean matches(String queryTerm, String indexed) {
    return indexed.equals(queryTerm) || (queryTerm.length() >= 3 && indexed.startsWith(queryTerm));
  }

  private static SearchIndex.Hit score(SearchDocument doc, Map<String, float[]> terms, List<String> query, double[] idf) {
    double[][] s = new double[query.size()][LANGUAGES];
    for (int q = 0; q < query.size(); q++) {
      boolean found = false;
      for (Map.Entry<String, float[]> term : terms.entrySet()) {
        if (!matches(query.get(q), term.getKey())) {
          continue;
        }
        found = true;
        float factor = term.getKey().equals(query.get(q)) ? 1f : PREFIX_FACTOR;
        for (int lang = 0; lang < LANGUAGES; lang++) {
          float weight = term.getValue()[lang];
          if (weight > 0) {
            s[q][lang] = Math.max(s[q][lang], weight * factor * idf[q]);
          }
        }
      }
      if (!found) {
        return null;
      }
    }
    double total = 0;
    for (double[] byLanguage : s) {
      double best = 0;
      for (double value : byLanguage) {
        best = Math.max(best, value);
      }
      total += best;
    }
    int language = -1;
    double languageScore = 0;
    boolean coversAll = false;
    for (int lang = 0; lang < LANGUAGES; lang++) {
      double sum = 0;
      boolean covers = true;
      for (double[] byLanguage : s) {
        sum += byLanguage[lang];
        covers &= byLanguage[lang] > 0;
      }
      if (language < 0 || (covers && !coversAll) || (covers == coversAll && sum > languageScore)) {
        language = lang;
        languageScore = sum;
        coversAll = covers;
      }
    }
    double score = coversAll ? total * ONE_LANGUAGE_BONUS : total;
    return new SearchIndex.Hit(doc, Math.round(score * 1000) / 1000.0, Language.values()[language]);
  }
}
