package cat.xmess.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogReader;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of the SDK, checked on the classes of every library module (model, core,
 * xmess-io, the starter) and the CLI, as their jars are built. A newcomer reads the rules here.
 */
class ArchitectureTest {
  private static final String[] EXPORTED = {"cat.xmess.model", "cat.xmess.catalog"};
  private static final String[] INTERNAL = {"cat.xmess.catalog.internal..", "cat.xmess.io.internal.."};
  private static final String SHADED = "cat.xmess.io.internal.shaded..";

  private static final JavaClasses SDK = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("/cat/xmess/io/internal/shaded/"))
      .withImportOption(location -> !location.contains("-tests.jar")) // other modules' test classes
      .importPackages("cat.xmess");

  @Test
  void everyPublicTypeOfAnExportedPackageDeclaresItsApiStatus() {
    classes().that().arePublic().and().areTopLevelClasses().and().resideInAnyPackage(EXPORTED)
        .should().beAnnotatedWith(API.class)
        .check(SDK);
  }

  @Test
  void everyPublicTypeOfAnInternalPackageIsMarkedInternal() {
    classes().that().arePublic().and().areTopLevelClasses().and().resideInAnyPackage(INTERNAL)
        .and().resideOutsideOfPackage(SHADED)
        .should(beInternalApi())
        .check(SDK);
  }

  @Test
  void noPublicSignatureOfAnExportedPackageMentionsALibraryOrAnInternalType() {
    codeUnits().that().areDeclaredInClassesThat().resideInAnyPackage(EXPORTED)
        .and().areDeclaredInClassesThat().arePublic().and().arePublic()
        .should(mentionOnlyPublishedTypes())
        .check(SDK);
    fields().that().areDeclaredInClassesThat().resideInAnyPackage(EXPORTED)
        .and().areDeclaredInClassesThat().arePublic().and().arePublic()
        .should(haveAPublishedType())
        .check(SDK);
  }

  @Test
  void internalsAreUsedOnlyInsideTheLibrary() {
    noClasses().that().resideInAnyPackage("cat.xmess.examples..", "cat.xmess.spring..")
        .should().dependOnClassesThat().resideInAnyPackage("..internal..")
        .check(SDK);
    noClasses().that().resideInAPackage("cat.xmess.model..")
        .should().dependOnClassesThat().resideInAnyPackage("cat.xmess.catalog..", "cat.xmess.io..")
        .check(SDK);
    noClasses().that().resideInAPackage("cat.xmess.catalog..")
        .should().dependOnClassesThat().resideInAPackage("cat.xmess.io..")
        .check(SDK);
  }

  @Test
  void xmessIoNeverReentersTheEntryPointsThatCallIt() {
    // xmess-io reads loaded catalogs (XmessCatalog is a value it receives), but the readers and
    // exporters call xmess-io through its service: calling them back would loop.
    noClasses().that().resideInAnyPackage("cat.xmess.io.internal..")
        .should().dependOnClassesThat().belongToAnyOf(CatalogReader.class, CatalogExporter.class)
        .check(SDK);
  }

  @Test
  void theInternalPackagesFormNoCycle() {
    slices().matching("cat.xmess.catalog.internal.(*)..").should().beFreeOfCycles().check(SDK);
    slices().matching("cat.xmess.io.internal.(*)..").should().beFreeOfCycles().check(SDK);
  }

  /**
   * Dependencies run one way, API to internals: the engine that needs the API's own values (the
   * indexed catalog, facet counting, diffs, the bundled catalog, the io service) lives
   * package-private beside the facade, and the internal packages know only the model and each
   * other.
   */
  @Test
  void internalsNeverDependOnTheApiPackage() {
    noClasses().that().resideInAnyPackage("cat.xmess.catalog.internal..")
        .should().dependOnClassesThat().resideInAPackage("cat.xmess.catalog")
        .check(SDK);
  }

  /** No package cycle anywhere in the SDK, API packages included. */
  @Test
  void noPackageCycle() {
    slices().matching("cat.xmess.(**)").should().beFreeOfCycles().check(SDK);
  }

  private static ArchCondition<JavaClass> beInternalApi() {
    return new ArchCondition<>("be annotated @API(status = INTERNAL)") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        boolean internal = type.tryGetAnnotationOfType(API.class)
            .map(api -> api.status() == API.Status.INTERNAL).orElse(false);
        if (!internal) {
          events.add(SimpleConditionEvent.violated(type, type.getName() + " is not @API(status = INTERNAL)"));
        }
      }
    };
  }

  private static final DescribedPredicate<JavaClass> UNPUBLISHED = DescribedPredicate.describe(
      "a type of a third-party library or of an internal package", type -> {
        String name = type.getName();
        return name.startsWith("tools.jackson.") || name.startsWith("com.fasterxml.")
            || name.startsWith("org.hibernate.") || name.startsWith("com.networknt.")
            || name.contains(".internal.");
      });

  private static ArchCondition<JavaCodeUnit> mentionOnlyPublishedTypes() {
    return new ArchCondition<>("mention only the SDK's published types and the JDK's") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaType> mentioned = new ArrayList<>();
        mentioned.add(unit.getReturnType());
        mentioned.addAll(unit.getParameterTypes());
        unit.getThrowsClause().forEach(thrown -> mentioned.add(thrown.getRawType()));
        for (JavaType type : mentioned) {
          for (JavaClass involved : type.getAllInvolvedRawTypes()) {
            if (UNPUBLISHED.test(involved)) {
              events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " mentions " + involved.getName()));
            }
          }
        }
      }
    };
  }

  private static ArchCondition<JavaField> haveAPublishedType() {
    return new ArchCondition<>("have a published type") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        for (JavaClass involved : field.getType().getAllInvolvedRawTypes()) {
          if (UNPUBLISHED.test(involved)) {
            events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is a " + involved.getName()));
          }
        }
      }
    };
  }
}
