package cat.xmess.spring.boot;

import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ValidationError;
import cat.xmess.model.Language;
import java.util.List;
import org.apiguardian.api.API;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a startup that failed on an invalid catalog: every error of the {@link
 * CatalogValidationException}, one a line, with the file it is in, its JSON Pointer, its code and
 * its English message. Registered in {@code META-INF/spring.factories}, where Spring Boot 3.5 and
 * 4.0 both look for failure analyzers.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public class XmessCatalogFailureAnalyzer extends AbstractFailureAnalyzer<CatalogValidationException> {

  /** Created by Spring Boot when a startup fails. */
  public XmessCatalogFailureAnalyzer() {}

  /**
   * {@return the analysis: a description listing every error, and what to do about them}
   *
   * @param rootFailure the exception the startup failed with
   * @param cause the invalid catalog's exception, found in {@code rootFailure}'s causes
   */
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, CatalogValidationException cause) {
    List<ValidationError> errors = cause.report() == null ? List.of() : cause.report().errors();
    StringBuilder description = new StringBuilder("The XMESS catalog could not be loaded: ")
        .append(errors.size()).append(errors.size() == 1 ? " error" : " errors").append(':');
    for (ValidationError error : errors) {
      description.append(System.lineSeparator()).append("    ")
          .append(error.origin() == null ? "(catalog)" : error.origin()).append(' ')
          .append(error.pointer().isEmpty() ? "(document)" : error.pointer())
          .append(" [").append(error.code()).append("] ")
          .append(error.message(Language.EN));
    }
    if (errors.isEmpty()) {
      description.append(' ').append(cause.getMessage());
    }
    String action = "Correct the files listed above (each line gives the file, the JSON Pointer of"
        + " the value, the error code and what is wrong), or remove them from xmess.overlays.";
    return new FailureAnalysis(description.toString(), action, cause);
  }
}
