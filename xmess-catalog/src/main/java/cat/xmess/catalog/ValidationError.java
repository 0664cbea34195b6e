package cat.xmess.catalog;

import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem found in a catalog.
 *
 * @param pointer JSON Pointer (RFC 6901) to the offending value; {@code ""} for the whole document
 * @param code stable error code
 * @param message explanation in ca, es and en
 * @param layer the validation layer that found it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ValidationError(
    String pointer, ErrorCode code, LocalizedText message, ValidationLayer layer) {

  /** Checks that every part is present. */
  public ValidationError {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(layer, "layer");
  }

  /** An error whose message is {@code code}'s template filled with {@code args}. */
  public static ValidationError of(
      ValidationLayer layer, String pointer, ErrorCode code, Object... args) {
    return new ValidationError(pointer, code, code.message(args), layer);
  }

  /** The message in {@code language}. */
  public String message(Language language) {
    return message.getOrCatalan(language);
  }

  /** One line: pointer, code and English message. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer) + " [" + code + "] " + message.en();
  }
}
