package cat.xmess.catalog;

import cat.xmess.model.WireCode;
import org.apiguardian.api.API;

/** The formats a catalog can be exported to; see {@link CatalogExporter}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ExportFormat implements WireCode {
  /** The catalog format itself: one JSON file, lossless. */
  JSON("json"),
  /** One CSV file per record type and codelist, for spreadsheets. */
  CSV("csv"),
  /** One JSON-LD file aligned with ESSGlobal, SKOS and Dublin Core, for linked data. */
  JSONLD("jsonld"),
  /** One self-contained HTML report, for people. */
  HTML("html");

  private final String code;

  ExportFormat(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
