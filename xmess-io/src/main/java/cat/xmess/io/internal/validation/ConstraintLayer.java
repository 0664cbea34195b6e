package cat.xmess.io.internal.validation;

import cat.xmess.catalog.internal.json.Pointer;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.model.Catalog;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Layer 2: the model's Jakarta constraints, checked by Hibernate Validator.
 *
 * <p>The factory is built once, on first use, and never on the bundled catalog's path. It uses
 * {@link ParameterMessageInterpolator}, so no Expression Language is ever evaluated: a {@code
 * ${...}} in catalog text stays text. Our own trilingual messages replace the validator's.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class ConstraintLayer {
  private ConstraintLayer() {}

  private static final class Factory {
    static final ValidatorFactory FACTORY =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /**
   * Hibernate Validator announces itself once, at INFO, through JBoss Logging ("HV000001: Hibernate
   * Validator 9.1.6.Final"). In an application that never configured logging, JBoss Logging falls
   * back to java.util.logging, whose default console handler prints INFO to stderr: a line the
   * application never asked for, caused by us. So, only in that case (no JBoss Logging provider
   * chosen, no level given to that logger), this one logger is set to WARNING; nothing else in the
   * logging configuration changes, and warnings and errors still show. The logger is returned to be
   * held: java.util.logging forgets the level of a logger nobody references.
   */
  public static java.util.logging.Logger quietBanner() {
    java.util.logging.Logger banner = java.util.logging.Logger.getLogger(HV_VERSION_LOGGER);
    if (System.getProperty("org.jboss.logging.provider") == null && banner.getLevel() == null) {
      banner.setLevel(java.util.logging.Level.WARNING);
    }
    return banner;
  }

  /** The category of Hibernate Validator's version banner. */
  public static final String HV_VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

  /** Every constraint violation of {@code catalog}, ordered by pointer. */
  public static List<ValidationError> validate(Catalog catalog) {
    // Constraints declared on a record component can reach the validator more than once (field
    // and accessor); one error per pointer and code is what a user needs.
    Map<String, ValidationError> unique = new LinkedHashMap<>();
    for (ConstraintViolation<Catalog> violation : Factory.VALIDATOR.validate(catalog)) {
      ValidationError error = translate(violation);
      unique.putIfAbsent(error.pointer() + " " + error.code(), error);
    }
    List<ValidationError> errors = new ArrayList<>(unique.values());
    errors.sort(Comparator.comparing(ValidationError::pointer));
    return errors;
  }

  private static ValidationError translate(ConstraintViolation<?> violation) {
    String pointer = pointerOf(violation.getPropertyPath());
    Class<? extends Annotation> type =
        violation.getConstraintDescriptor().getAnnotation().annotationType();
    Object value = violation.getInvalidValue();
    String field = lastName(violation.getPropertyPath());
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    return switch (type.getSimpleName()) {
      case "NotNull", "NotBlank", "NotEmpty" ->
          ValidationError.of(ValidationLayer.CONSTRAINTS, pointer, ErrorCode.MISSING_REQUIRED, field);
      case "Pattern" -> ValidationError.of(ValidationLayer.CONSTRAINTS, pointer,
          ErrorCode.INVALID_FORMAT, value, "pattern " + attributes.get("regexp"));
      case "Min", "Max", "Size", "Positive", "PositiveOrZero" -> ValidationError.of(
          ValidationLayer.CONSTRAINTS, pointer, ErrorCode.OUT_OF_RANGE, value, limits(attributes));
      default -> ValidationError.of(ValidationLayer.CONSTRAINTS, pointer, ErrorCode.INVALID_VALUE,
          type.getSimpleName());
    };
  }

  private static String limits(Map<String, Object> attributes) {
    StringBuilder text = new StringBuilder();
    for (String key : List.of("min", "max", "value")) {
      if (attributes.containsKey(key)) {
        text.append(text.length() == 0 ? "" : ", ").append(key).append(' ').append(attributes.get(key));
      }
    }
    return text.toString();
  }

  /**
   * The JSON Pointer of a property path. Hibernate Validator puts a list index on the node that
   * follows the list, so the index is written before that node's name; container-element nodes
   * ({@code <list element>}) add only their index.
   */
  static String pointerOf(Path path) {
    String pointer = "";
    for (Path.Node node : path) {
      if (node.isInIterable() && node.getIndex() != null) {
        pointer = Pointer.append(pointer, node.getIndex());
      }
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
        pointer = Pointer.append(pointer, node.getName());
      }
    }
    return pointer;
  }

  private static String lastName(Path path) {
    String name = "";
    for (Path.Node node : path) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
        name = node.getName();
      }
    }
    return name;
  }
}
