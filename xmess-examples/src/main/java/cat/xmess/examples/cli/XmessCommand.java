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
abstract class XmessCommand implements Callable<Integer>, CommonOptions.Holder {

  @Spec CommandSpec spec;

  @Mixin OutputOptions options;

  @Override
  public final Integer call() {
    options.common().applyVerbosity();
    return execute(new Output(spec, options));
  }

  /** Runs the command and returns its exit code. */
  protected abstract int execute(Output output);

  /** The output options. */
  final OutputOptions options() {
    return options;
  }

  @Override
  public final CommonOptions common() {
    return options.common();
  }

  /**
   * A usage error found after parsing (a code not in the catalog, an empty range): thrown as a
   * picocli {@link ParameterException} so that it gets the usage exit code like any parse error.
   */
  final ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
