package cat.xmess.catalog.internal.spi;

import cat.xmess.catalog.ValidationReport;
import cat.xmess.catalog.internal.index.IndexedCatalog;
import cat.xmess.model.Catalog;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reading, validating and writing catalogs within one set of limits: the implementation behind
 * {@code CatalogReader}, whose javadoc says what each method does.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public interface CatalogFiles {
  /** Loads a file, or throws {@code CatalogValidationException} with every error found. */
  IndexedCatalog load(Path file);

  /** Loads a stream, or throws with every error found. */
  IndexedCatalog load(InputStream json);

  /** Loads UTF-8 JSON bytes, or throws with every error found. */
  IndexedCatalog load(byte[] json);

  /** Validates and indexes a catalog built in Java, or throws with every error found. */
  IndexedCatalog of(Catalog catalog);

  /** {@return every error of a file} */
  ValidationReport validate(Path file);

  /** {@return every error of a stream} */
  ValidationReport validate(InputStream json);

  /** {@return every error of UTF-8 JSON bytes} */
  ValidationReport validate(byte[] json);

  /** {@return every error of a catalog built in Java} */
  ValidationReport validate(Catalog catalog);

  /** Merges overlay files onto {@code base}, or throws with every error of every layer. */
  IndexedCatalog overlay(IndexedCatalog base, List<Path> overlays);

  /** Merges overlays built in Java onto {@code base}, or throws with every error of every layer. */
  IndexedCatalog overlayCatalogs(IndexedCatalog base, List<Catalog> overlays);

  /**
   * {@return the catalog of {@code file} stamped with a fresh checksum, after every validation
   * layer but the checksum passed} Throws {@code CatalogValidationException} otherwise.
   */
  Catalog seal(Path file);

  /** {@return pretty JSON of {@code catalog}, its checksum stamped into the metadata} */
  String toJson(Catalog catalog);

  /**
   * {@return the catalog JSON (checksum stamped) of a workbook or a directory of CSV files, after
   * every validation layer} With {@code overlayBase}, the result is an overlay of only the records
   * not already in that catalog, validated against it. Throws {@code CatalogValidationException}
   * with every error, each at its cell.
   */
  String importSheets(Path input, @Nullable IndexedCatalog overlayBase);
}
