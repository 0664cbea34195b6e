package cat.xmess.catalog.validation;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Copies of model records with some components replaced, through their canonical constructors. */
final class Records {
  private Records() {}

  /** A copy of {@code record} with the named components set: {@code with(r, "title", t, "themes", l)}. */
  static <R extends Record> R with(R record, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs");
    }
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    List<String> names = new ArrayList<>();
    try {
      for (int i = 0; i < components.length; i++) {
        values[i] = components[i].getAccessor().invoke(record);
        types[i] = components[i].getType();
        names.add(components[i].getName());
      }
      for (int p = 0; p < namesAndValues.length; p += 2) {
        int at = names.indexOf((String) namesAndValues[p]);
        if (at < 0) {
          throw new IllegalArgumentException("No component " + namesAndValues[p] + " in " + names);
        }
        values[at] = namesAndValues[p + 1];
      }
      @SuppressWarnings("unchecked")
      Constructor<R> canonical = (Constructor<R>) record.getClass().getDeclaredConstructor(types);
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot copy " + record.getClass() + " " + Arrays.toString(types), e);
    }
  }

  /** {@code list} with the element at {@code index} replaced. */
  static <T> List<T> replaced(List<T> list, int index, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, element);
    return copy;
  }
}
