package cat.xmess.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The SDK's text rule (fold accents and case, join the Catalan "l·l", split on anything that is not
 * a letter or digit, drop ca/es/en function words unless nothing else is left, stem lightly) restated
 * for the baselines, so that H2 and Lucene match exactly the words the SDK matches.
 *
 * <p>A faithful copy, documented as such: the SDK keeps its rule in {@code
 * cat.xmess.catalog.internal.search.TextFolding}, which is not public API, and the benchmarks use the
 * public API only. The copy is checked on every run: {@link EngineAgreement} fails when H2, which
 * matches with these terms, finds other initiatives than the SDK for any query of the mix.
 */
public final class SdkFolding {
  /** The SDK's function words, as listed in TextFolding. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "de", "del", "dels", "la", "les", "el", "els", "i", "a", "al", "als", "en", "per", "amb",
      "un", "una", "d", "l", "s", "que", "o",
      "las", "los", "y", "por", "para", "con", "lo",
      "the", "of", "and", "an", "in", "on", "for", "to", "with", "by", "or");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
  /** Shortest query term that also matches the longer terms it starts (the SDK's prefix rule). */
  public static final int MIN_PREFIX = 3;

  private SdkFolding() {}

  /**
   * Per Latin-1 character, its folded form and whether it is a letter or digit, computed with the
   * rule itself ({@link #fold}, {@link #SEPARATORS}): folding is character by character for
   * Latin-1 (no character there composes with another), so text that is all Latin-1, almost every
   * catalog text, is folded and split from these tables in one pass instead of through the
   * normaliser and two regular expressions. Building H2 and Lucene at 100k spent most of its time
   * here.
   */
  private static final String[] LATIN_1 = new String[256];
  private static final boolean[] WORD_CHAR = new boolean[256];

  static {
    for (char c = 0; c < LATIN_1.length; c++) {
      LATIN_1[c] = fold(String.valueOf(c));
      WORD_CHAR[c] = !SEPARATORS.matcher(String.valueOf(c)).matches();
    }
  }

  /** The terms of {@code text}, in order. */
  public static List<String> terms(String text) {
    List<String> every = new ArrayList<>();
    List<String> content = new ArrayList<>();
    if (!latin1Tokens(text, every, content)) {
      for (String token : SEPARATORS.split(fold(text))) {
        if (!token.isEmpty()) {
          add(token, every, content);
        }
      }
    }
    return content.isEmpty() ? every : content;
  }

  /** The rule: join "l·l", decompose, drop marks, lower case. */
  private static String fold(String text) {
    String joined = text.replace("·", "").replace("∙", "");
    return MARKS.matcher(Normalizer.normalize(joined, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** {@link #terms} from the tables when {@code text} is all Latin-1; false, adding nothing, otherwise. */
  private static boolean latin1Tokens(String text, List<String> every, List<String> content) {
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
        if (c < WORD_CHAR.length ? WORD_CHAR[c] : !SEPARATORS.matcher(String.valueOf(c)).matches()) {
          token.append(c);
        } else if (token.length() > 0) {
          add(token.toString(), every, content);
          token.setLength(0);
        }
      }
    }
    if (token.length() > 0) {
      add(token.toString(), every, content);
    }
    return true;
  }

  private static void add(String token, List<String> every, List<String> content) {
    String stem = stem(token);
    every.add(stem);
    if (!FUNCTION_WORDS.contains(token)) {
      content.add(stem);
    }
  }

  private static String stem(String token) {
    String s = token.length() > 3 && token.endsWith("s") ? token.substring(0, token.length() - 1) : token;
    if (s.length() > 4 && "aeo".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1);
    }
    return s.length() > 4 && s.endsWith("qu") ? s.substring(0, s.length() - 2) + "c" : s;
  }

  /** The rule as a Lucene analyzer: each term of {@link #terms} one token. */
  public static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        return new TokenStreamComponents(new RuleTokenizer());
      }
    };
  }

  /**
   * The rule followed by edge n-grams of {@value #MIN_PREFIX} to {@code maxGram} characters: the
   * index-time form of prefix matching, so that a prefix is one term lookup at query time.
   */
  public static Analyzer prefixAnalyzer(int maxGram) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new RuleTokenizer();
        TokenStream grams = new EdgeNGramTokenFilter(source, MIN_PREFIX, maxGram, false);
        return new TokenStreamComponents(source, grams);
      }
    };
  }

  /** Reads the whole field value (short texts), applies {@link #terms}, emits the terms. */
  private static final class RuleTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private Iterator<String> pending;

    @Override
    public boolean incrementToken() throws IOException {
      if (pending == null) {
        pending = terms(readAll(input)).iterator();
      }
      if (!pending.hasNext()) {
        return false;
      }
      clearAttributes();
      term.append(pending.next());
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      pending = null;
    }

    private static String readAll(Reader reader) {
      try {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1024];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
          text.append(buffer, 0, n);
        }
        return text.toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
