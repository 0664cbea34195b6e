package cat.xmess.examples.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every public type, constructor, method and constant of the exported packages has a javadoc
 * comment. The javadoc build's doclint (group {@code all}, missing tags included) finds the same and
 * more, but only at {@code package} and not when javadoc is skipped; this test fails already in the
 * test phase, with the list of undocumented members.
 */
class PublicApiDocumentedTest {
  private static final Path MODEL_SOURCES = Path.of("..", "xmess-model", "src", "main", "java");
  private static final Path CATALOG_SOURCES = Path.of("..", "xmess-catalog", "src", "main", "java");

  @Test
  void everyPublicElementOfTheExportedPackagesHasAComment() throws IOException {
    List<Path> sources = new ArrayList<>();
    sources.addAll(packageSources(MODEL_SOURCES.resolve("cat/xmess/model")));
    sources.addAll(packageSources(CATALOG_SOURCES.resolve("cat/xmess/catalog")));
    assertTrue(sources.size() > 40, "too few sources found: " + sources);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavacTask task = (JavacTask) javac.getTask(null, files, null,
          List.of("-proc:none", "-cp", System.getProperty("java.class.path")), null,
          files.getJavaFileObjectsFromPaths(sources));
      task.analyze();
      Elements elements = task.getElements();
      Types types = task.getTypes();
      Trees trees = Trees.instance(task);
      List<String> undocumented = new ArrayList<>();
      for (String name : List.of("cat.xmess.model", "cat.xmess.catalog")) {
        PackageElement pkg = elements.getPackageElement(name);
        if (elements.getDocComment(pkg) == null) {
          undocumented.add("package " + name);
        }
        for (Element type : pkg.getEnclosedElements()) {
          collectUndocumented(type, new Context(elements, types, trees), undocumented);
        }
      }
      assertEquals(List.of(), undocumented, "public API without javadoc");
    }
  }

  private record Context(Elements elements, Types types, Trees trees) {}

  private static void collectUndocumented(Element element, Context context, List<String> out) {
    if (!element.getModifiers().contains(Modifier.PUBLIC)
        || element.getKind() == ElementKind.RECORD_COMPONENT
        || isImplicit(element, context)
        || isRecordAccessor(element)
        || isCanonicalConstructor(element, context)
        || overridesInheritedMethod(element, context)) {
      return;
    }
    if (context.elements().getDocComment(element) == null) {
      out.add(element.getKind() + " " + qualifiedName(element));
    }
    if (element instanceof TypeElement) {
      for (Element member : element.getEnclosedElements()) {
        collectUndocumented(member, context, out);
      }
    }
  }

  /** Members the compiler writes (record methods, enum values() and valueOf()) have no source. */
  private static boolean isImplicit(Element element, Context context) {
    if (element instanceof TypeElement) {
      return false;
    }
    TreePath path = context.trees().getPath(element);
    if (path == null) {
      return true;
    }
    long start = context.trees().getSourcePositions()
        .getStartPosition(path.getCompilationUnit(), path.getLeaf());
    TreePath owner = context.trees().getPath(element.getEnclosingElement());
    long ownerStart = context.trees().getSourcePositions()
        .getStartPosition(owner.getCompilationUnit(), owner.getLeaf());
    // Generated members carry their owner's position (or none).
    return start < 0 || start == ownerStart;
  }

  /** A record's canonical constructor takes its components, which the record's comment describes. */
  private static boolean isCanonicalConstructor(Element element, Context context) {
    Element owner = element.getEnclosingElement();
    if (element.getKind() != ElementKind.CONSTRUCTOR || owner.getKind() != ElementKind.RECORD) {
      return false;
    }
    List<TypeMirror> parameters = ((ExecutableElement) element).getParameters().stream()
        .map(p -> context.types().erasure(p.asType())).toList();
    List<TypeMirror> components = ((TypeElement) owner).getRecordComponents().stream()
        .map(c -> context.types().erasure(c.asType())).toList();
    if (parameters.size() != components.size()) {
      return false;
    }
    for (int i = 0; i < parameters.size(); i++) {
      if (!context.types().isSameType(parameters.get(i), components.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** An overriding method inherits the overridden method's comment, as javadoc shows it. */
  private static boolean overridesInheritedMethod(Element element, Context context) {
    if (!(element instanceof ExecutableElement method)
        || element.getKind() != ElementKind.METHOD) {
      return false;
    }
    TypeElement owner = (TypeElement) element.getEnclosingElement();
    return supertypes(owner.asType(), context.types()).stream()
        .flatMap(t -> ((TypeElement) context.types().asElement(t)).getEnclosedElements().stream())
        .filter(m -> m instanceof ExecutableElement)
        .anyMatch(m -> context.elements().overrides(method, (ExecutableElement) m, owner));
  }

  private static List<TypeMirror> supertypes(TypeMirror type, Types types) {
    List<TypeMirror> all = new ArrayList<>();
    for (TypeMirror parent : types.directSupertypes(type)) {
      all.add(parent);
      all.addAll(supertypes(parent, types));
    }
    return all;
  }

  /** Explicit accessors of record components are documented by the record, like implicit ones. */
  private static boolean isRecordAccessor(Element element) {
    Element owner = element.getEnclosingElement();
    return element.getKind() == ElementKind.METHOD
        && owner.getKind() == ElementKind.RECORD
        && ((TypeElement) owner).getRecordComponents().stream()
            .anyMatch(c -> c.getSimpleName().equals(element.getSimpleName()));
  }

  private static String qualifiedName(Element element) {
    return element instanceof TypeElement type
        ? type.getQualifiedName().toString()
        : qualifiedName(element.getEnclosingElement()) + "." + element;
  }

  private static List<Path> packageSources(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }
}
