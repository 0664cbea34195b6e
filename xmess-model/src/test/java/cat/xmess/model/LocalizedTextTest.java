package cat.xmess.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
  void textAndTranslationGiveEachLanguageInItsPlace() {
    assertEquals("Habitatge", FULL.text(Language.CA));
    assertEquals("Vivienda", FULL.text(Language.ES));
    assertEquals("Housing", FULL.text(Language.EN));
    assertEquals(Optional.of("Vivienda"), FULL.translation(Language.ES));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aMissingLanguageHasNoTranslationAndItsTextFallsBackToCatalan(Language language) {
    assertEquals(language == Language.CA ? Optional.of("Habitatge") : Optional.empty(),
        CATALAN_ONLY.translation(language));
    assertEquals("Habitatge", CATALAN_ONLY.text(language));
  }

  @Test
  void textPrefersThePresentLanguage() {
    LocalizedText spanishMissing = new LocalizedText("Habitatge", null, "Housing");
    assertEquals("Habitatge", spanishMissing.text(Language.ES));
    assertEquals("Housing", spanishMissing.text(Language.EN));
  }

  @Test
  void withoutCatalanTheFallbackIsSpanishThenEnglishThenEmpty() {
    // Only an invalid text lacks Catalan; text() must still never be null.
    assertEquals("Vivienda", new LocalizedText(null, "Vivienda", "Housing").text(Language.CA));
    assertEquals("Housing", new LocalizedText(null, null, "Housing").text(Language.ES));
    assertEquals("Vivienda", new LocalizedText(null, "Vivienda", null).text(Language.EN));
    assertEquals("", new LocalizedText(null, null, null).text(Language.EN));
  }

  @Test
  void emptyStringIsPresentNotMissing() {
    // Blank texts are the validators' business; the record itself must not turn "" into a fallback.
    LocalizedText blankSpanish = new LocalizedText("Habitatge", "", null);
    assertEquals(Optional.of(""), blankSpanish.translation(Language.ES));
    assertEquals("", blankSpanish.text(Language.ES));
  }

  @ParameterizedTest
  @CsvSource({"ca, CA", "ca-ES, CA", "ca-ES-valencia, CA", "es, ES", "es-AR, ES", "en-GB, EN", "en, EN",
      "fr-FR, CA", "oc-ES-aranes, CA", "und, CA"})
  void languageOfALocaleMatchesItsLanguageAndOtherwiseIsCatalan(String tag, Language expected) {
    assertEquals(expected, Language.of(Locale.forLanguageTag(tag)));
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
    NullPointerException e = assertThrows(NullPointerException.class, () -> FULL.text(null));
    assertEquals("language", e.getMessage());
    assertThrows(NullPointerException.class, () -> FULL.translation(null));
    assertThrows(NullPointerException.class, () -> Language.of(null));
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
