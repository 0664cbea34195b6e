package cat.xmess.catalog;

import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@link CatalogIo} of xmess-io once, on first use, and says plainly what to add when it
 * is missing, instead of letting a {@link NoClassDefFoundError} surface from deep inside a load.
 */
final class IoServices {
  /** Maven coordinates of the artifact that provides {@link CatalogIo}, without the version. */
  public static final String ARTIFACT = "cat.xmess:xmess-io";

  private IoServices() {}

  /**
   * {@return the file support of xmess-io}
   *
   * @param feature what the caller wanted, for the message, such as {@code "XmessCatalog.load"}
   * @throws IllegalStateException naming the artifact to add, when xmess-io is not on the class
   *     path or module path, or when it cannot start (for example a dependency of the wrong
   *     version; the message says which and how to fix it)
   */
  public static CatalogIo get(String feature) {
    Lookup lookup = Lookup.RESULT;
    CatalogIo io = lookup.io;
    if (io != null) {
      return io;
    }
    throw new IllegalStateException(feature + " " + lookup.problem, lookup.cause);
  }

  /** The lookup's outcome, computed once by the JVM's lazy class initialisation. */
  private record Lookup(@Nullable CatalogIo io, @Nullable String problem, @Nullable Throwable cause) {
    static final Lookup RESULT = find();

    private static Lookup find() {
      String version = IoServices.class.getPackage().getImplementationVersion();
      String coordinates = ARTIFACT + (version == null ? "" : ":" + version);
      try {
        // The core's own loader first (it sees its sibling jars in every host we know: plain class
        // path, module path, Spring Boot's and Quarkus's loaders), then the thread's context loader.
        CatalogIo io = first(ServiceLoader.load(CatalogIo.class, CatalogIo.class.getClassLoader()));
        if (io == null) {
          ClassLoader context = Thread.currentThread().getContextClassLoader();
          io = context == null ? null : first(ServiceLoader.load(CatalogIo.class, context));
        }
        if (io == null) {
          return new Lookup(null, "needs the artifact " + coordinates + " (reading, validating and writing "
              + "catalog files, overlays, exports), which is not on the class path or module path. Add the "
              + "dependency " + coordinates + " next to xmess-catalog (with the xmess-bom import, leave its "
              + "version out).", null);
        }
        return new Lookup(io, null, null);
      } catch (ServiceConfigurationError e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new Lookup(null, "cannot use " + coordinates + ": " + cause.getMessage(), cause);
      }
    }

    private static @Nullable CatalogIo first(ServiceLoader<CatalogIo> loader) {
      Iterator<CatalogIo> providers = loader.iterator();
      return providers.hasNext() ? providers.next() : null;
    }
  }
}
