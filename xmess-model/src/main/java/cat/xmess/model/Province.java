package cat.xmess.model;

import org.apiguardian.api.API;

/** The four provinces of Catalonia, with the two-digit INE prefix of their municipalities. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Province implements WireCode {
  /** Barcelona, INE prefix 08. */
  BARCELONA("barcelona", "08", "Barcelona"),
  /** Girona, INE prefix 17. */
  GIRONA("girona", "17", "Girona"),
  /** Lleida, INE prefix 25. */
  LLEIDA("lleida", "25", "Lleida"),
  /** Tarragona, INE prefix 43. */
  TARRAGONA("tarragona", "43", "Tarragona");

  private final String code;
  private final String inePrefix;
  private final String displayName;

  Province(String code, String inePrefix, String displayName) {
    this.code = code;
    this.inePrefix = inePrefix;
    this.displayName = displayName;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * {@return the two digits every INE municipality code of this province starts with, for example
   * {@code 08} for Barcelona}
   */
  public String inePrefix() {
    return inePrefix;
  }

  /** {@return the province's name, the same in ca, es and en, for example {@code Lleida}} */
  public String displayName() {
    return displayName;
  }

  @Override
  public String toString() {
    return code;
  }

  /**
   * The province of an INE (5-digit) or Idescat (6-digit) municipality code: comarques do not nest
   * in provinces, so the code's prefix is the only reliable source.
   *
   * @param code an INE or Idescat municipality code; only its first two digits are read
   * @return the province whose {@link #inePrefix()} the code starts with
   * @throws IllegalArgumentException if the prefix is not a Catalan province
   */
  public static Province ofMunicipalityCode(String code) {
    if (code != null && code.length() >= 2) {
      String prefix = code.substring(0, 2);
      for (Province province : values()) {
        if (province.inePrefix.equals(prefix)) {
          return province;
        }
      }
    }
    throw new IllegalArgumentException("Not a Catalan municipality code: '" + code + "'");
  }
}
