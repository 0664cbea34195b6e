package cat.xmess.catalog.bundled;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Visits every value reachable from a model object: record components (through their accessors)
 * and list elements, depth first. Each value is reported with a JSON-Pointer-like path.
 */
public final class ModelWalk {
  /** Receives each reachable non-null value. */
  @FunctionalInterface
  public interface Visitor {
    /** Called for {@code value} found at {@code path}. */
    void visit(String path, Object value);
  }

  private ModelWalk() {}

  /** Walks {@code root}, reporting it and everything below it. */
  public static void walk(Object root, Visitor visitor) {
    walk(root, "", visitor);
  }

  private static void walk(Object value, String path, Visitor visitor) {
    if (value == null) {
      return;
    }
    visitor.visit(path, value);
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "/" + i, visitor);
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        walk(read(component, value), path + "/" + component.getName(), visitor);
      }
    }
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + component, e);
    }
  }

  /** Every string reachable from {@code root}, joined by newlines: the record's whole text. */
  public static String allText(Object root) {
    StringBuilder text = new StringBuilder();
    walk(root, (path, value) -> {
      if (value instanceof String s) {
        text.append(s).append('\n');
      }
    });
    return text.toString();
  }
}
