package cat.xmess.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code export} and {@code template} share: a catalog to read ({@code --catalog}, {@code
 * --overlay}) and the common options, but no {@code --format text|json}, since their {@code
 * --format} names the file format they write.
 */
abstract class FileFormatCommand implements Callable<Integer>, CommonOptions.Holder {

  @Spec CommandSpec spec;

  @Mixin CatalogOption catalogOption;

  @Mixin CommonOptions common;

  @Override
  public final CommonOptions common() {
    return common;
  }
}
