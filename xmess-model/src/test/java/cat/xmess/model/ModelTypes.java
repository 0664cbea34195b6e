package cat.xmess.model;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/** Reflection helpers shared by the model tests: the classes of the model package and the record graph. */
final class ModelTypes {
  private static final String PACKAGE_PATH = "cat/xmess/model/";

  private ModelTypes() {}

  /** Every top-level class of {@code cat.xmess.model}, found on disk (classes directory or jar). */
  static List<Class<?>> modelClasses() {
    List<String> names = new ArrayList<>();
    try {
      Path location = Path.of(Catalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.list(location.resolve(PACKAGE_PATH))) {
          files.map(p -> p.getFileName().toString()).forEach(names::add);
        }
      } else {
        try (ZipFile jar = new ZipFile(location.toFile())) {
          jar.stream()
              .map(e -> e.getName())
              .filter(n -> n.startsWith(PACKAGE_PATH) && n.indexOf('/', PACKAGE_PATH.length()) < 0)
              .map(n -> n.substring(PACKAGE_PATH.length()))
              .forEach(names::add);
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("Cannot list the classes of cat.xmess.model", e);
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String file : names) {
      if (!file.endsWith(".class") || file.contains("$") || file.equals("package-info.class")) {
        continue;
      }
      String binaryName = "cat.xmess.model." + file.substring(0, file.length() - ".class".length());
      try {
        classes.add(Class.forName(binaryName));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    classes.sort(Comparator.comparing(Class::getName));
    if (classes.size() < 20) {
      throw new IllegalStateException("Found only " + classes + " in cat.xmess.model: the scan is broken");
    }
    return classes;
  }

  /** The records of the model package. */
  static List<Class<?>> modelRecords() {
    return modelClasses().stream().filter(Class::isRecord).toList();
  }

  /** The enums of the model package that implement {@link WireCode}. */
  @SuppressWarnings("unchecked")
  static List<Class<? extends Enum<?>>> wireCodeEnums() {
    List<Class<? extends Enum<?>>> enums = new ArrayList<>();
    for (Class<?> type : modelClasses()) {
      if (type.isEnum() && WireCode.class.isAssignableFrom(type)) {
        enums.add((Class<? extends Enum<?>>) type);
      }
    }
    return enums;
  }

  /** Every record reachable from {@code root} through record components and list elements. */
  static Set<Class<?>> reachableRecords(Class<?> root) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Class<?> type = todo.removeFirst();
      if (!seen.add(type)) {
        continue;
      }
      for (RecordComponent component : type.getRecordComponents()) {
        Class<?> target = valueClass(component);
        if (target.isRecord() && !seen.contains(target)) {
          todo.addLast(target);
        }
      }
    }
    return seen;
  }

  /** The class of a component's values: the element class for a list, else the component's class. */
  static Class<?> valueClass(RecordComponent component) {
    return isList(component) ? elementClass(component) : component.getType();
  }

  static boolean isList(RecordComponent component) {
    return List.class.isAssignableFrom(component.getType());
  }

  /** The element class of a {@code List<E>} component. */
  static Class<?> elementClass(RecordComponent component) {
    Type generic = component.getGenericType();
    if (!(generic instanceof ParameterizedType parameterized)) {
      throw new AssertionError(component + " is a raw list");
    }
    Type argument = parameterized.getActualTypeArguments()[0];
    if (argument instanceof Class<?> c) {
      return c;
    }
    if (argument instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    throw new AssertionError(component + " has an unsupported element type " + argument);
  }
}
