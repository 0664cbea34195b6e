package cat.xmess.catalog;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Every error found in a catalog; valid when there is none. Errors are ordered by layer, then as
 * found.
 *
 * @param errors the errors
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ValidationReport(List<ValidationError> errors) {

  /**
   * Copies the errors.
   *
   * @param errors the errors, in the order to report them; {@code null} or empty for a valid
   *     catalog
   */
  public ValidationReport {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** {@return whether no error was found} */
  public boolean isValid() {
    return errors.isEmpty();
  }

  /**
   * {@return whether some error has {@code code}}
   *
   * @param code the error code to look for
   */
  public boolean has(ErrorCode code) {
    return errors.stream().anyMatch(e -> e.code() == code);
  }

  /**
   * {@return whether some error has {@code code} at {@code pointer}}
   *
   * @param code the error code to look for
   * @param pointer the exact JSON Pointer, such as {@code /initiatives/0/category}; an error at a
   *     value inside it does not count
   */
  public boolean has(ErrorCode code, String pointer) {
    return errors.stream().anyMatch(e -> e.code() == code && e.pointer().equals(pointer));
  }

  /** One error a line, or "valid". */
  @Override
  public String toString() {
    if (isValid()) {
      return "valid";
    }
    StringBuilder text = new StringBuilder(errors.size() + " error(s)");
    errors.forEach(e -> text.append('\n').append(e));
    return text.toString();
  }
}
