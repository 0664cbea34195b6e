package cat.xmess.catalog.internal.search;

import java.util.Arrays;

/**
 * Inverted lists: for each term, the documents that contain it, grouped by the term's tier there
 * (its heaviest impact level, see {@link Scoring#tier}), heaviest tier first and each tier in
 * document order. All lists share one array; {@code offsets[term * tiers + tier]} is where a list starts.
 * A list's length is also the number of documents with the term in that tier, so document
 * frequencies, even summed over a range of terms, are two array reads.
 */
final class TieredPostings {
  private final int tiers;
  private final int[] offsets;
  private final int[] documents;

  TieredPostings(int tiers, int[] offsets, int[] documents) {
    this.tiers = tiers;
    this.offsets = offsets;
    this.documents = documents;
  }

  int start(int term, int tier) {
    return offsets[term * tiers + tier];
  }

  int end(int term, int tier) {
    return offsets[term * tiers + tier + 1];
  }

  /** The document at position {@code at} of the shared array. */
  int document(int at) {
    return documents[at];
  }

  /** Documents containing the terms numbered {@code from} (inclusive) to {@code to}, summed per term. */
  long documentFrequency(int from, int to) {
    return offsets[to * tiers] - offsets[from * tiers];
  }

  /** The heaviest tier in which {@code term} occurs somewhere. */
  int topTier(int term) {
    for (int tier = 0; tier < tiers; tier++) {
      if (start(term, tier) < end(term, tier)) {
        return tier;
      }
    }
    throw new IllegalStateException("an indexed term without documents");
  }

  /** The first position in {@code [from, to)} of one list whose document is {@code document} or later. */
  int seek(int from, int to, int document) {
    // A list's documents are distinct, so a miss's insertion point is the first later document.
    int at = Arrays.binarySearch(documents, from, to, document);
    return at >= 0 ? at : -at - 1;
  }
}
