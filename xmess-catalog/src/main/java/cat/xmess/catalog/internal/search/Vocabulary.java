package cat.xmess.catalog.internal.search;

import java.util.Arrays;

/**
 * The indexed terms in sorted order; a term's number is its rank. Sorting puts every term that
 * starts with a given prefix in one run of consecutive numbers, so a prefix query is a range.
 */
final class Vocabulary {
  private final String[] terms;

  /** {@code sortedTerms} must be sorted and distinct; the array is kept. */
  Vocabulary(String[] sortedTerms) {
    this.terms = sortedTerms;
  }

  int size() {
    return terms.length;
  }

  /** The number of the first term not below {@code word} ({@link #size()} if none). */
  int lowerBound(String word) {
    int at = Arrays.binarySearch(terms, word);
    return at >= 0 ? at : -at - 1;
  }

  /** Whether term {@code number} is {@code word}. */
  boolean is(int number, String word) {
    return number < terms.length && terms[number].equals(word);
  }

  /**
   * The end of the run of terms starting with {@code prefix} that begins at {@code from} (which
   * must be {@link #lowerBound} of the prefix).
   */
  int prefixEnd(String prefix, int from) {
    int lo = from;
    int hi = terms.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (terms[mid].startsWith(prefix)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
