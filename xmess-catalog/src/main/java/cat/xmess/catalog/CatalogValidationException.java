package cat.xmess.catalog;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Thrown when a catalog cannot be loaded; {@link #report()} holds every problem found. Loading is
 * all-or-nothing: when this is thrown, no catalog was created and no state changed.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CatalogValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Not serialised: the report's records are not {@code Serializable}. */
  private final transient ValidationReport report;

  /**
   * An exception carrying {@code report}, which must hold at least one error. The message counts
   * the errors and shows the first.
   *
   * @param report every problem found
   * @throws IllegalArgumentException if {@code report} is valid
   */
  public CatalogValidationException(ValidationReport report) {
    super(summary(report));
    this.report = report;
  }

  /**
   * {@return every problem found, at least one} {@code null} after Java deserialisation, which
   * does not carry the report.
   */
  public ValidationReport report() {
    return report;
  }

  private static String summary(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    if (report.isValid()) {
      throw new IllegalArgumentException("A report of a failed load has at least one error");
    }
    int count = report.errors().size();
    return "Invalid catalog, " + count + (count == 1 ? " error" : " errors") + "; first: "
        + report.errors().get(0);
  }
}
