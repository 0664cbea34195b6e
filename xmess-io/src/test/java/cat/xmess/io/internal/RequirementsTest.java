package cat.xmess.io.internal;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Hosts choose the Hibernate Validator release (Spring Boot 3.5 manages 8.0, Boot 4.0 9.0): the
 * releases we run with pass, older ones get one message that says what to do.
 */
class RequirementsTest {

  @Test
  void theReleasesHostsManageTodayPass() {
    for (String release : new String[] {"8.0.3.Final", "9.0.1.Final", "9.1.6.Final", "10.0.0.Alpha1"}) {
      assertNull(Requirements.hibernateValidatorProblem(release), release);
    }
  }

  @Test
  void aVersionTheManifestDoesNotStateIsGivenTheBenefitOfTheDoubt() {
    assertNull(Requirements.hibernateValidatorProblem(null));
    assertNull(Requirements.hibernateValidatorProblem("unknown"));
  }

  @Test
  void anOlderReleaseGetsTheArtifactTheVersionsAndTheFix() {
    String message = Requirements.hibernateValidatorProblem("7.0.5.Final");
    assertTrue(message.contains("org.hibernate.validator:hibernate-validator"), message);
    assertTrue(message.contains("7.0.5.Final"), "the version found: " + message);
    assertTrue(message.contains("8.0 or newer"), "the version needed: " + message);
    assertTrue(message.contains("Fix: "), message);
  }

  @Test
  void theVersionIsAskedOfTheValidatorNotOfAManifest() {
    // An application repackaged into one jar (the CLI, a benchmark jar) has its own manifest: the
    // version must come from Hibernate Validator itself.
    assertTrue(Requirements.hibernateValidatorVersion(getClass().getClassLoader()).startsWith("9.1."),
        "the build's Hibernate Validator is 9.1");
  }

  @Test
  void theValidatorOnThisClassPathPasses() {
    Requirements.check(); // throws if the build's own Hibernate Validator were refused
  }
}
