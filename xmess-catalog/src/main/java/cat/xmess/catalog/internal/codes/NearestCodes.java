package cat.xmess.catalog.internal.codes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The known codes closest to a mistyped one, by edit distance, for the "did you mean" part of an
 * unknown-code error. Codes are short (at most a few dozen characters) and codelists small (at most
 * a few hundred entries), so a plain dynamic-programming distance over all of them is instant.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class NearestCodes {
  private static final int MAX_SUGGESTIONS = 3;

  private NearestCodes() {}

  /**
   * {@return up to three known codes nearest to {@code typed}, nearest first, ties in the order
   * given} A code is suggested only when it is close enough to be a plausible typo: within a third
   * of its length in edits (at least two), or when one contains the other.
   *
   * @param typed the unknown code as the user wrote it
   * @param known the codes that exist
   */
  public static List<String> to(String typed, Collection<String> known) {
    String wanted = typed.strip().toLowerCase(Locale.ROOT);
    record Scored(String code, int distance, int order) {}
    List<Scored> close = new ArrayList<>();
    int order = 0;
    for (String code : known) {
      String candidate = code.toLowerCase(Locale.ROOT);
      int distance = distance(wanted, candidate);
      int allowed = Math.max(2, Math.max(wanted.length(), candidate.length()) / 3);
      boolean contains = !wanted.isEmpty() && (candidate.contains(wanted) || wanted.contains(candidate));
      if (distance <= allowed || contains) {
        close.add(new Scored(code, distance, order));
      }
      order++;
    }
    close.sort(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::order));
    return close.stream().limit(MAX_SUGGESTIONS).map(Scored::code).toList();
  }

  /** Levenshtein distance with a transposition counted as one edit (optimal string alignment). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
