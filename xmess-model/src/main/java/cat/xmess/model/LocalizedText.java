package cat.xmess.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * A text in Catalan, Spanish and English. Catalan is required; the bundled catalog also carries
 * Spanish and English for every text, while a council's own catalog may leave them out.
 *
 * @param ca Catalan text, required
 * @param es Spanish text, or {@code null}
 * @param en English text, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record LocalizedText(
    @NotBlank String ca,
    @Pattern(regexp = Patterns.NOT_BLANK) @Nullable String es,
    @Pattern(regexp = Patterns.NOT_BLANK) @Nullable String en) {

  /**
   * {@return a text with all three languages} The same as the constructor, shorter where many texts
   * are built.
   *
   * @param ca Catalan text, required
   * @param es Spanish text, or {@code null} when it is not translated
   * @param en English text, or {@code null} when it is not translated
   */
  public static LocalizedText of(String ca, String es, String en) {
    return new LocalizedText(ca, es, en);
  }

  /**
   * The text to show a reader of {@code language}: never {@code null}. The fallback order is
   * {@code language} first, then Catalan (the reference language, required in every valid catalog),
   * then Spanish, then English. Only a text that failed validation, with no language at all, gives
   * the empty string.
   *
   * @param language the reader's language; see {@link Language#of(java.util.Locale)} to get it from
   *     a locale
   * @return the text in {@code language}, or else in the first present language of the fallback
   *     order
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public String text(Language language) {
    String exact = exactly(language);
    if (exact != null) {
      return exact;
    }
    for (String fallback : new String[] {ca, es, en}) {
      if (fallback != null) {
        return fallback;
      }
    }
    return "";
  }

  /**
   * {@return the text in {@code language} exactly, or empty when it is not translated} Use it to
   * tell a translated text from a fallback, for example to mark untranslated texts in a report.
   *
   * @param language which of the three texts
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public Optional<String> translation(Language language) {
    return Optional.ofNullable(exactly(language));
  }

  private @Nullable String exactly(Language language) {
    return switch (Objects.requireNonNull(language, "language")) {
      case CA -> ca;
      case ES -> es;
      case EN -> en;
    };
  }

  /**
   * {@return whether the text is present in all three languages} The bundled catalog's texts
   * always are; a council's own catalog may leave Spanish or English out.
   */
  public boolean hasAllLanguages() {
    return ca != null && es != null && en != null;
  }
}
