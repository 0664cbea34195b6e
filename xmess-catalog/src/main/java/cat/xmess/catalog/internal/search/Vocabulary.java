package cat.xmess.catalog.internal.search;

/**
 * The indexed terms in sorted order; a term's number is its rank. Sorting puts every term that
 * starts with a given prefix in one run of consecutive numbers, so a prefix query is a range.
 *
 * <p>The terms are kept as one array of characters with an offset per term, not as strings: a
 * large catalog has hundreds of thousands of rare terms (names, misspellings), and a string costs
 * about 40 bytes besides its characters.
 */
final class Vocabulary {
  private final char[] chars;
  /** Per term (and one past the last), where its characters start. */
  private final int[] starts;

  /** {@code sortedTerms} must be sorted ({@link String#compareTo}) and distinct. */
  Vocabulary(String[] sortedTerms) {
    starts = new int[sortedTerms.length + 1];
    for (int t = 0; t < sortedTerms.length; t++) {
      starts[t + 1] = starts[t] + sortedTerms[t].length();
    }
    chars = new char[starts[sortedTerms.length]];
    for (int t = 0; t < sortedTerms.length; t++) {
      sortedTerms[t].getChars(0, sortedTerms[t].length(), chars, starts[t]);
    }
  }

  /** A vocabulary over arrays written by {@link SearchIndexFile}. */
  Vocabulary(char[] chars, int[] starts) {
    this.chars = chars;
    this.starts = starts;
  }

  char[] chars() {
    return chars;
  }

  int[] starts() {
    return starts;
  }

  int size() {
    return starts.length - 1;
  }

  /** {@link String#compareTo} of term {@code number} with {@code word}. */
  private int compare(int number, String word) {
    int from = starts[number];
    int length = starts[number + 1] - from;
    int common = Math.min(length, word.length());
    for (int i = 0; i < common; i++) {
      int diff = chars[from + i] - word.charAt(i);
      if (diff != 0) {
        return diff;
      }
    }
    return length - word.length();
  }

  /** The number of the first term not below {@code word} ({@link #size()} if none). */
  int lowerBound(String word) {
    int lo = 0;
    int hi = size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (compare(mid, word) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether term {@code number} is {@code word}. */
  boolean is(int number, String word) {
    return number < size() && compare(number, word) == 0;
  }

  private boolean startsWith(int number, String prefix) {
    int from = starts[number];
    if (starts[number + 1] - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (chars[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of the run of terms starting with {@code prefix} that begins at {@code from} (which
   * must be {@link #lowerBound} of the prefix).
   */
  int prefixEnd(String prefix, int from) {
    int lo = from;
    int hi = size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (startsWith(mid, prefix)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
