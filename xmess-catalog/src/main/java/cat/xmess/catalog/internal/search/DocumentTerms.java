package cat.xmess.catalog.internal.search;

import java.util.Arrays;

/**
 * The forward index: for each document, its distinct terms in increasing number with their impact
 * level in each language ({@link Scoring#level}, one byte per language, 0 where the language lacks
 * the term). Checking whether a candidate document has a query term (or a term in
 * its prefix range), and with what weights, is a binary search among that document's few dozen
 * terms instead of a walk through the term's postings.
 */
final class DocumentTerms {
  private final int[] starts;
  private final int[] terms;
  private final byte[] levels;

  DocumentTerms(int[] starts, int[] terms, byte[] levels) {
    this.starts = starts;
    this.terms = terms;
    this.levels = levels;
  }

  int[] starts() {
    return starts;
  }

  int[] terms() {
    return terms;
  }

  byte[] levels() {
    return levels;
  }

  /** The position after the last entry of {@code document}. */
  int end(int document) {
    return starts[document + 1];
  }

  /** The position of the first entry of {@code document} whose term is {@code term} or later. */
  int seek(int document, int term) {
    // A document's terms are distinct, so a miss's insertion point is the first later term.
    int at = Arrays.binarySearch(terms, starts[document], starts[document + 1], term);
    return at >= 0 ? at : -at - 1;
  }

  int term(int at) {
    return terms[at];
  }

  /** The level of the entry at {@code at} in {@code language} (ordinal); 0 absent. */
  int level(int at, int language) {
    return levels[at * Scoring.LANGUAGES + language] & 0xFF;
  }
}
