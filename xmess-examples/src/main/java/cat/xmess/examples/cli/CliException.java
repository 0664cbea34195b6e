package cat.xmess.examples.cli;

/**
 * A failure the user can act on, reported as one line on stderr with its exit code and never with
 * a stack trace. Commands throw it instead of printing and returning, so that every error goes
 * through the same handler.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(String message) {
    this(message, CliExitCodes.FAILURE);
  }

  CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
