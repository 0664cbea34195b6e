package cat.xmess.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import org.instancio.Random;
import org.instancio.junit.Given;
import org.instancio.junit.GivenProvider;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The one-pass tokenizer for Latin-1 text gives exactly the terms of the rule as written (fold the
 * whole text, split it with the pattern), on every text of the bundled catalog and on generated
 * text drawing on all 256 Latin-1 characters plus a few beyond.
 */
// @InstancioSource is deprecated (and experimental) in Instancio 5.6; see RoundTripPropertyTest.
@SuppressWarnings("deprecation")
@ExtendWith(InstancioExtension.class)
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

  @ParameterizedTest(name = "sample {index}")
  @InstancioSource(samples = 2_000)
  @Seed(12_101)
  void generatedTextGivesTheTermsOfTheRule(@Given(MixedText.class) String text) {
    assertEquals(TextFolding.termsByRule(text), TextFolding.terms(text));
  }

  private static void addAll(List<String> texts, LocalizedText text) {
    if (text != null) {
      for (Language language : Language.values()) {
        text.translation(language).ifPresent(texts::add);
      }
    }
  }

  /** Words, separators and any Latin-1 character; now and then a character beyond Latin-1. */
  static final class MixedText implements GivenProvider {
    private static final String[] PIECES = {
        "contractació", "pública", "L'Hospitalet", "col·lectiu", "ESS", "habitatges", "d'", " ", "  ",
        "-", ",", ".", "·", "\u00A0", "\t", "1r", "2019", "la", "de", "I", "Àrea", "ÑANDÚ", "œ", "ł",
    };

    @Override
    public Object provide(ElementContext context) {
      Random random = context.random();
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
}
