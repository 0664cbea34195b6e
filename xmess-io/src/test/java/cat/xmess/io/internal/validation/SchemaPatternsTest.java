package cat.xmess.io.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.model.CatalogFormat;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every hand-written matcher of {@link SchemaPatterns} answers what the validator's own {@code
 * java.util.regex} matcher answers for its pattern, on strings built from the characters and
 * fragments that matter (letters, digits, separators, white space, the fixed prefixes), and every
 * pattern of the published schema has one.
 */
class SchemaPatternsTest {
  private static final String[] PIECES = {"a", "z", "q", "A", "Z", "0", "9", "5", "-", "_", ".", ":", "/", " ",
      "\t", "\n", "\r", "\u000B", "\f", "\u00A0", "é", "--", "__", "1234", "12", "https://", "http://", "sha256:",
      "initiatives/", "memberBodies/", "sources/", "abcdef", "0123456789abcdef", "x:"};

  @Test
  void everyMatcherAgreesWithJavaUtilRegex() {
    Random random = new Random(14_003);
    for (Map.Entry<String, RegularExpression> known : SchemaPatterns.KNOWN.entrySet()) {
      RegularExpression jdk = JDKRegularExpressionFactory.getInstance().getRegularExpression(known.getKey());
      int matched = 0;
      for (int sample = 0; sample < 100_000; sample++) {
        String s = sample(random, known.getKey());
        boolean expected = jdk.matches(s);
        assertEquals(expected, known.getValue().matches(s), () -> known.getKey() + " on \"" + s + "\"");
        matched += expected ? 1 : 0;
      }
      assertTrue(matched > 100, known.getKey() + " matched only " + matched + " samples: the test says little");
    }
  }

  @Test
  void everyPatternOfTheSchemaHasAMatcher() {
    Matcher pattern = Pattern.compile("\"pattern\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(CatalogFormat.schemaJson());
    int count = 0;
    while (pattern.find()) {
      String regex = pattern.group(1).replace("\\\\", "\\");
      assertTrue(SchemaPatterns.KNOWN.containsKey(regex), "no matcher for " + regex);
      count++;
    }
    assertTrue(count > 10, "found only " + count + " patterns");
  }

  /** A string likely to sit near the edge of {@code regex}: a valid-looking value, edited a little. */
  private static String sample(Random random, String regex) {
    StringBuilder s = new StringBuilder();
    if (random.nextInt(3) == 0) {
      s.append(seed(regex, random));
    }
    int pieces = random.nextInt(6);
    for (int i = 0; i < pieces; i++) {
      String piece = PIECES[random.nextInt(PIECES.length)];
      if (s.length() > 0 && random.nextBoolean()) {
        s.insert(random.nextInt(s.length() + 1), piece);
      } else {
        s.append(piece);
      }
    }
    if (s.length() > 0 && random.nextInt(4) == 0) {
      s.deleteCharAt(random.nextInt(s.length()));
    }
    return s.toString();
  }

  private static String seed(String regex, Random random) {
    String[] seeds = {"ajuntament-de-sabadell", "policy_instrument", "1.1.0", "08", "08001", "080193", "2024",
        "2024-05", "2024-05-17", "2019-2023", "src.2024_a-b", "https://example.cat/x", "http://a",
        "sha256:" + "0123456789abcdef".repeat(4), "urn:x-y", "initiatives/espai-ess", "memberBodies/ajuntament-x",
        "sources/Idescat.2024"};
    return seeds[random.nextInt(seeds.length)];
  }
}
