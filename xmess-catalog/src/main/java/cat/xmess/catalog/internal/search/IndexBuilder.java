package cat.xmess.catalog.internal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the arrays of a {@link SearchIndex} in a few linear passes: the terms of each document
 * with their weighted frequency per language and the document's length per language (terms
 * numbered in order of first appearance), then the impact levels once the average lengths are
 * known, then the vocabulary sorted, then the tiered postings by counting sort, then the forward
 * index from the postings, which leaves every document's terms already sorted.
 */
final class IndexBuilder {
  private static final int LANGUAGES = Scoring.LANGUAGES;
  /** Longest text whose terms are remembered: labels and names, not titles or summaries. */
  private static final int SHORT_TEXT = 64;

  private final List<SearchDocument> documents;
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  /** Terms of the short texts seen so far (see {@link #termNumbers}); dropped with the builder. */
  private final Map<String, int[]> shortTexts = new HashMap<>();
  /** Per document, in input order: where its entries start in {@link #entryTerms}. */
  private final int[] entryStarts;
  private int[] entryTerms = new int[1024];
  /** Per entry and language, the term's weighted frequency (0 absent); replaced by levels. */
  private float[] entryFrequencies = new float[1024 * LANGUAGES];
  /** Per entry and language, the term's impact level ({@link Scoring#level}, 0 absent). */
  private byte[] entryLevels;
  /** Per document (input order) and language, its number of terms. */
  private final int[] lengths;
  private int entries;

  IndexBuilder(List<SearchDocument> documents) {
    this.documents = documents;
    this.entryStarts = new int[documents.size() + 1];
    this.lengths = new int[documents.size() * LANGUAGES];
  }

  SearchIndex build() {
    collectEntries();
    levels();
    int n = documents.size();
    int[] externalOf = tieBreakOrder();
    String[] sorted = names.toArray(String[]::new);
    Arrays.sort(sorted);
    int[] numberOf = new int[sorted.length];
    for (int term = 0; term < sorted.length; term++) {
      numberOf[numbers.get(sorted[term])] = term;
    }

    int tiers = Scoring.TIERS;
    int[] offsets = new int[sorted.length * tiers + 1];
    for (int e = 0; e < entries; e++) {
      offsets[numberOf[entryTerms[e]] * tiers + tierOf(e) + 1]++;
    }
    for (int i = 1; i < offsets.length; i++) {
      offsets[i] += offsets[i - 1];
    }
    int[] fill = Arrays.copyOf(offsets, offsets.length - 1);
    int[] postingDocuments = new int[entries];
    byte[] postingLevels = new byte[entries * LANGUAGES];
    int[] starts = new int[n + 1];
    byte[] typeOf = new byte[n];
    for (int doc = 0; doc < n; doc++) {
      int external = externalOf[doc];
      typeOf[doc] = (byte) documents.get(external).kind;
      for (int e = entryStarts[external]; e < entryStarts[external + 1]; e++) {
        int at = fill[numberOf[entryTerms[e]] * tiers + tierOf(e)]++;
        postingDocuments[at] = doc;
        System.arraycopy(entryLevels, e * LANGUAGES, postingLevels, at * LANGUAGES, LANGUAGES);
      }
      starts[doc + 1] = starts[doc] + entryStarts[external + 1] - entryStarts[external];
    }
    entryTerms = null;
    entryLevels = null;

    // Walking the postings term by term appends each document's terms in increasing order.
    int[] terms = new int[postingDocuments.length];
    byte[] levels = new byte[postingDocuments.length * LANGUAGES];
    int[] next = Arrays.copyOf(starts, n);
    for (int term = 0; term < sorted.length; term++) {
      for (int at = offsets[term * tiers]; at < offsets[(term + 1) * tiers]; at++) {
        int slot = next[postingDocuments[at]]++;
        terms[slot] = term;
        System.arraycopy(postingLevels, at * LANGUAGES, levels, slot * LANGUAGES, LANGUAGES);
      }
    }
    return new SearchIndex(List.copyOf(documents), externalOf, typeOf, new Vocabulary(sorted),
        TieredPostings.of(sorted.length, tiers, offsets, postingDocuments), new DocumentTerms(starts, terms, levels));
  }

  /** The tier of entry {@code e}: that of its heaviest level over the languages. */
  private int tierOf(int e) {
    int best = 0;
    for (int lang = 0; lang < LANGUAGES; lang++) {
      best = Math.max(best, entryLevels[e * LANGUAGES + lang] & 0xFF);
    }
    return Scoring.tier(best);
  }

  /** Turns the weighted frequencies into impact levels, now that the average lengths are known. */
  private void levels() {
    int n = documents.size();
    double[] average = new double[LANGUAGES];
    for (int d = 0; d < n; d++) {
      for (int lang = 0; lang < LANGUAGES; lang++) {
        average[lang] += lengths[d * LANGUAGES + lang];
      }
    }
    for (int lang = 0; lang < LANGUAGES; lang++) {
      average[lang] /= Math.max(1, n);
    }
    entryLevels = new byte[entries * LANGUAGES];
    for (int d = 0; d < n; d++) {
      for (int e = entryStarts[d]; e < entryStarts[d + 1]; e++) {
        for (int lang = 0; lang < LANGUAGES; lang++) {
          float frequency = entryFrequencies[e * LANGUAGES + lang];
          if (frequency > 0) {
            entryLevels[e * LANGUAGES + lang] =
                (byte) Scoring.level(frequency, lengths[d * LANGUAGES + lang], average[lang]);
          }
        }
      }
    }
    entryFrequencies = null;
  }

  /**
   * The documents in ranking tie-break order (record type, then id, then input order): the index
   * numbers them so, and returns the input position of each.
   */
  private int[] tieBreakOrder() {
    Integer[] order = new Integer[documents.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> documents.get(i).kind)
        .thenComparing(i -> documents.get(i).id)
        .thenComparingInt(i -> i));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  /**
   * The numbers of the terms of {@code text}, numbering new terms as they come. Short texts are
   * remembered: labels of codes, place and body names come back in record after record (a label in
   * every initiative of its category), and folding them once is enough.
   */
  private int[] termNumbers(String text) {
    boolean isShort = text.length() <= SHORT_TEXT;
    int[] known = isShort ? shortTexts.get(text) : null;
    if (known != null) {
      return known;
    }
    List<String> words = TextFolding.terms(text);
    int[] terms = new int[words.size()];
    for (int i = 0; i < terms.length; i++) {
      terms[i] = numbers.computeIfAbsent(words.get(i), w -> {
        names.add(w);
        return names.size() - 1;
      });
    }
    if (isShort) {
      shortTexts.put(text, terms);
    }
    return terms;
  }

  /**
   * Folds every field into terms and records, per document, each distinct term's weighted frequency
   * per language (the field weights of its occurrences, summed) and the document's length per
   * language (a text without language counts in every language).
   */
  private void collectEntries() {
    int[] seenIn = new int[1024];
    int[] slotOf = new int[1024];
    int[] local = new int[64];
    float[] frequencies = new float[64 * LANGUAGES];
    for (int d = 0; d < documents.size(); d++) {
      int distinct = 0;
      for (SearchDocument.Field field : documents.get(d).fields) {
        int[] fieldTerms = termNumbers(field.text());
        for (int lang = 0; lang < LANGUAGES; lang++) {
          if (field.language() == null || field.language().ordinal() == lang) {
            lengths[d * LANGUAGES + lang] += fieldTerms.length;
          }
        }
        for (int term : fieldTerms) {
          if (term >= seenIn.length) {
            seenIn = Arrays.copyOf(seenIn, seenIn.length * 2);
            slotOf = Arrays.copyOf(slotOf, slotOf.length * 2);
          }
          int slot;
          if (seenIn[term] == d + 1) {
            slot = slotOf[term];
          } else {
            if (distinct == local.length) {
              local = Arrays.copyOf(local, distinct * 2);
              frequencies = Arrays.copyOf(frequencies, distinct * 2 * LANGUAGES);
            }
            slot = distinct++;
            seenIn[term] = d + 1;
            slotOf[term] = slot;
            local[slot] = term;
            Arrays.fill(frequencies, slot * LANGUAGES, (slot + 1) * LANGUAGES, 0f);
          }
          for (int lang = 0; lang < LANGUAGES; lang++) {
            if (field.language() == null || field.language().ordinal() == lang) {
              frequencies[slot * LANGUAGES + lang] += field.weight();
            }
          }
        }
      }
      if (entries + distinct > entryTerms.length) {
        int capacity = Math.max(entryTerms.length * 2, entries + distinct);
        entryTerms = Arrays.copyOf(entryTerms, capacity);
        entryFrequencies = Arrays.copyOf(entryFrequencies, capacity * LANGUAGES);
      }
      for (int slot = 0; slot < distinct; slot++) {
        entryTerms[entries] = local[slot];
        System.arraycopy(frequencies, slot * LANGUAGES, entryFrequencies, entries * LANGUAGES, LANGUAGES);
        entries++;
      }
      entryStarts[d + 1] = entries;
      documents.get(d).releaseTexts();
    }
  }
}
