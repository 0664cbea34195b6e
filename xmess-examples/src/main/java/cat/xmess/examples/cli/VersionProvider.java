package cat.xmess.examples.cli;

import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.CatalogMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code xmess --version}: the SDK version and the versions of the bundled catalog. Both matter
 * when reporting a problem, because the data is released on its own schedule.
 */
final class VersionProvider implements IVersionProvider {

  /** Written by Maven resource filtering, so the version lives only in the POM. */
  private static final String VERSION_RESOURCE = "version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"xmess " + sdkVersion(), catalogVersions()};
  }

  /** The SDK version from the build, or "unknown" when run from unfiltered classes. */
  static String sdkVersion() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(VERSION_RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // Fall through to "unknown": a version line is no reason to fail.
    }
    String version = properties.getProperty("version", "");
    return version.isBlank() || version.startsWith("${") ? "unknown" : version;
  }

  private static String catalogVersions() {
    try {
      CatalogMetadata metadata = XmessCatalog.bundled().metadata();
      return "bundled catalog: data " + metadata.dataVersion()
          + ", schema " + metadata.schemaVersion();
    } catch (RuntimeException e) {
      // --version must work even when the bundled data is broken: that is when it is needed.
      return "bundled catalog: unavailable (" + ErrorHandlers.oneLine(e.getMessage()) + ")";
    }
  }
}
