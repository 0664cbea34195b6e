package cat.xmess.catalog.internal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Builds the arrays of a {@link SearchIndex} in a few linear passes: the terms of each document
 * with their weight codes (numbered in order of first appearance), then the vocabulary sorted,
 * then the tiered postings by counting sort, then the forward index from the postings, which
 * leaves every document's terms already sorted.
 */
final class IndexBuilder {
  private static final int LANGUAGES = WeightCodes.LANGUAGES;
  /** Longest text whose terms are remembered: labels and names, not titles or summaries. */
  private static final int SHORT_TEXT = 64;

  private final List<SearchDocument> documents;
  private final WeightCodes weights;
  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  /** Terms of the short texts seen so far (see {@link #termNumbers}); dropped with the builder. */
  private final Map<String, int[]> shortTexts = new HashMap<>();
  /** Per document, in input order: where its entries start in {@link #entryTerms}. */
  private final int[] entryStarts;
  private int[] entryTerms = new int[1024];
  private byte[] entryCodes = new byte[1024];
  private int entries;

  IndexBuilder(List<SearchDocument> documents) {
    this.documents = documents;
    this.entryStarts = new int[documents.size() + 1];
    SortedSet<Float> distinct = new TreeSet<>();
    for (SearchDocument doc : documents) {
      doc.fields.forEach(field -> distinct.add(field.weight()));
    }
    if (distinct.isEmpty()) {
      distinct.add(SearchDocument.TITLE);
    }
    this.weights = new WeightCodes(distinct);
  }

  SearchIndex build() {
    collectEntries();
    int n = documents.size();
    int[] externalOf = tieBreakOrder();
    String[] sorted = names.toArray(String[]::new);
    Arrays.sort(sorted);
    int[] numberOf = new int[sorted.length];
    for (int term = 0; term < sorted.length; term++) {
      numberOf[numbers.get(sorted[term])] = term;
    }

    int tiers = weights.tiers();
    int[] offsets = new int[sorted.length * tiers + 1];
    for (int e = 0; e < entries; e++) {
      offsets[numberOf[entryTerms[e]] * tiers + weights.tier(entryCodes[e] & 0xFF) + 1]++;
    }
    for (int i = 1; i < offsets.length; i++) {
      offsets[i] += offsets[i - 1];
    }
    int[] fill = Arrays.copyOf(offsets, offsets.length - 1);
    int[] postingDocuments = new int[entries];
    byte[] postingCodes = new byte[entries];
    int[] starts = new int[n + 1];
    byte[] typeOf = new byte[n];
    for (int doc = 0; doc < n; doc++) {
      int external = externalOf[doc];
      typeOf[doc] = (byte) documents.get(external).type.ordinal();
      for (int e = entryStarts[external]; e < entryStarts[external + 1]; e++) {
        int at = fill[numberOf[entryTerms[e]] * tiers + weights.tier(entryCodes[e] & 0xFF)]++;
        postingDocuments[at] = doc;
        postingCodes[at] = entryCodes[e];
      }
      starts[doc + 1] = starts[doc] + entryStarts[external + 1] - entryStarts[external];
    }
    entryTerms = null;
    entryCodes = null;

    // Walking the postings term by term appends each document's terms in increasing order.
    int[] terms = new int[postingDocuments.length];
    byte[] codes = new byte[postingDocuments.length];
    int[] next = Arrays.copyOf(starts, n);
    for (int term = 0; term < sorted.length; term++) {
      for (int at = offsets[term * tiers]; at < offsets[(term + 1) * tiers]; at++) {
        int slot = next[postingDocuments[at]]++;
        terms[slot] = term;
        codes[slot] = postingCodes[at];
      }
    }
    return new SearchIndex(List.copyOf(documents), externalOf, typeOf, new Vocabulary(sorted), weights,
        new TieredPostings(tiers, offsets, postingDocuments), new DocumentTerms(starts, terms, codes));
  }

  /**
   * The documents in ranking tie-break order (record type, then id, then input order): the index
   * numbers them so, and returns the input position of each.
   */
  private int[] tieBreakOrder() {
    Integer[] order = new Integer[documents.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> documents.get(i).type.ordinal())
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

  /** Folds every field into terms and records, per document, each distinct term's weight code. */
  private void collectEntries() {
    int[] seenIn = new int[1024];
    int[] slotOf = new int[1024];
    int[] local = new int[64];
    int[] levels = new int[64 * LANGUAGES];
    for (int d = 0; d < documents.size(); d++) {
      int distinct = 0;
      for (SearchDocument.Field field : documents.get(d).fields) {
        int level = weights.level(field.weight());
        for (int term : termNumbers(field.text())) {
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
              levels = Arrays.copyOf(levels, distinct * 2 * LANGUAGES);
            }
            slot = distinct++;
            seenIn[term] = d + 1;
            slotOf[term] = slot;
            local[slot] = term;
            Arrays.fill(levels, slot * LANGUAGES, (slot + 1) * LANGUAGES, 0);
          }
          for (int lang = 0; lang < LANGUAGES; lang++) {
            if (field.language() == null || field.language().ordinal() == lang) {
              int at = slot * LANGUAGES + lang;
              // Level 1 is the heaviest weight: keep the smallest level seen.
              levels[at] = levels[at] == 0 ? level : Math.min(levels[at], level);
            }
          }
        }
      }
      if (entries + distinct > entryTerms.length) {
        int capacity = Math.max(entryTerms.length * 2, entries + distinct);
        entryTerms = Arrays.copyOf(entryTerms, capacity);
        entryCodes = Arrays.copyOf(entryCodes, capacity);
      }
      for (int slot = 0; slot < distinct; slot++) {
        entryTerms[entries] = local[slot];
        entryCodes[entries++] = (byte) weights.code(levels, slot * LANGUAGES);
      }
      entryStarts[d + 1] = entries;
      documents.get(d).releaseTexts();
    }
  }
}
