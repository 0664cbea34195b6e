package cat.xmess.catalog.internal.search;

import cat.xmess.model.Language;
import java.util.Arrays;
import java.util.SortedSet;

/**
 * The weights of one term in one document, one per language, packed into a byte. Field weights
 * come from a handful of constants ({@link SearchDocument#TITLE}, {@link SearchDocument#KEYWORD},
 * {@link SearchDocument#BODY}), so the weights of a term in a document (0 where the language lacks
 * it) take few combinations; a byte per entry instead of a float per language keeps the index
 * small.
 *
 * <p>A term's <em>tier</em> in a document is the rank of its best weight over the languages among
 * the distinct weights, 0 for the heaviest: postings are grouped by tier so that a query can visit
 * the documents where a term weighs most first.
 */
final class WeightCodes {
  static final int LANGUAGES = Language.values().length;
  /** With five distinct weights, 6^3 = 216 combinations still fit in a byte. */
  private static final int MAX_WEIGHTS = 5;

  /** The distinct weights, heaviest first. */
  private final float[] levels;
  private final int base;
  /** Per code and language, the weight (0 absent). */
  private final float[] weights;
  /** Per code, its tier (-1 for the code of no language). */
  private final byte[] tiers;

  WeightCodes(SortedSet<Float> distinctWeights) {
    if (distinctWeights.size() > MAX_WEIGHTS || distinctWeights.first() <= 0) {
      throw new IllegalArgumentException("at most " + MAX_WEIGHTS + " positive field weights: " + distinctWeights);
    }
    levels = new float[distinctWeights.size()];
    int i = levels.length;
    for (float w : distinctWeights) {
      levels[--i] = w;
    }
    base = levels.length + 1;
    int codes = base * base * base;
    weights = new float[codes * LANGUAGES];
    tiers = new byte[codes];
    for (int code = 0; code < codes; code++) {
      int best = base;
      for (int lang = 0, rest = code; lang < LANGUAGES; lang++, rest /= base) {
        int level = rest % base;
        if (level > 0) {
          weights[code * LANGUAGES + lang] = levels[level - 1];
          best = Math.min(best, level);
        }
      }
      tiers[code] = (byte) (best == base ? -1 : best - 1);
    }
  }

  /** Number of tiers: the number of distinct weights. */
  int tiers() {
    return levels.length;
  }

  /** The weight of every entry of {@code tier}. */
  float tierWeight(int tier) {
    return levels[tier];
  }

  /** The level of {@code weight}: 1 for the heaviest, up to {@link #tiers()}. */
  int level(float weight) {
    for (int i = 0; i < levels.length; i++) {
      if (levels[i] == weight) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("unknown weight " + weight + " among " + Arrays.toString(levels));
  }

  /** The code of the levels in {@code levelsByLanguage} (0 absent, else {@link #level}). */
  int code(int[] levelsByLanguage, int from) {
    int code = 0;
    for (int lang = LANGUAGES - 1; lang >= 0; lang--) {
      code = code * base + levelsByLanguage[from + lang];
    }
    return code;
  }

  /** The weight in {@code language} (ordinal) of an entry whose code is {@code code}. */
  float weight(int code, int language) {
    return weights[code * LANGUAGES + language];
  }

  /** The tier of an entry whose code is {@code code}. */
  int tier(int code) {
    return tiers[code];
  }
}
