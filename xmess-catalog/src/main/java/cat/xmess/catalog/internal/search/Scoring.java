package cat.xmess.catalog.internal.search;

import cat.xmess.model.Language;

/**
 * The arithmetic of the ranking (see {@link SearchIndex} for the formula), in one place so that
 * scores and the upper bounds that prune the search are computed by the very same operations:
 * floating-point addition and multiplication are monotonic, so a bound built from larger operands
 * in the same order is never below the score it bounds.
 */
final class Scoring {
  static final int LANGUAGES = Language.values().length;
  /** Weight of a match on a longer indexed term, relative to an exact match. */
  static final float PREFIX_FACTOR = 0.6f;
  /** Factor of a document whose best language matches every query term. */
  static final double ONE_LANGUAGE_BONUS = 1.25;
  /** Query terms this long or longer also match the indexed terms they prefix. */
  static final int MIN_PREFIX_LENGTH = 3;
  /** BM25's term-frequency saturation. */
  static final double K1 = 1.2;
  /** BM25's length normalisation: 0 none, 1 full. */
  static final double B = 0.75;
  /** Highest impact level: a term's BM25F factor in a document is stored as a level 1 to 255. */
  static final int MAX_LEVEL = 255;
  /** Number of tiers: postings are grouped by level in tiers of {@value #TIER_WIDTH} levels. */
  static final int TIERS = 32;
  private static final int TIER_WIDTH = 8;
  /** Per level, its weight: the BM25F factor it stands for, level × (k1 + 1) / 255. */
  private static final float[] WEIGHTS = new float[MAX_LEVEL + 1];

  static {
    for (int level = 0; level <= MAX_LEVEL; level++) {
      WEIGHTS[level] = (float) (level * (K1 + 1) / MAX_LEVEL);
    }
  }

  private Scoring() {}

  /**
   * The inverse document frequency of a query term whose matching indexed terms occur, summed, in
   * {@code documentFrequency} of the {@code documents} (the sum capped at {@code documents}).
   */
  static double idf(int documents, long documentFrequency) {
    return Math.log(1 + (double) documents / (1 + Math.min(documents, documentFrequency)));
  }

  /**
   * The level (1 to {@value #MAX_LEVEL}) of a term of weighted frequency {@code frequency} (the sum,
   * over its occurrences in a document's texts of one language, of their fields' weights) in a
   * document of {@code length} terms in that language, when documents have {@code averageLength}
   * on average: BM25F's tf·(k1 + 1) / (tf + k1·(1 − b + b·length / average)), on a scale of 255.
   */
  static int level(float frequency, int length, double averageLength) {
    double norm = 1 - B + B * (averageLength > 0 ? length / averageLength : 1);
    double factor = frequency * (K1 + 1) / (frequency + K1 * norm);
    return (int) Math.max(1, Math.min(MAX_LEVEL, Math.round(factor / (K1 + 1) * MAX_LEVEL)));
  }

  /** The weight of {@code level}: the BM25F factor it stands for. */
  static float weight(int level) {
    return WEIGHTS[level];
  }

  /** The tier of an entry whose heaviest level over the languages is {@code level}: 0 for the heaviest. */
  static int tier(int level) {
    return (MAX_LEVEL - level) / TIER_WIDTH;
  }

  /** The weight of the heaviest level of {@code tier}: no entry of the tier weighs more. */
  static float tierWeight(int tier) {
    return WEIGHTS[MAX_LEVEL - tier * TIER_WIDTH];
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
