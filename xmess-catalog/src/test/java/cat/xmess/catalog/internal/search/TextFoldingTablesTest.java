package cat.xmess.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link TextFolding} folds ASCII from a table written in code (no {@link Normalizer}) and the rest
 * of Latin-1 from one computed with the rule: every one of the 256 characters, alone and between
 * letters, folds and splits exactly as the rule written out here independently says.
 */
class TextFoldingTablesTest {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  @Test
  void everyLatin1CharacterFoldsAsTheRuleSays() {
    for (char c = 0; c < 256; c++) {
      String alone = String.valueOf(c);
      assertEquals(rule(alone), TextFolding.fold(alone), "character " + (int) c);
      String between = "ab" + c + "cd";
      assertEquals(termsByRule(between), TextFolding.terms(between), "character " + (int) c + " between letters");
    }
  }

  private static String rule(String text) {
    String decomposed = Normalizer.normalize(text.replace("·", "").replace("∙", ""), Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      if (Character.getType(decomposed.charAt(i)) != Character.NON_SPACING_MARK) {
        folded.append(decomposed.charAt(i));
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  private static List<String> termsByRule(String text) {
    return TextFolding.termsByRule(text);
  }
}
