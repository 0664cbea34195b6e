package cat.xmess.io.internal.validation;

import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The most errors a report lists. A document broken throughout (a million wrong values) would
 * otherwise cost memory and time in proportion to its size; a thousand errors are more than
 * anyone fixes before validating again.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class ErrorCap {
  /** Errors listed at most; one more, {@code limit-exceeded}, says that there were more. */
  public static final int MAX_ERRORS = 1_000;

  private ErrorCap() {}

  /** {@code errors} cut to {@link #MAX_ERRORS}, followed by a note if anything was cut. */
  public static List<ValidationError> cap(List<ValidationError> errors, ValidationLayer layer) {
    if (errors.size() <= MAX_ERRORS) {
      return errors;
    }
    List<ValidationError> kept = new ArrayList<>(errors.subList(0, MAX_ERRORS));
    kept.add(tooMany(layer));
    return kept;
  }

  /** The note that ends a report cut at {@link #MAX_ERRORS}. */
  static ValidationError tooMany(ValidationLayer layer) {
    return ValidationError.of(layer, "", ErrorCode.LIMIT_EXCEEDED,
        "more than " + MAX_ERRORS + " errors; only the first " + MAX_ERRORS + " are listed");
  }
}
