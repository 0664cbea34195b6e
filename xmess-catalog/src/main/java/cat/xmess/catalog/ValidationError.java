package cat.xmess.catalog;

import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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
 * @param cell the spreadsheet cell a person looks at, when the catalog was imported from a workbook
 *     or a directory of CSV files: {@code initiatives!F7}, {@code initiatives.csv!F7}, or the sheet
 *     alone ({@code initiatives}) for a problem of a whole sheet; {@code null} otherwise (since
 *     0.2.0)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ValidationError(
    String pointer, ErrorCode code, LocalizedText message, ValidationLayer layer, @Nullable String origin,
    @Nullable String cell) {

  /**
   * Checks that every part but the origin and the cell is present.
   *
   * @param pointer JSON Pointer to the offending value; {@code ""} for the whole document
   * @param code stable error code
   * @param message explanation in ca, es and en
   * @param layer the validation layer that found the error
   * @param origin the file or layer name the pointer refers into, or {@code null} for a single
   *     document
   * @param cell the spreadsheet cell, or {@code null} when the catalog was not imported from one
   * @throws NullPointerException if any part but {@code origin} and {@code cell} is {@code null}
   */
  public ValidationError {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(layer, "layer");
  }

  /**
   * An error in the single document being validated, without an origin.
   *
   * @param pointer JSON Pointer to the offending value; {@code ""} for the whole document
   * @param code stable error code
   * @param message explanation in ca, es and en
   * @param layer the validation layer that found the error
   * @throws NullPointerException if any part is {@code null}
   */
  public ValidationError(String pointer, ErrorCode code, LocalizedText message, ValidationLayer layer) {
    this(pointer, code, message, layer, null, null);
  }

  /**
   * An error without a spreadsheet cell.
   *
   * @param pointer JSON Pointer to the offending value; {@code ""} for the whole document
   * @param code stable error code
   * @param message explanation in ca, es and en
   * @param layer the validation layer that found the error
   * @param origin the file or layer name the pointer refers into, or {@code null} for a single
   *     document
   * @throws NullPointerException if any part but {@code origin} is {@code null}
   */
  public ValidationError(
      String pointer, ErrorCode code, LocalizedText message, ValidationLayer layer, @Nullable String origin) {
    this(pointer, code, message, layer, origin, null);
  }

  /**
   * {@return the same error, located in {@code newOrigin} at {@code newPointer}} Merging uses it to
   * point an error found in the merged catalog back into the file it came from.
   *
   * @param newOrigin the file or layer name, or {@code null} for none
   * @param newPointer JSON Pointer into that document
   */
  public ValidationError at(@Nullable String newOrigin, String newPointer) {
    return new ValidationError(newPointer, code, message, layer, newOrigin, cell);
  }

  /**
   * {@return the same error, located at a spreadsheet cell} Import uses it to say where in the
   * workbook or CSV files a person finds the value.
   *
   * @param newCell the cell, such as {@code initiatives!F7}, or {@code null} for none
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public ValidationError atCell(@Nullable String newCell) {
    return new ValidationError(pointer, code, message, layer, origin, newCell);
  }

  /**
   * {@return an error whose message is {@code code}'s template filled with {@code args}}
   *
   * @param layer the validation layer that found the error
   * @param pointer JSON Pointer to the offending value; {@code ""} for the whole document
   * @param code the error code, whose {@link ErrorCode#templates()} give the message
   * @param args the values of the template's {@code %s} placeholders, in order, inserted as text
   */
  public static ValidationError of(
      ValidationLayer layer, String pointer, ErrorCode code, Object... args) {
    return new ValidationError(pointer, code, code.message(args), layer);
  }

  /**
   * {@return the message in {@code language}, or in Catalan if it has none in that language}
   *
   * @param language the reader's language
   */
  public String message(Language language) {
    return message.text(language);
  }

  /** One line: origin (if any), cell (if any), pointer, code and English message. */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "(document)" : pointer;
    return (origin == null ? "" : origin + " ") + (cell == null ? "" : cell + " ") + where + " [" + code + "] "
        + message.en();
  }
}
