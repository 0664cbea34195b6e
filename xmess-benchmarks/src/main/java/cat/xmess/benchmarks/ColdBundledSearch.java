package cat.xmess.benchmarks;

import cat.xmess.catalog.XmessCatalog;

/**
 * What an application does on its first query, as a whole process ({@link ColdStart}): load the
 * bundled catalog and answer one search, with the SDK's two jars on the class path and nothing else.
 */
public final class ColdBundledSearch {
  private ColdBundledSearch() {}

  /** Searches the bundled catalog for the words in {@code args} and prints the number of hits. */
  public static void main(String[] args) {
    System.out.println(XmessCatalog.bundled().search(String.join(" ", args)).size());
  }
}
