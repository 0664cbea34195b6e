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
 * @param origin the file (or layer name) the pointer refers into when several documents were read
 *     together, as when overlays are merged onto a catalog; {@code null} when a single document
 *     was validated
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ValidationError(
    String pointer, ErrorCode code, LocalizedText message, ValidationLayer layer, String origin) {

  /** Checks that every part but the origin is present. */
  public ValidationError {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(layer, "layer");
  }

  /** An error in the single document being validated. */
  public ValidationError(String pointer, ErrorCode code, LocalizedText message, ValidationLayer layer) {
    this(pointer, code, message, layer, null);
  }

  /** The same error, located in {@code newOrigin} at {@code newPointer}. */
  public ValidationError at(String newOrigin, String newPointer) {
    return new ValidationError(newPointer, code, message, layer, newOrigin);
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

  /** One line: origin (if any), pointer, code and English message. */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "(document)" : pointer;
    return (origin == null ? "" : origin + " ") + where + " [" + code + "] " + message.en();
  }
}
