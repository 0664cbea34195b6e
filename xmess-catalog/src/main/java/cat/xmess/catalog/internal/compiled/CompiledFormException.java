package cat.xmess.catalog.internal.compiled;

/** A compiled catalog that cannot be read: wrong format version, corrupt or truncated bytes. */
public final class CompiledFormException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CompiledFormException(String message) {
    super(message);
  }

  CompiledFormException(String message, Throwable cause) {
    super(message, cause);
  }
}
