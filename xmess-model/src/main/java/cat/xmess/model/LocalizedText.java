package cat.xmess.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
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
    @Pattern(regexp = Patterns.NOT_BLANK) String es,
    @Pattern(regexp = Patterns.NOT_BLANK) String en) {

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
   * {@return the text in {@code language}, or {@code null} if it is missing}
   *
   * @param language which of the three texts; not {@code null}
   */
  public String get(Language language) {
    return switch (Objects.requireNonNull(language, "language")) {
      case CA -> ca;
      case ES -> es;
      case EN -> en;
    };
  }

  /**
   * The text in {@code language}, falling back to Catalan when that language is missing.
   *
   * @param language the preferred language; not {@code null}
   * @return the text to show, in {@code language} or else in Catalan
   */
  public String getOrCatalan(Language language) {
    String text = get(language);
    return text != null ? text : ca;
  }

  /**
   * {@return whether the text is present in all three languages} The bundled catalog's texts
   * always are; a council's own catalog may leave Spanish or English out.
   */
  public boolean hasAllLanguages() {
    return ca != null && es != null && en != null;
  }
}
