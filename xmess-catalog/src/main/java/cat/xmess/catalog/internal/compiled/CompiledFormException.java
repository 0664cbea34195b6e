package cat.xmess.catalog.internal.compiled;

import org.apiguardian.api.API;

/** A compiled catalog that cannot be read: wrong format version, corrupt or truncated bytes. */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class CompiledFormException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CompiledFormException(String message) {
    super(message);
  }

  CompiledFormException(String message, Throwable cause) {
    super(message, cause);
  }
}
