package cat.xmess.catalog.internal.search;

import java.util.Arrays;

/**
 * Inverted lists: for each term, the documents that contain it, grouped by the term's tier there
 * (its heaviest impact level, see {@link Scoring#tier}), heaviest tier first and each tier in
 * document order. All lists share one array, term after term. Most terms are rare and occupy one or
 * two of the {@value Scoring#TIERS} tiers, so only non-empty lists have an offset: per term, where
 * its postings start, a mask of its non-empty tiers and where their offsets start. The postings of
 * a range of terms lie side by side, so document frequencies, even summed over a range of terms,
 * are two array reads.
 */
final class TieredPostings {
  /** Per term (and one past the last), the position of its first posting. */
  private final int[] termStarts;
  /** Per term, bit t set when its tier t is not empty. */
  private final int[] tierMasks;
  /** Per term (and one past the last), where the offsets of its non-empty tiers start in {@link #tierStarts}. */
  private final int[] firstTier;
  /** The start of every non-empty list, term after term, heaviest tier first. */
  private final int[] tierStarts;
  private final int[] documents;

  TieredPostings(int[] termStarts, int[] tierMasks, int[] firstTier, int[] tierStarts, int[] documents) {
    this.termStarts = termStarts;
    this.tierMasks = tierMasks;
    this.firstTier = firstTier;
    this.tierStarts = tierStarts;
    this.documents = documents;
  }

  /** The arrays, in constructor order, for {@link SearchIndexFile}. */
  int[][] arrays() {
    return new int[][] {termStarts, tierMasks, firstTier, tierStarts, documents};
  }

  /**
   * The postings {@code documents} of {@code terms} terms laid out by (term, tier), with {@code
   * offsets[term * tiers + tier]} where each list starts (and the total at the end).
   */
  static TieredPostings of(int terms, int tiers, int[] offsets, int[] documents) {
    int[] termStarts = new int[terms + 1];
    int[] tierMasks = new int[terms];
    int[] firstTier = new int[terms + 1];
    int lists = 0;
    for (int at = 0; at < terms * tiers; at++) {
      lists += offsets[at] < offsets[at + 1] ? 1 : 0;
    }
    int[] tierStarts = new int[lists];
    int list = 0;
    for (int term = 0; term < terms; term++) {
      termStarts[term] = offsets[term * tiers];
      firstTier[term] = list;
      for (int tier = 0; tier < tiers; tier++) {
        int at = term * tiers + tier;
        if (offsets[at] < offsets[at + 1]) {
          tierMasks[term] |= 1 << tier;
          tierStarts[list++] = offsets[at];
        }
      }
    }
    termStarts[terms] = offsets[terms * tiers];
    firstTier[terms] = list;
    return new TieredPostings(termStarts, tierMasks, firstTier, tierStarts, documents);
  }

  /** The position of the first posting of {@code term}'s list of {@code tier} (its end if empty). */
  int start(int term, int tier) {
    int mask = tierMasks[term];
    int list = firstTier[term] + Integer.bitCount(mask & ((1 << tier) - 1));
    if ((mask & (1 << tier)) == 0) {
      return list < firstTier[term + 1] ? tierStarts[list] : termStarts[term + 1];
    }
    return tierStarts[list];
  }

  /** The position after the last posting of {@code term}'s list of {@code tier}. */
  int end(int term, int tier) {
    int list = firstTier[term] + Integer.bitCount(tierMasks[term] & ((2 << tier) - 1));
    return list < firstTier[term + 1] ? tierStarts[list] : termStarts[term + 1];
  }

  /** The document at position {@code at} of the shared array. */
  int document(int at) {
    return documents[at];
  }

  /** Documents containing the terms numbered {@code from} (inclusive) to {@code to}, summed per term. */
  long documentFrequency(int from, int to) {
    return termStarts[to] - termStarts[from];
  }

  /** The heaviest tier in which {@code term} occurs somewhere. */
  int topTier(int term) {
    if (tierMasks[term] == 0) {
      throw new IllegalStateException("an indexed term without documents");
    }
    return Integer.numberOfTrailingZeros(tierMasks[term]);
  }

  /** The first position in {@code [from, to)} of one list whose document is {@code document} or later. */
  int seek(int from, int to, int document) {
    // The ends first: a search seeks each list it merges to the first and past the last document of
    // the record types asked for, and for initiatives (the first and by far the largest type) that
    // is most often the list's own start and end, found without a binary search through the list.
    if (from == to || documents[from] >= document) {
      return from;
    }
    if (documents[to - 1] < document) {
      return to;
    }
    // A list's documents are distinct, so a miss's insertion point is the first later document.
    int at = Arrays.binarySearch(documents, from, to, document);
    return at >= 0 ? at : -at - 1;
  }
}
