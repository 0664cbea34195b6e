package cat.xmess.catalog.internal.search;

/**
 * The forward index: for each document, its distinct terms in increasing number with their {@link
 * WeightCodes weight codes}. Checking whether a candidate document has a query term (or a term in
 * its prefix range), and with what weights, is a binary search among that document's few dozen
 * terms instead of a walk through the term's postings.
 */
final class DocumentTerms {
  private final int[] starts;
  private final int[] terms;
  private final byte[] codes;

  DocumentTerms(int[] starts, int[] terms, byte[] codes) {
    this.starts = starts;
    this.terms = terms;
    this.codes = codes;
  }

  /** The position after the last entry of {@code document}. */
  int end(int document) {
    return starts[document + 1];
  }

  /** The position of the first entry of {@code document} whose term is {@code term} or later. */
  int seek(int document, int term) {
    int lo = starts[document];
    int hi = starts[document + 1];
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (terms[mid] < term) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  int term(int at) {
    return terms[at];
  }

  int code(int at) {
    return codes[at] & 0xFF;
  }
}
