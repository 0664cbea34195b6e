package cat.xmess.model;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * An enumerated value with a stable code in the catalog format. The code, not the Java constant
 * name, is what the JSON carries; {@code toString()} returns it so that every tool prints the same
 * text. By default the code is the constant's name in lowercase kebab case ({@code
 * CONSELL_COMARCAL} is {@code consell-comarcal}); an enum whose codes differ overrides {@link
 * #code()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface WireCode {

  /**
   * {@return the stable lowercase kebab-case code used in the catalog format} It is what the JSON
   * carries and what filters and CLI options accept; it never changes once published.
   */
  default String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the enum constant's Java name, such as {@code CONSELL_COMARCAL}} Every {@code enum}
   * provides it; the default {@link #code()} is derived from it.
   */
  String name();

  /**
   * Finds the constant of {@code type} whose {@link #code()} is {@code code}.
   *
   * @param <E> the enum type
   * @param type the enum's class, for example {@code Confidence.class}
   * @param code the code as the catalog format writes it, for example {@code high}; compared
   *     exactly, so {@code HIGH} is not found
   * @return the constant with that code
   * @throws IllegalArgumentException if no constant has that code
   */
  static <E extends Enum<E> & WireCode> E parse(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(code)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "Unknown " + type.getSimpleName() + " code '" + code + "'");
  }
}
