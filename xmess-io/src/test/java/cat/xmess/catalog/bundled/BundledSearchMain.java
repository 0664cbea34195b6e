package cat.xmess.catalog.bundled;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.XmessCatalog;

/**
 * Run in a child JVM by {@link BundledLoadDoesNotValidateTest}. With no argument it only loads the
 * bundled catalog and searches it; with {@code validate} it also validates it (the control run).
 */
public final class BundledSearchMain {
  /** Prefix of the line that reports the hit count. */
  public static final String HITS = "XMESS-HITS=";

  private BundledSearchMain() {}

  public static void main(String[] args) {
    int hits = XmessCatalog.bundled().search("habitatge").size();
    System.out.println(HITS + hits);
    if (args.length > 0 && args[0].equals("validate")) {
      boolean valid = XmessCatalog.validate(XmessCatalog.bundled().catalog()).isValid()
          && CatalogReader.standard().validate(BundledJson.bytes()).isValid();
      System.out.println("XMESS-VALID=" + valid);
    }
    System.out.flush();
  }
}
