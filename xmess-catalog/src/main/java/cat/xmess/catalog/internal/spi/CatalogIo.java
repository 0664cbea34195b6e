package cat.xmess.catalog.internal.spi;

import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.internal.index.IndexedCatalog;
import cat.xmess.model.Catalog;
import cat.xmess.model.Language;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What the artifact {@code cat.xmess:xmess-io} adds to the core: reading, validating and writing
 * catalog files, overlays and the exports. The core finds its one implementation with {@link
 * java.util.ServiceLoader} (see {@link IoServices}), so that the public calls ({@code
 * XmessCatalog.load}, {@code CatalogExporter}...) keep their names while the JSON, validation and
 * HTML libraries stay out of applications that only query the bundled catalog.
 *
 * <p>Internal: exported only to {@code cat.xmess.io}; it changes whenever the two artifacts do,
 * and they are always used at the same version (the BOM pins both).
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public interface CatalogIo {
  /** {@return the file reader and validator bounded by {@code limits}} */
  CatalogFiles files(ReadLimits limits);

  /** {@return file name to CSV text, as {@code CatalogExporter.csv} documents} */
  Map<String, String> csv(IndexedCatalog catalog);

  /** {@return the XLSX workbook of {@code catalog}, as {@code CatalogExporter.xlsx} documents} */
  byte[] xlsx(IndexedCatalog catalog);

  /** {@return a workbook to fill, as {@code CatalogExporter.xlsxTemplate} documents} */
  byte[] xlsxTemplate(IndexedCatalog base, Language language);

  /** {@return the catalog as one JSON-LD document, as {@code CatalogExporter.jsonLd} documents} */
  String jsonLd(Catalog catalog);

  /** {@return the HTML report of the initiatives {@code query} selects} */
  String html(IndexedCatalog catalog, InitiativeQuery query, Language language);

  /**
   * {@return the bundled catalog read from its JSON, its checksum verified} Only used when the
   * classes were built without the build's compile step (an IDE), so there is no compiled form.
   */
  Catalog readBundledJson(byte[] json);
}
