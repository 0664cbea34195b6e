package cat.xmess.model;

/**
 * Regular expressions of the catalog format, shared by the bean constraints of the records. The
 * JSON Schema states the same patterns; a test keeps the two in step.
 */
final class Patterns {
  private Patterns() {}

  /** Lowercase kebab-case ASCII: the form of every id and code. */
  static final String KEY = "^[a-z0-9]+(-[a-z0-9]+)*$";

  /** Source ids such as {@code S01}: letters, digits, dot, underscore and hyphen. */
  static final String SOURCE_ID = "^[A-Za-z0-9][A-Za-z0-9._-]*$";

  /** ISO 8601 date with year, month or day precision. */
  static final String PARTIAL_DATE = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

  /** A year or a range of years, such as {@code 2017-2019}. */
  static final String PERIOD = "^[0-9]{4}(-[0-9]{4})?$";

  /** MAJOR.MINOR.PATCH. */
  static final String VERSION = "^[0-9]+\\.[0-9]+\\.[0-9]+$";

  /** A reference to a record of a catalog: {@code initiatives/<id>}, {@code memberBodies/<id>} or {@code sources/<id>}. */
  static final String RECORD_REFERENCE =
      "^((initiatives|memberBodies)/[a-z0-9]+(-[a-z0-9]+)*|sources/[A-Za-z0-9][A-Za-z0-9._-]*)$";

  /** Text with at least one non-space character. */
  static final String NOT_BLANK = "(?s).*\\S.*";
}
