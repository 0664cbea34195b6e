package cat.xmess.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * The published catalog format: its version and its JSON Schema (draft 2020-12).
 *
 * <p>The schema version follows semantic versioning of its own, separate from the SDK's version
 * and from a catalog's data version: a new optional field is a minor change, a removed or
 * retyped field a major one. Readers accept catalogs of the same major version.
 *
 * <p>A catalog of an older minor version (1.0.0, 1.1.0) is read as it is: every field it can hold is
 * still defined. A catalog of a newer minor version of the same major (1.3.0, say) is read against this
 * version's schema, so it loads when it uses only the fields this version knows, and a field added
 * after this version is reported as {@code unknown-field}. A newer major version is refused with
 * {@code unsupported-schema-version}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CatalogFormat {

  /** Version of the catalog format this SDK reads and writes. */
  public static final String SCHEMA_VERSION = "1.2.0";

  /** The {@code $id} of the JSON Schema of {@link #SCHEMA_VERSION}: an identifier, not a download. */
  public static final String SCHEMA_ID =
      "https://xmess.cat/schema/catalog/" + SCHEMA_VERSION + "/catalog.schema.json";

  private static final String SCHEMA_RESOURCE = "schema/catalog-" + SCHEMA_VERSION + ".schema.json";

  private CatalogFormat() {}

  /**
   * {@return the JSON Schema of the catalog format at {@link #SCHEMA_VERSION}, decoded from the
   * UTF-8 resource shipped in this jar}
   */
  public static String schemaJson() {
    try (InputStream in = openSchema()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled JSON Schema", e);
    }
  }

  /**
   * Opens the JSON Schema of the catalog format at {@link #SCHEMA_VERSION}.
   *
   * @return a new stream of the schema's UTF-8 bytes, which the caller closes
   */
  public static InputStream openSchema() {
    InputStream in = CatalogFormat.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("The JSON Schema resource is missing from xmess-model: " + SCHEMA_RESOURCE);
    }
    return in;
  }

  /**
   * The major part of a MAJOR.MINOR.PATCH version, which decides whether a catalog can be read.
   *
   * @param version a version such as {@code 1.2.0}, or {@code null}
   * @return the number before the first dot, for example {@code 1}, or -1 when {@code version} is
   *     {@code null} or does not start with a number
   */
  public static int majorOf(String version) {
    if (version == null) {
      return -1;
    }
    int dot = version.indexOf('.');
    String major = dot < 0 ? version : version.substring(0, dot);
    try {
      return major.isEmpty() ? -1 : Integer.parseInt(major);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
