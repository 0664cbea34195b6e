package cat.xmess.io.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, once, the libraries this artifact uses from the host's class path instead of carrying
 * them relocated inside itself: Hibernate Validator and the Jakarta Validation API. A host's
 * dependency management (Spring Boot's, Quarkus's) picks their versions; when it picks one we
 * cannot work with, the first call fails with one message naming the artifact, the version found,
 * the version needed and the fix, instead of a {@link NoClassDefFoundError} deep inside a load.
 *
 * <p>Jackson, the schema validator and their dependencies are relocated into this artifact, so no
 * host's versions of them matter and they need no check.
 */
final class Requirements {
  /** Oldest Hibernate Validator release we run with (Spring Boot 3.5 manages 8.0.x): major, minor. */
  static final int[] MIN_HIBERNATE_VALIDATOR = {8, 0};

  /** {@link #MIN_HIBERNATE_VALIDATOR} as people write it. */
  private static final String MIN_HIBERNATE_VALIDATOR_TEXT =
      MIN_HIBERNATE_VALIDATOR[0] + "." + MIN_HIBERNATE_VALIDATOR[1];

  /** The release our tests and the BOM use. */
  static final String TESTED_HIBERNATE_VALIDATOR = "9.1.6.Final";

  private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");

  private Requirements() {}

  /** Throws {@link IllegalStateException} if a required library is missing or too old. */
  static void check() {
    ClassLoader loader = Requirements.class.getClassLoader();
    requirePresent("jakarta.validation.Validation", "jakarta.validation:jakarta.validation-api", "3.0", loader);
    Class<?> validator =
        requirePresent("org.hibernate.validator.HibernateValidator", "org.hibernate.validator:hibernate-validator",
            MIN_HIBERNATE_VALIDATOR_TEXT, loader);
    String found = hibernateValidatorVersion(validator.getClassLoader());
    String problem = hibernateValidatorProblem(found);
    if (problem != null) {
      throw new IllegalStateException(problem);
    }
  }

  /**
   * {@return the Hibernate Validator release on the class path, or null when it cannot be told}
   * Asked of Hibernate Validator itself (its version constant, as 8.0 and 9.x hold it), not of the
   * jar's manifest: in an application repackaged into one jar, the manifest is the application's.
   */
  static String hibernateValidatorVersion(ClassLoader loader) {
    try {
      Class<?> version = Class.forName("org.hibernate.validator.internal.util.Version", false, loader);
      Object text = version.getMethod("getVersionString").invoke(null);
      return text instanceof String s ? s : null;
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return null; // another layout: give it the benefit of the doubt
    }
  }

  /**
   * {@return the message for a Hibernate Validator release {@code found} that is too old, or null
   * when it will do} It names the artifact, the version found, the version needed and the fix.
   */
  static String hibernateValidatorProblem(String found) {
    if (!olderThanMinimum(found)) {
      return null;
    }
    return "needs org.hibernate.validator:hibernate-validator " + MIN_HIBERNATE_VALIDATOR_TEXT
        + " or newer (" + TESTED_HIBERNATE_VALIDATOR + " is tested), but the class "
        + "path has " + found + ". Fix: let your build resolve a newer version, for example by importing "
        + "cat.xmess:xmess-bom after your framework's BOM or by declaring "
        + "org.hibernate.validator:hibernate-validator:" + TESTED_HIBERNATE_VALIDATOR + " yourself.";
  }

  /**
   * {@return whether release {@code found} is older than {@link #MIN_HIBERNATE_VALIDATOR}} A
   * version that cannot be told, or read, is given the benefit of the doubt.
   */
  private static boolean olderThanMinimum(String found) {
    if (found == null) {
      return false;
    }
    Matcher m = VERSION.matcher(found);
    if (!m.find()) {
      return false;
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    return major < MIN_HIBERNATE_VALIDATOR[0] || major == MIN_HIBERNATE_VALIDATOR[0] && minor < MIN_HIBERNATE_VALIDATOR[1];
  }

  private static Class<?> requirePresent(String className, String artifact, String minimum, ClassLoader loader) {
    try {
      return Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("needs " + artifact + " " + minimum + " or newer, which is not on the "
          + "class path (" + className + " cannot be loaded). Fix: do not exclude it from xmess-io's "
          + "dependencies, or declare it yourself.", e);
    }
  }
}
