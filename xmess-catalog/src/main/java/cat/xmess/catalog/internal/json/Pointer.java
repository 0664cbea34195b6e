package cat.xmess.catalog.internal.json;

import org.apiguardian.api.API;

/** Builds JSON Pointers (RFC 6901). */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class Pointer {
  private Pointer() {}

  /** {@code base} followed by one more reference token, escaped. */
  public static String append(String base, Object token) {
    String text = String.valueOf(token);
    return base + "/" + text.replace("~", "~0").replace("/", "~1");
  }

  /** {@code base} followed by several reference tokens. */
  public static String of(String base, Object... tokens) {
    String pointer = base;
    for (Object token : tokens) {
      pointer = append(pointer, token);
    }
    return pointer;
  }
}
