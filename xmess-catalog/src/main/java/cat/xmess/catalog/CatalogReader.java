package cat.xmess.catalog;

import cat.xmess.catalog.internal.load.CatalogPipeline;
import cat.xmess.model.Catalog;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads, validates and writes catalogs with given {@link ReadLimits}. {@link XmessCatalog}'s static
 * methods use {@link #standard()}; make your own reader only to change the limits. Readers are
 * immutable and thread-safe.
 *
 * <p>Validation runs in layers and collects every error of a layer before stopping: syntax, then
 * the JSON Schema, then bean constraints and integrity together (see {@link ValidationLayer}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CatalogReader {
  private static final CatalogReader STANDARD = new CatalogReader(ReadLimits.DEFAULT);

  private final CatalogPipeline pipeline;
  private final ReadLimits limits;

  private CatalogReader(ReadLimits limits) {
    this.limits = limits;
    this.pipeline = new CatalogPipeline(limits);
  }

  /** The reader with {@link ReadLimits#DEFAULT}. */
  public static CatalogReader standard() {
    return STANDARD;
  }

  /** A reader with other limits. */
  public static CatalogReader withLimits(ReadLimits limits) {
    return new CatalogReader(Objects.requireNonNull(limits, "limits"));
  }

  /** This reader's limits. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Loads and validates a catalog file.
   *
   * @throws CatalogValidationException with every error found, including a missing or unreadable
   *     file
   */
  public XmessCatalog load(Path file) {
    return pipeline.load(file);
  }

  /** Loads and validates a catalog from a stream, which the caller closes. */
  public XmessCatalog load(InputStream json) {
    return pipeline.load(json);
  }

  /** Loads and validates a catalog from its UTF-8 JSON bytes. */
  public XmessCatalog load(byte[] json) {
    return pipeline.load(json);
  }

  /** Validates a catalog built in Java (bean constraints and integrity) and indexes it. */
  public XmessCatalog of(Catalog catalog) {
    return pipeline.of(catalog);
  }

  /** Validates a catalog file without keeping it. */
  public ValidationReport validate(Path file) {
    return pipeline.validate(file);
  }

  /** Validates a catalog from a stream, which the caller closes. */
  public ValidationReport validate(InputStream json) {
    return pipeline.validate(json);
  }

  /** Validates a catalog from its UTF-8 JSON bytes. */
  public ValidationReport validate(byte[] json) {
    return pipeline.validate(json);
  }

  /** Validates a catalog built in Java: bean constraints and integrity. */
  public ValidationReport validate(Catalog catalog) {
    return pipeline.validate(catalog);
  }

  /**
   * The catalog in the JSON format, pretty-printed, with the checksum of its content recorded in
   * its metadata (replacing any checksum it had), so that readers can detect later changes.
   */
  public String toJson(Catalog catalog) {
    return pipeline.toJson(catalog);
  }
}
