package cat.xmess.io.internal.validation;

import java.math.BigDecimal;

/**
 * The range of numbers a figure may hold. Reported figures are budgets, counts and ratios; a bound
 * far above any of them keeps every value writable in plain notation within the default number
 * length, so a catalog the SDK accepts can always be written and read back.
 */
final class FigureValues {
  /** Most digits before the decimal point (up to a thousand trillion). */
  static final int MAX_INTEGER_DIGITS = 15;
  /** Most digits after it. */
  static final int MAX_FRACTION_DIGITS = 10;
  /** The rule, as shown in messages. */
  static final String RANGE =
      "at most " + MAX_INTEGER_DIGITS + " digits before and " + MAX_FRACTION_DIGITS
          + " after the point, " + cat.xmess.catalog.internal.json.Jcs.MAX_SIGNIFICANT_DIGITS
          + " significant digits in all (exact as an IEEE double, RFC 8785)";

  private FigureValues() {}

  static boolean isReasonable(BigDecimal value) {
    return value.precision() - value.scale() <= MAX_INTEGER_DIGITS
        && value.scale() <= MAX_FRACTION_DIGITS
        && cat.xmess.catalog.internal.json.Jcs.isExactAsDouble(value);
  }

  /** The value in short scientific form: its plain form may be enormous. */
  static String describe(BigDecimal value) {
    return value.round(new java.math.MathContext(6)).toString();
  }
}
