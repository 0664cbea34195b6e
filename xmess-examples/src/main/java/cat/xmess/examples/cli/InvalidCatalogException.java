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
  private final boolean oneFile;

  /**
   * @param file what failed, as the user named it: a file, or the overlays with their files
   * @param report every error
   * @param oneFile whether {@code file} is one catalog file that {@code xmess validate} can check
   *     alone (not so for overlays, whose references resolve in the layers below)
   */
  InvalidCatalogException(String file, ValidationReport report, boolean oneFile) {
    super("invalid catalog: " + file);
    this.file = file;
    this.report = report;
    this.oneFile = oneFile;
  }

  boolean oneFile() {
    return oneFile;
  }

  String file() {
    return file;
  }

  ValidationReport report() {
    return report;
  }
}
