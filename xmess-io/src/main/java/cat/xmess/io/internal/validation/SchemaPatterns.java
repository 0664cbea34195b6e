package cat.xmess.io.internal.validation;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.util.Map;

/**
 * The schema's {@code pattern}s, checked by hand-written code where a pattern is one of the simple
 * ones the catalog schema uses, and by the validator's usual {@code java.util.regex} matcher for any
 * other. Matching every identifier, code and date of a large catalog through {@code
 * java.util.regex} (with capturing groups and backtracking) was the larger part of the schema
 * layer's time.
 *
 * <p>Each matcher answers exactly what the validator's own matcher answers for the same pattern:
 * the validator rewrites {@code $} to {@code \z} (end of input only, as in ECMAScript) and uses
 * {@code Matcher.find()}, so {@code ^...$} means the whole string and {@code \S} means "contains a
 * character that is not white space" ({@code [ \t\n\x0B\f\r]}). {@code SchemaPatternsTest}
 * compares every matcher with {@code java.util.regex} on generated strings.
 */
final class SchemaPatterns implements RegularExpressionFactory {
  static final SchemaPatterns INSTANCE = new SchemaPatterns();

  /** The patterns with a hand-written matcher, as the schema writes them. */
  static final Map<String, RegularExpression> KNOWN = Map.ofEntries(
      Map.entry("\\S", SchemaPatterns::hasNonSpace),
      Map.entry("^[a-z0-9]+(-[a-z0-9]+)*$", s -> isSlug(s, 0, s.length(), '-')),
      Map.entry("^[a-z0-9]+(_[a-z0-9]+)*$", s -> isSlug(s, 0, s.length(), '_')),
      Map.entry("^[0-9]+\\.[0-9]+\\.[0-9]+$", SchemaPatterns::isVersion),
      Map.entry("^[0-9]{2}$", s -> s.length() == 2 && digits(s, 0, 2)),
      Map.entry("^[0-9]{5}$", s -> s.length() == 5 && digits(s, 0, 5)),
      Map.entry("^[0-9]{6}$", s -> s.length() == 6 && digits(s, 0, 6)),
      Map.entry("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", SchemaPatterns::isPartialDate),
      Map.entry("^[0-9]{4}(-[0-9]{4})?$", SchemaPatterns::isYearOrRange),
      Map.entry("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", s -> s.length() == 10 && isPartialDate(s)),
      Map.entry("^[A-Za-z0-9][A-Za-z0-9._-]*$", s -> isSourceId(s, 0, s.length())),
      Map.entry("^https?://\\S+$", SchemaPatterns::isHttpUrl),
      Map.entry("^sha256:[0-9a-f]{64}$", SchemaPatterns::isSha256),
      Map.entry("^[a-z][a-z0-9-]*:\\S+$", SchemaPatterns::isPrefixed),
      Map.entry("^((initiatives|memberBodies)/[a-z0-9]+(-[a-z0-9]+)*|sources/[A-Za-z0-9][A-Za-z0-9._-]*)$",
          SchemaPatterns::isRecordPath));

  private SchemaPatterns() {}

  @Override
  public RegularExpression getRegularExpression(String regex) {
    RegularExpression known = KNOWN.get(regex);
    return known != null ? known : JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
  }

  /** Java's {@code \s} without flags. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static boolean hasNonSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@code s[from..to)} all non-space and not empty. */
  private static boolean allNonSpace(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLowerOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || isDigit(c);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code [a-z0-9]+(sep[a-z0-9]+)*} over {@code s[from..to)}. */
  private static boolean isSlug(String s, int from, int to, char separator) {
    if (from >= to) {
      return false;
    }
    boolean afterSeparator = true;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == separator) {
        if (afterSeparator) {
          return false;
        }
        afterSeparator = true;
      } else if (isLowerOrDigit(c)) {
        afterSeparator = false;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }

  /** {@code [0-9]+\.[0-9]+\.[0-9]+}. */
  private static boolean isVersion(String s) {
    int dots = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (run == 0 || ++dots > 2) {
          return false;
        }
        run = 0;
      } else if (isDigit(c)) {
        run++;
      } else {
        return false;
      }
    }
    return dots == 2 && run > 0;
  }

  /** {@code [0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?}. */
  private static boolean isPartialDate(String s) {
    int n = s.length();
    if (n != 4 && n != 7 && n != 10) {
      return false;
    }
    if (!digits(s, 0, 4)) {
      return false;
    }
    if (n >= 7 && (s.charAt(4) != '-' || !digits(s, 5, 7))) {
      return false;
    }
    return n < 10 || (s.charAt(7) == '-' && digits(s, 8, 10));
  }

  /** {@code [0-9]{4}(-[0-9]{4})?}. */
  private static boolean isYearOrRange(String s) {
    return (s.length() == 4 && digits(s, 0, 4))
        || (s.length() == 9 && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 9));
  }

  /** {@code [A-Za-z0-9][A-Za-z0-9._-]*} over {@code s[from..to)}. */
  private static boolean isSourceId(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      boolean alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isDigit(c);
      if (!alnum && (i == from || (c != '.' && c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /** {@code https?://\S+}. */
  private static boolean isHttpUrl(String s) {
    int rest;
    if (s.startsWith("https://")) {
      rest = 8;
    } else if (s.startsWith("http://")) {
      rest = 7;
    } else {
      return false;
    }
    return allNonSpace(s, rest, s.length());
  }

  /** {@code sha256:[0-9a-f]{64}}. */
  private static boolean isSha256(String s) {
    if (s.length() != 7 + 64 || !s.startsWith("sha256:")) {
      return false;
    }
    for (int i = 7; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isDigit(c) && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

  /** {@code [a-z][a-z0-9-]*:\S+}: the prefix cannot hold a colon, so it ends at the first one. */
  private static boolean isPrefixed(String s) {
    int colon = s.indexOf(':');
    if (colon < 1 || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < colon; i++) {
      char c = s.charAt(i);
      if (!isLowerOrDigit(c) && c != '-') {
        return false;
      }
    }
    return allNonSpace(s, colon + 1, s.length());
  }

  /** {@code (initiatives|memberBodies)/[a-z0-9]+(-[a-z0-9]+)*|sources/[A-Za-z0-9][A-Za-z0-9._-]*}. */
  private static boolean isRecordPath(String s) {
    if (s.startsWith("initiatives/")) {
      return isSlug(s, 12, s.length(), '-');
    } else if (s.startsWith("memberBodies/")) {
      return isSlug(s, 13, s.length(), '-');
    } else if (s.startsWith("sources/")) {
      return isSourceId(s, 8, s.length());
    }
    return false;
  }
}
