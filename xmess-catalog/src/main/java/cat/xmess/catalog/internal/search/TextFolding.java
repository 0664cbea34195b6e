package cat.xmess.catalog.internal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text into search terms the same way for documents and queries, so that "contratacion
 * publica" meets "contratación pública" and "polítiques" meets "política":
 *
 * <ol>
 *   <li>fold: decompose (NFD), drop accents and other marks, lowercase; the Catalan middle dot
 *       of "l·l" joins the two letters;
 *   <li>split on anything that is not a letter or digit (apostrophes too: "d'impuls");
 *   <li>drop common ca/es/en function words;
 *   <li>stem lightly: a plural "s", then a final "a", "e" or "o", and Catalan "-qu" back to "-c".
 * </ol>
 *
 * <p>The stemmer is deliberately tiny and language-blind: it must treat three languages alike
 * and never surprise a user; prefix matching in {@link SearchIndex} covers what it misses.
 */
public final class TextFolding {
  private static final Set<String> STOP_WORDS = Set.of(
      // ca
      "de", "del", "dels", "la", "les", "el", "els", "i", "a", "al", "als", "en", "per", "amb",
      "un", "una", "d", "l", "s", "que", "o",
      // es
      "las", "los", "y", "por", "para", "con", "lo",
      // en
      "the", "of", "and", "an", "in", "on", "for", "to", "with", "by", "or");

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * The folded form of every Latin-1 character, computed once with the general rule of {@link
   * #fold} so that the fast path below cannot disagree with it. Catalan and Spanish text is almost
   * all Latin-1, and normalising it character by character through {@link Normalizer} dominated the
   * time to build the search index.
   */
  private static final String[] LATIN_1 = new String[256];

  static {
    for (char c = 0; c < LATIN_1.length; c++) {
      LATIN_1[c] = foldGeneral(String.valueOf(c));
    }
  }

  private TextFolding() {}

  /** Accents and case removed, middle dot joined; other characters kept. */
  public static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= LATIN_1.length) {
        return foldGeneral(text);
      }
      folded.append(LATIN_1[c]);
    }
    return folded.toString();
  }

  /** The rule itself: decompose, drop marks, lowercase. */
  private static String foldGeneral(String text) {
    String decomposed = Normalizer.normalize(text.replace("·", "").replace("∙", ""), Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        folded.append(c);
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  /** The stemmed terms of {@code text}, function words left out, in order. */
  public static List<String> terms(String text) {
    List<String> all = new ArrayList<>();
    List<String> content = new ArrayList<>();
    for (String token : NON_WORD.split(fold(text))) {
      if (token.isEmpty()) {
        continue;
      }
      String term = stem(token);
      all.add(term);
      if (!STOP_WORDS.contains(token)) {
        content.add(term);
      }
    }
    // A query of only function words still means something ("la" as a search is odd but legal).
    return content.isEmpty() ? all : content;
  }

  /** The light stem of one folded token. */
  static String stem(String token) {
    String stem = token;
    if (stem.length() > 3 && stem.endsWith("s")) {
      stem = stem.substring(0, stem.length() - 1);
    }
    if (stem.length() > 4 && "aeo".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
      stem = stem.substring(0, stem.length() - 1);
    }
    if (stem.length() > 4 && stem.endsWith("qu")) {
      stem = stem.substring(0, stem.length() - 2) + "c";
    }
    return stem;
  }
}
