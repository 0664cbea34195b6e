package cat.xmess.catalog;

import cat.xmess.model.WireCode;
import org.apiguardian.api.API;

/** The formats a catalog can be exported to; see {@link CatalogExporter}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ExportFormat implements WireCode {
  /** The catalog format itself: one JSON file, lossless. */
  JSON,
  /** One CSV file per record type and codelist, for spreadsheets. */
  CSV,
  /** One JSON-LD file aligned with ESSGlobal, SKOS and Dublin Core, for linked data. */
  JSONLD,
  /** One self-contained HTML report, for people. */
  HTML,
  /**
   * One XLSX workbook, lossless: a sheet per record type and codelist, metadata and network facts,
   * and instructions; {@link CatalogReader#importSpreadsheet(java.nio.file.Path)} reads it back.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  XLSX;

  @Override
  public String toString() {
    return code();
  }
}
