package cat.xmess.benchmarks;

import cat.xmess.catalog.XmessCatalog;

/**
 * Loads the bundled catalog and searches it, nothing else: run with {@code -verbose:class} by the
 * benchmark script, whose log must show no Hibernate Validator or schema validator class (the
 * same proof as xmess-catalog's {@code BundledLoadDoesNotValidateTest}, on the benchmark jar).
 */
public final class BundledPathProbe {
  private BundledPathProbe() {}

  /** Prints the number of hits. */
  public static void main(String[] args) {
    System.out.println("hits=" + XmessCatalog.bundled().search("habitatge").size());
  }
}
