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

  /** A text with all three languages. */
  public static LocalizedText of(String ca, String es, String en) {
    return new LocalizedText(ca, es, en);
  }

  /** The text in {@code language}, or {@code null} if it is missing. */
  public String get(Language language) {
    return switch (Objects.requireNonNull(language, "language")) {
      case CA -> ca;
      case ES -> es;
      case EN -> en;
    };
  }

  /** The text in {@code language}, falling back to Catalan when that language is missing. */
  public String getOrCatalan(Language language) {
    String text = get(language);
    return text != null ? text : ca;
  }

  /** Whether the text is present in all three languages. */
  public boolean hasAllLanguages() {
    return ca != null && es != null && en != null;
  }
}
