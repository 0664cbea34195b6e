package cat.xmess.model;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The three languages every catalog text can carry. Catalan is the reference language. Their
 * {@link #code()} is the ISO 639-1 code the catalog format uses: {@code ca}, {@code es}, {@code en}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Language implements WireCode {
  /** Catalan, the reference language: always present. */
  CA,
  /** Spanish. */
  ES,
  /** English. */
  EN;

  @Override
  public String toString() {
    return code();
  }

  /**
   * Parses an ISO 639-1 code.
   *
   * @param code {@code ca}, {@code es} or {@code en}, in any case
   * @return the language of that code
   * @throws IllegalArgumentException if the code is not {@code ca}, {@code es} or {@code en}
   */
  public static Language fromCode(String code) {
    for (Language language : values()) {
      if (language.code().equalsIgnoreCase(code)) {
        return language;
      }
    }
    throw new IllegalArgumentException("Unknown language code '" + code + "': expected ca, es or en");
  }

  /**
   * The language to show to a user of {@code locale}: Catalan, Spanish or English when the locale's
   * language is one of them (any country or script: {@code ca-ES-valencia} and {@code es-AR} match
   * too), and Catalan, the reference language that every valid text carries, for any other locale.
   *
   * @param locale the user's locale, for example a web request's {@code getLocale()}
   * @return the matching language, or {@link #CA} when the locale's language is not one of the three
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static Language of(Locale locale) {
    String language = Objects.requireNonNull(locale, "locale").getLanguage();
    for (Language candidate : values()) {
      if (candidate.code().equals(language)) {
        return candidate;
      }
    }
    return CA;
  }
}
