package cat.xmess.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {
  private static final LocalizedText FULL = LocalizedText.of("Habitatge", "Vivienda", "Housing");
  private static final LocalizedText CATALAN_ONLY = new LocalizedText("Habitatge", null, null);

  @Test
  void ofKeepsEachLanguageInItsPlace() {
    assertEquals("Habitatge", FULL.ca());
    assertEquals("Vivienda", FULL.es());
    assertEquals("Housing", FULL.en());
    assertEquals(new LocalizedText("Habitatge", "Vivienda", "Housing"), FULL);
  }

  @Test
  void getReturnsTheTextOfEachLanguage() {
    assertEquals("Habitatge", FULL.get(Language.CA));
    assertEquals("Vivienda", FULL.get(Language.ES));
    assertEquals("Housing", FULL.get(Language.EN));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void getOfAMissingLanguageIsNullAndGetOrCatalanFallsBack(Language language) {
    assertEquals(language == Language.CA ? "Habitatge" : null, CATALAN_ONLY.get(language));
    assertEquals("Habitatge", CATALAN_ONLY.getOrCatalan(language));
  }

  @Test
  void getOrCatalanPrefersThePresentLanguage() {
    LocalizedText spanishMissing = new LocalizedText("Habitatge", null, "Housing");
    assertEquals("Habitatge", spanishMissing.getOrCatalan(Language.ES));
    assertEquals("Housing", spanishMissing.getOrCatalan(Language.EN));
    assertEquals("Vivienda", FULL.getOrCatalan(Language.ES));
  }

  @Test
  void getOrCatalanIsNullOnlyWhenCatalanIsMissingToo() {
    LocalizedText noCatalan = new LocalizedText(null, "Vivienda", null);
    assertEquals("Vivienda", noCatalan.getOrCatalan(Language.ES));
    assertNull(noCatalan.getOrCatalan(Language.EN));
    assertNull(noCatalan.getOrCatalan(Language.CA));
  }

  @Test
  void emptyStringIsPresentNotMissing() {
    // Blank texts are the validators' business; the record itself must not turn "" into a fallback.
    LocalizedText blankSpanish = new LocalizedText("Habitatge", "", null);
    assertEquals("", blankSpanish.get(Language.ES));
    assertEquals("", blankSpanish.getOrCatalan(Language.ES));
  }

  @Test
  void hasAllLanguagesNeedsEveryOne() {
    assertTrue(FULL.hasAllLanguages());
    assertFalse(CATALAN_ONLY.hasAllLanguages());
    assertFalse(new LocalizedText("a", "b", null).hasAllLanguages());
    assertFalse(new LocalizedText("a", null, "c").hasAllLanguages());
    assertFalse(new LocalizedText(null, "b", "c").hasAllLanguages());
  }

  @Test
  void aNullLanguageIsRejected() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> FULL.get(null));
    assertEquals("language", e.getMessage());
    assertThrows(NullPointerException.class, () -> FULL.getOrCatalan(null));
  }

  @Test
  void equalityIsByValueAndLanguageSensitive() {
    assertEquals(FULL, LocalizedText.of("Habitatge", "Vivienda", "Housing"));
    assertEquals(FULL.hashCode(), LocalizedText.of("Habitatge", "Vivienda", "Housing").hashCode());
    assertNotEquals(FULL, LocalizedText.of("Habitatge", "Housing", "Vivienda"));
    assertNotEquals(FULL, CATALAN_ONLY);
  }

  /** The optional languages carry {@link Patterns#NOT_BLANK}: present means with some non-space text. */
  @ParameterizedTest
  @ValueSource(strings = {"a", " a", "a ", "\na", "a\n", "línia 1\nlínia 2", "\t·\t", "x\u2028y"})
  void notBlankAcceptsTextWithANonSpaceCharacterAnywhere(String text) {
    assertTrue(Pattern.compile(Patterns.NOT_BLANK).matcher(text).matches(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\t", "\n", "\r\n", " \n \t "})
  void notBlankRejectsBlankText(String text) {
    assertFalse(Pattern.compile(Patterns.NOT_BLANK).matcher(text).matches(), "'" + text + "'");
  }
}
