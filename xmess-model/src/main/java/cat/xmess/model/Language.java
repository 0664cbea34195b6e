package cat.xmess.model;

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
}
