package cat.xmess.catalog.internal.search;

/**
 * One term of a query as the index sees it: the range of indexed term numbers it matches (itself,
 * and for {@link Scoring#MIN_PREFIX_LENGTH} letters or more the terms it prefixes), its idf and the
 * most one document can get from it.
 */
final class QueryTerm {
  /** First matching term number. */
  final int from;
  /** After the last matching term number. */
  final int to;
  /** The number of the term equal to the query term, or -1. */
  final int exact;
  /** Documents containing a matching term, summed over the matching terms. */
  final long documentFrequency;
  final double idf;
  /** The largest {@link Scoring#impact} of any match: an upper bound of this term's part of a score. */
  final double maxImpact;

  private QueryTerm(int from, int to, int exact, long documentFrequency, double idf, double maxImpact) {
    this.from = from;
    this.to = to;
    this.exact = exact;
    this.documentFrequency = documentFrequency;
    this.idf = idf;
    this.maxImpact = maxImpact;
  }

  /** The term {@code word} (already folded and stemmed), or null when no indexed term matches it. */
  static QueryTerm of(SearchIndex index, String word) {
    Vocabulary vocabulary = index.vocabulary;
    int from = vocabulary.lowerBound(word);
    int exact = vocabulary.is(from, word) ? from : -1;
    int to = word.length() >= Scoring.MIN_PREFIX_LENGTH ? vocabulary.prefixEnd(word, from) : from + (exact >= 0 ? 1 : 0);
    if (from == to) {
      return null;
    }
    long df = index.postings.documentFrequency(from, to);
    double idf = Scoring.idf(index.size(), df);
    double max = 0;
    int heaviestPrefixTier = Integer.MAX_VALUE;
    for (int term = exact >= 0 ? from + 1 : from; term < to && heaviestPrefixTier > 0; term++) {
      heaviestPrefixTier = Math.min(heaviestPrefixTier, index.postings.topTier(term));
    }
    if (heaviestPrefixTier != Integer.MAX_VALUE) {
      max = Scoring.impact(Scoring.tierWeight(heaviestPrefixTier), false, idf);
    }
    if (exact >= 0) {
      max = Math.max(max, Scoring.impact(Scoring.tierWeight(index.postings.topTier(exact)), true, idf));
    }
    return new QueryTerm(from, to, exact, df, idf, max);
  }
}
