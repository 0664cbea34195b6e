package cat.xmess.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import cat.xmess.catalog.samples.Samples;
import cat.xmess.catalog.samples.Seeds;
import java.util.ArrayList;
import java.util.List;
import org.instancio.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The one-pass tokenizer for Latin-1 text gives exactly the terms of the rule as written (fold the
 * whole text, split it with the pattern), on every text of the bundled catalog and on generated
 * text drawing on all 256 Latin-1 characters plus a few beyond.
 */
class TextFoldingPropertyTest {

  @Test
  void everyBundledTextGivesTheTermsOfTheRule() {
    List<String> texts = new ArrayList<>();
    for (Initiative it : XmessCatalog.bundled().catalog().initiatives()) {
      addAll(texts, it.title());
      addAll(texts, it.summary());
      texts.add(it.leadBodyName());
    }
    for (String text : texts) {
      if (text != null) {
        assertEquals(TextFolding.termsByRule(text), TextFolding.terms(text), text);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @Samples(seed = 12_101, count = 2_000)
  void generatedTextGivesTheTermsOfTheRule(long seed) {
    String text = Seeds.draw(String.class, seed, TextFoldingPropertyTest::mixedText);
    assertEquals(TextFolding.termsByRule(text), TextFolding.terms(text));
  }

  private static void addAll(List<String> texts, LocalizedText text) {
    if (text != null) {
      for (Language language : Language.values()) {
        text.translation(language).ifPresent(texts::add);
      }
    }
  }

  private static final String[] PIECES = {
      "contractació", "pública", "L'Hospitalet", "col·lectiu", "ESS", "habitatges", "d'", " ", "  ",
      "-", ",", ".", "·", "\u00A0", "\t", "1r", "2019", "la", "de", "I", "Àrea", "ÑANDÚ", "œ", "ł",
  };

  /** Words, separators and any Latin-1 character; now and then a character beyond Latin-1. */
  private static String mixedText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.intRange(0, 12);
    for (int i = 0; i < pieces; i++) {
      int roll = random.intRange(0, 9);
      if (roll < 5) {
        text.append(random.oneOf(PIECES));
      } else if (roll < 9) {
        text.append((char) random.intRange(0, 255));
      } else {
        text.append((char) random.intRange(256, 0x2FFF));
      }
    }
    return text.toString();
  }
}
