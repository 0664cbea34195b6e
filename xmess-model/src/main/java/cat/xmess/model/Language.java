package cat.xmess.model;

import java.util.Locale;
import org.apiguardian.api.API;

/** The three languages every catalog text can carry. Catalan is the reference language. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Language implements WireCode {
  /** Catalan, the reference language: always present. */
  CA,
  /** Spanish. */
  ES,
  /** English. */
  EN;

  /** The ISO 639-1 code, as written in the catalog format ({@code ca}, {@code es}, {@code en}). */
  @Override
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return code();
  }

  /**
   * Parses an ISO 639-1 code.
   *
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
}
