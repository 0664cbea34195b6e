package cat.xmess.examples.cli;

import cat.xmess.catalog.ValidationReport;

/**
 * A catalog given with {@code --catalog} failed validation. Carries the file name so that the
 * error handler can say which file to fix, and the report so that it can show the first errors.
 */
final class InvalidCatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final transient ValidationReport report;

  InvalidCatalogException(String file, ValidationReport report) {
    super("invalid catalog: " + file);
    this.file = file;
    this.report = report;
  }

  String file() {
    return file;
  }

  ValidationReport report() {
    return report;
  }
}
