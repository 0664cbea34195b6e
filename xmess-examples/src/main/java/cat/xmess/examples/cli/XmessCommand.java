package cat.xmess.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every {@code xmess} subcommand shares: the output options and access to the writers picocli
 * was given. Subcommands return an exit code from {@link #execute(Output)} and throw {@link
 * CliException} or {@link ParameterException} for failures, so that one handler formats every
 * error.
 */
abstract class XmessCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin OutputOptions options;

  @Override
  public final Integer call() {
    if (options.verbose()) {
      showDebugLogs();
    }
    return execute(new Output(spec, options));
  }

  /**
   * Lowers slf4j-simple's level from simplelogger.properties' WARN to DEBUG. System properties win
   * over that file but are read when SLF4J starts, which is after this in a CLI run: nothing logs
   * before a command executes.
   */
  private static void showDebugLogs() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
  }

  /** Runs the command and returns its exit code. */
  protected abstract int execute(Output output);

  /** The output options, for the error handler (which must know the language and verbosity). */
  final OutputOptions options() {
    return options;
  }

  /**
   * A usage error found after parsing (a code not in the catalog, an empty range): thrown as a
   * picocli {@link ParameterException} so that it gets the usage exit code like any parse error.
   */
  final ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
