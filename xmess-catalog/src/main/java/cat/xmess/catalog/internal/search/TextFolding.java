package cat.xmess.catalog.internal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

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
@API(status = API.Status.INTERNAL, since = "0.2.0")
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

  /** Per Latin-1 character: whether {@link #NON_WORD} leaves it in a word, asked of the pattern itself. */
  private static final boolean[] WORD_CHAR = new boolean[256];

  static {
    for (char c = 0; c < LATIN_1.length; c++) {
      LATIN_1[c] = foldGeneral(String.valueOf(c));
      WORD_CHAR[c] = !NON_WORD.matcher(String.valueOf(c)).matches();
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
    if (!scanLatin1(text, all, content)) {
      splitFolded(text, all, content);
    }
    return chosen(all, content);
  }

  /** {@link #terms} by the rule as written (fold, then split with the pattern), for any text. */
  static List<String> termsByRule(String text) {
    List<String> all = new ArrayList<>();
    List<String> content = new ArrayList<>();
    splitFolded(text, all, content);
    return chosen(all, content);
  }

  private static void splitFolded(String text, List<String> all, List<String> content) {
    for (String token : NON_WORD.split(fold(text))) {
      if (!token.isEmpty()) {
        addToken(token, all, content);
      }
    }
  }

  private static List<String> chosen(List<String> all, List<String> content) {
    // A query of only function words still means something ("la" as a search is odd but legal).
    return content.isEmpty() ? all : content;
  }

  /**
   * The same split as fold-then-{@link #NON_WORD} in one pass over text that is all Latin-1 (almost
   * every catalog text), reading the folding and word-character tables instead of building the
   * folded string and running the regular expression: building the search index of a large
   * catalog spent most of its time here. Returns false, having added nothing, for other text.
   */
  private static boolean scanLatin1(String text, List<String> all, List<String> content) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= LATIN_1.length) {
        return false;
      }
    }
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      String folded = LATIN_1[text.charAt(i)];
      for (int k = 0; k < folded.length(); k++) {
        char c = folded.charAt(k);
        if (isWordChar(c)) {
          token.append(c);
        } else if (token.length() > 0) {
          addToken(token.toString(), all, content);
          token.setLength(0);
        }
      }
    }
    if (token.length() > 0) {
      addToken(token.toString(), all, content);
    }
    return true;
  }

  /** Whether {@code c} is what {@link #NON_WORD} does not match: a letter or a digit. */
  private static boolean isWordChar(char c) {
    if (c < WORD_CHAR.length) {
      return WORD_CHAR[c];
    }
    return !NON_WORD.matcher(String.valueOf(c)).matches();
  }

  private static void addToken(String token, List<String> all, List<String> content) {
    String term = stem(token);
    all.add(term);
    if (!STOP_WORDS.contains(token)) {
      content.add(term);
    }
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
