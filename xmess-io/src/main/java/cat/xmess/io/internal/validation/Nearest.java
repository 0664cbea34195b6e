package cat.xmess.io.internal.validation;

import java.util.Collection;
import java.util.Locale;

/** The valid name closest to a mistyped one, for "did you mean" hints. */
public final class Nearest {
  private Nearest() {}

  /**
   * {@return the candidate closest to {@code typed} by edit distance (ignoring case), when it is
   * close enough to be a likely typo: at most a third of its length, and at least 1 or 2 edits;
   * else {@code null}}
   *
   * @param typed what was written
   * @param candidates the valid names ({@code null} ones, of catalogs built in Java, are skipped)
   */
  public static String of(String typed, Collection<String> candidates) {
    if (typed == null || typed.length() > 200) {
      return null;
    }
    String lower = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate == null || candidate.length() > 200) {
        continue;
      }
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, typed.length() / 3);
    return best != null && bestDistance <= allowed && !best.equals(typed) ? best : null;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
