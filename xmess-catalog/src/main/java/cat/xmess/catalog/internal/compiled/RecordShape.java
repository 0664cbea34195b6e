package cat.xmess.catalog.internal.compiled;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/**
 * A record class as the compiled form sees it: its components' declared types and kinds, their
 * accessors (for writing) and the canonical constructor (for reading, so that every invariant the
 * record enforces is enforced on compiled data too). Looked up once per class.
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
  private final Constructor<?> constructor;

  private RecordShape(Class<?> type) {
    this.type = type;
    this.components = type.getRecordComponents();
    this.types = new Type[components.length];
    this.kinds = new CompiledForm.Kind[components.length];
    Class<?>[] raw = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getGenericType();
      kinds[i] = CompiledForm.kindOf(types[i]);
      raw[i] = components[i].getType();
    }
    try {
      this.constructor = type.getDeclaredConstructor(raw);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("A record always has a canonical constructor: " + type, e);
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

  /** A new record from its components, through the canonical constructor. */
  Object create(Object[] values) {
    try {
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new CompiledFormException(type.getSimpleName() + " refused the compiled values: "
          + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      throw new CompiledFormException("Cannot create a " + type.getSimpleName() + " from compiled values", e);
    }
  }
}
