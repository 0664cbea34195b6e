package cat.xmess.catalog;

import cat.xmess.model.Catalog;
import cat.xmess.model.Language;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Not for applications: the service through which this module reaches the artifact {@code
 * cat.xmess:xmess-io}, which reads, validates and writes catalog files, overlays and the exports.
 * The core finds its one implementation with {@link java.util.ServiceLoader}, so that the public
 * calls ({@code XmessCatalog.load}, {@link CatalogReader}, {@link CatalogExporter}) keep their
 * names while the JSON, validation and spreadsheet libraries stay out of applications that only
 * query the bundled catalog.
 *
 * <p>Why it sits in the API package: it speaks in the API's own values (limits, reports, layers),
 * and an internal package that named them would make the API and that package depend on each other.
 * It changes whenever the two artifacts do, which are always used at the same version (the BOM pins
 * both); {@code INTERNAL} status, as JUnit marks such types.
 *
 * @hidden
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public interface CatalogIo {
  /**
   * {@return the file reader and validator bounded by {@code limits}}
   *
   * @param limits the bounds on input
   */
  Files files(ReadLimits limits);

  /**
   * {@return file name to CSV text, as {@link CatalogExporter#csv} documents}
   *
   * @param catalog the catalog to write
   */
  Map<String, String> csv(XmessCatalog catalog);

  /**
   * {@return the XLSX workbook of {@code catalog}, as {@link CatalogExporter#xlsx} documents}
   *
   * @param catalog the catalog to write
   */
  byte[] xlsx(XmessCatalog catalog);

  /**
   * {@return a workbook to fill, as {@link CatalogExporter#xlsxTemplate} documents}
   *
   * @param base the catalog whose codelists, member bodies and sources the template offers
   * @param language the language of the instructions
   */
  byte[] xlsxTemplate(XmessCatalog base, Language language);

  /**
   * {@return the catalog as one JSON-LD document, as {@link CatalogExporter#jsonLd} documents}
   *
   * @param catalog the catalog to write
   */
  String jsonLd(Catalog catalog);

  /**
   * {@return the HTML report of the initiatives {@code query} selects}
   *
   * @param catalog the catalog
   * @param query the initiatives to report
   * @param language the report's language
   */
  String html(XmessCatalog catalog, InitiativeQuery query, Language language);

  /**
   * {@return the bundled catalog read from its JSON, its checksum verified} Only used when the
   * classes were built without the build's compile step (an IDE), so there is no compiled form.
   *
   * @param json the bundled JSON
   */
  Catalog readBundledJson(byte[] json);

  /**
   * Reading, validating and writing catalogs within one set of limits: the implementation behind
   * {@link CatalogReader}, whose javadoc says what each method does. Loads return the validated
   * model; the core indexes it.
   */
  @API(status = API.Status.INTERNAL, since = "0.2.0")
  interface Files {
    /**
     * {@return the validated catalog of a file} Throws {@link CatalogValidationException} with
     * every error otherwise.
     *
     * @param file the catalog JSON
     */
    Catalog load(Path file);

    /**
     * {@return the validated catalog of a stream} Throws with every error otherwise.
     *
     * @param json the catalog JSON
     */
    Catalog load(InputStream json);

    /**
     * {@return the validated catalog of UTF-8 JSON bytes} Throws with every error otherwise.
     *
     * @param json the catalog JSON
     */
    Catalog load(byte[] json);

    /**
     * {@return {@code catalog}, validated} Throws with every error otherwise.
     *
     * @param catalog a catalog built in Java
     */
    Catalog of(Catalog catalog);

    /**
     * {@return every error of a file}
     *
     * @param file the catalog JSON
     */
    ValidationReport validate(Path file);

    /**
     * {@return every error of a stream}
     *
     * @param json the catalog JSON
     */
    ValidationReport validate(InputStream json);

    /**
     * {@return every error of UTF-8 JSON bytes}
     *
     * @param json the catalog JSON
     */
    ValidationReport validate(byte[] json);

    /**
     * {@return every error of a catalog built in Java}
     *
     * @param catalog the catalog
     */
    ValidationReport validate(Catalog catalog);

    /**
     * {@return {@code base} with the overlay files merged onto it} Throws with every error of
     * every layer otherwise.
     *
     * @param base the catalog to merge onto
     * @param overlays the overlay files, in order
     */
    Layered overlay(XmessCatalog base, List<Path> overlays);

    /**
     * {@return {@code base} with overlays built in Java merged onto it} Throws with every error of
     * every layer otherwise.
     *
     * @param base the catalog to merge onto
     * @param overlays the overlays, in order
     */
    Layered overlayCatalogs(XmessCatalog base, List<Catalog> overlays);

    /**
     * {@return the catalog of {@code file} stamped with a fresh checksum, after every validation
     * layer but the checksum passed} Throws {@link CatalogValidationException} otherwise.
     *
     * @param file the catalog JSON
     */
    Catalog seal(Path file);

    /**
     * {@return pretty JSON of {@code catalog}, its checksum stamped into the metadata}
     *
     * @param catalog the catalog, valid or not
     */
    String toJson(Catalog catalog);

    /**
     * {@return the catalog JSON (checksum stamped) of a workbook or a directory of CSV files, after
     * every validation layer} With {@code overlayBase}, the result is an overlay of only the records
     * not already in that catalog, validated against it. Throws {@link CatalogValidationException}
     * with every error, each at its cell.
     *
     * @param input a workbook or a directory of CSV files
     * @param overlayBase the catalog the import is an overlay of, or null for a whole catalog
     */
    String importSheets(Path input, @Nullable XmessCatalog overlayBase);
  }

  /**
   * A merged catalog with where each record came from.
   *
   * @param catalog the merged, validated catalog
   * @param layers the base's layers, then one per overlay
   * @param provenance per record type, each record's id to the layer that last gave it
   */
  @API(status = API.Status.INTERNAL, since = "0.2.0")
  record Layered(Catalog catalog, List<CatalogLayer> layers, Map<RecordType, Map<String, CatalogLayer>> provenance) {
    /**
     * Copies the lists and maps.
     *
     * @param catalog the merged, validated catalog
     * @param layers the base's layers, then one per overlay
     * @param provenance per record type, each record's id to the layer that last gave it
     */
    public Layered {
      Objects.requireNonNull(catalog, "catalog");
      layers = List.copyOf(layers);
      EnumMap<RecordType, Map<String, CatalogLayer>> copy = new EnumMap<>(RecordType.class);
      provenance.forEach((type, ids) -> copy.put(type, Map.copyOf(ids)));
      provenance = java.util.Collections.unmodifiableMap(copy);
    }
  }
}
