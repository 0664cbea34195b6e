package cat.xmess.catalog.internal.compiled;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/**
 * A record class as the writers see it through reflection, at build time and for the canonical
 * JSON: its components' declared types, kinds and accessors. Looked up once per class. Reading the
 * compiled form takes no reflection: it uses the generated {@link RecordTable}.
 */
final class RecordShape {
  private static final ClassValue<RecordShape> SHAPES =
      new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
          return new RecordShape(type);
        }
      };

  final Class<?> type;
  final Type[] types;
  final CompiledForm.Kind[] kinds;
  private final RecordComponent[] components;

  private RecordShape(Class<?> type) {
    this.type = type;
    this.components = type.getRecordComponents();
    this.types = new Type[components.length];
    this.kinds = new CompiledForm.Kind[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getGenericType();
      kinds[i] = CompiledForm.kindOf(types[i]);
    }
  }

  /** The shape of the record class {@code type}. */
  static RecordShape of(Class<?> type) {
    return SHAPES.get(type);
  }

  /** The name of component {@code index}, which is also its name in the catalog format. */
  String name(int index) {
    return components[index].getName();
  }

  /** Number of components. */
  int size() {
    return components.length;
  }

  /** The value of component {@code index} of {@code record}. */
  Object component(Object record, int index) {
    Method accessor = components[index].getAccessor();
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + type.getSimpleName() + "." + accessor.getName(), e);
    }
  }
}
