package cat.xmess.io.internal.export;

import cat.xmess.catalog.XmessCatalog;
import cat.xmess.io.internal.codec.CatalogCodec;
import cat.xmess.io.internal.sheets.CsvSheets;
import cat.xmess.io.internal.sheets.SheetImport;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One CSV file per sheet of the flat layout ({@code cat.xmess.io.internal.sheets.Layout}): {@code
 * metadata.csv}, {@code initiatives.csv}, {@code member-bodies.csv}, {@code sources.csv}, one per
 * codelist and {@code network.csv}; written by {@link CsvSheets}, and read back by the import of a
 * CSV directory. Each record sheet ends with a {@code layer} column naming the record's layer.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class CsvExport {
  private CsvExport() {}

  /** File name to CSV text, in a stable order. */
  public static Map<String, String> files(XmessCatalog catalog, CatalogCodec codec) {
    return CsvSheets.write(SheetImport.sheets(catalog, codec));
  }
}
