package cat.xmess.catalog.internal.search;

/**
 * The arithmetic of the ranking (see {@link SearchIndex} for the formula), in one place so that
 * scores and the upper bounds that prune the search are computed by the very same operations:
 * floating-point addition and multiplication are monotonic, so a bound built from larger operands
 * in the same order is never below the score it bounds.
 */
final class Scoring {
  /** Weight of a match on a longer indexed term, relative to an exact match. */
  static final float PREFIX_FACTOR = 0.6f;
  /** Factor of a document whose best language matches every query term. */
  static final double ONE_LANGUAGE_BONUS = 1.25;
  /** Query terms this long or longer also match the indexed terms they prefix. */
  static final int MIN_PREFIX_LENGTH = 3;

  private Scoring() {}

  /**
   * The inverse document frequency of a query term whose matching indexed terms occur, summed, in
   * {@code documentFrequency} of the {@code documents} (the sum capped at {@code documents}).
   */
  static double idf(int documents, long documentFrequency) {
    return Math.log(1 + (double) documents / (1 + Math.min(documents, documentFrequency)));
  }

  /** What a match of weight {@code weight}, exact or on a longer term, adds for a term of {@code idf}. */
  static double impact(float weight, boolean exact, double idf) {
    return weight * (exact ? 1f : PREFIX_FACTOR) * idf;
  }

  /** A score as reported and ranked: rounded to three decimals. */
  static double rounded(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
