package cat.xmess.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collection hygiene shared by the records: no record ever holds a null or mutable list. */
final class Lists {
  private Lists() {}

  /** An unmodifiable copy, or an empty list for {@code null}; null elements are rejected. */
  static <T> List<T> copy(@Nullable List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
