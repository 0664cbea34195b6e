package cat.xmess.catalog;

import cat.xmess.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads, validates and writes catalogs with given {@link ReadLimits}. {@link XmessCatalog}'s static
 * methods use {@link #standard()}; make your own reader only to change the limits. Readers are
 * immutable and thread-safe.
 *
 * <p>Validation runs in layers and collects every error of a layer before stopping: syntax, then
 * the JSON Schema, then bean constraints and integrity together (see {@link ValidationLayer}).
 *
 * <p>Every method but {@link #limits()} needs the artifact {@code cat.xmess:xmess-io} on the class
 * path or module path, which carries the JSON reader, the validators and the writers; without it
 * they throw an {@link IllegalStateException} that says which dependency to add.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CatalogReader {
  /** The layer name of a catalog read from a stream or built in Java, which has no file name. */
  private static final String UNNAMED_LAYER = "catalog";

  private static final CatalogReader STANDARD = new CatalogReader(ReadLimits.DEFAULT);

  private final ReadLimits limits;
  /** Made on first use, so that a reader exists (and {@link #standard()} loads) without xmess-io. */
  private volatile CatalogIo.@Nullable Files files;

  private CatalogReader(ReadLimits limits) {
    this.limits = limits;
  }

  private CatalogIo.Files pipeline(String feature) {
    CatalogIo.Files made = files;
    if (made == null) {
      made = IoServices.get(feature).files(limits);
      files = made; // racing threads may each make one: they are equal and stateless
    }
    return made;
  }

  private XmessCatalog facade(Catalog loaded, String layerName) {
    return new XmessCatalog(IndexedCatalog.of(loaded, layerName), limits);
  }

  private XmessCatalog facade(CatalogIo.Layered merged) {
    return new XmessCatalog(IndexedCatalog.merged(merged), limits);
  }

  /** {@return the shared reader with {@link ReadLimits#DEFAULT}, which {@link XmessCatalog} uses} */
  public static CatalogReader standard() {
    return STANDARD;
  }

  /**
   * {@return a reader with other limits}
   *
   * @param limits the bounds on every input this reader reads, for example {@code
   *     ReadLimits.DEFAULT.withMaxTokenCount(2_000_000)} for a very large catalog
   */
  public static CatalogReader withLimits(ReadLimits limits) {
    return new CatalogReader(Objects.requireNonNull(limits, "limits"));
  }

  /** {@return the bounds this reader applies to every input} */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Loads and validates a catalog file.
   *
   * @param file a UTF-8 JSON file in the catalog format
   * @return the loaded catalog, a single layer named after {@code file}
   * @throws CatalogValidationException with every error found, including a missing or unreadable
   *     file
   * @throws IllegalStateException if the artifact xmess-io is missing; the message says what to add
   */
  public XmessCatalog load(Path file) {
    return facade(pipeline("CatalogReader.load").load(file), file.toString());
  }

  /**
   * Loads and validates a catalog from a stream, which the caller closes.
   *
   * @param json UTF-8 JSON in the catalog format, read to its end
   * @return the loaded catalog, a single layer named {@code catalog}
   * @throws CatalogValidationException with every error found
   */
  public XmessCatalog load(InputStream json) {
    return facade(pipeline("CatalogReader.load").load(json), UNNAMED_LAYER);
  }

  /**
   * Loads and validates a catalog from its UTF-8 JSON bytes.
   *
   * @param json the whole document; a UTF-8 byte order mark is accepted
   * @return the loaded catalog, a single layer named {@code catalog}
   * @throws CatalogValidationException with every error found
   */
  public XmessCatalog load(byte[] json) {
    return facade(pipeline("CatalogReader.load").load(json), UNNAMED_LAYER);
  }

  /**
   * Validates a catalog built in Java (bean constraints and integrity) and indexes it.
   *
   * @param catalog the catalog model; the JSON Schema is not involved, since there is no JSON
   * @return the indexed catalog, a single layer named {@code catalog}
   * @throws CatalogValidationException with every error found
   */
  public XmessCatalog of(Catalog catalog) {
    return facade(pipeline("CatalogReader.of").of(catalog), UNNAMED_LAYER);
  }

  /**
   * Validates a catalog file without keeping it.
   *
   * @param file a UTF-8 JSON file in the catalog format
   * @return every error found, layer by layer; a missing or unreadable file is an {@code io-error}
   *     in the report, not an exception
   */
  public ValidationReport validate(Path file) {
    return pipeline("CatalogReader.validate").validate(file);
  }

  /**
   * Validates a catalog from a stream, which the caller closes.
   *
   * @param json UTF-8 JSON in the catalog format, read to its end
   * @return every error found, layer by layer; a read failure is an {@code io-error} in the report
   */
  public ValidationReport validate(InputStream json) {
    return pipeline("CatalogReader.validate").validate(json);
  }

  /**
   * Validates a catalog from its UTF-8 JSON bytes.
   *
   * @param json the whole document; a UTF-8 byte order mark is accepted
   * @return every error found, layer by layer; valid when there is none
   */
  public ValidationReport validate(byte[] json) {
    return pipeline("CatalogReader.validate").validate(json);
  }

  /**
   * Validates a catalog built in Java: bean constraints and integrity.
   *
   * @param catalog the catalog model
   * @return every error found; valid when there is none
   */
  public ValidationReport validate(Catalog catalog) {
    return pipeline("CatalogReader.validate").validate(catalog);
  }

  /**
   * Merges overlay files onto {@code base}, in order, and returns the merged catalog; {@code base}
   * is not changed.
   *
   * <p>Each overlay file is read and checked like a catalog file (syntax, schema, bean constraints,
   * its own checksum), except that its references may resolve in any layer. Then the layers are
   * merged:
   *
   * <ul>
   *   <li>a record (initiative, member body, source) with a new id is added after the records of
   *       the layers below;
   *   <li>a record whose id a lower layer has replaces it, in its place, only when the overlay lists
   *       it in {@code metadata.overlay.replaces} ({@code initiatives/<id>}, {@code
   *       memberBodies/<id>}, {@code sources/<id>}); otherwise it is an {@code overlay-conflict};
   *       an entry of {@code replaces} that replaces nothing is a {@code nothing-to-replace};
   *   <li>a codelist entry with a new code is added; one with an existing code must be identical
   *       (repeating it is harmless), else it is a {@code code-redefined}: codes are never silently
   *       redefined, and a deprecation belongs in a new release of the lower layer;
   *   <li>extension namespaces are united; one prefix with two URIs is an {@code overlay-conflict};
   *   <li>an overlay may not carry network facts ({@code overlay-conflict} at {@code /network}).
   * </ul>
   *
   * <p>Layer by layer as for one file: the merge runs only when every file passed its own checks,
   * and collects every conflict; when there is none, the integrity layer checks the merged catalog,
   * so every reference must resolve in some layer. Every error's {@link ValidationError#origin()} names the file and its pointer is into
   * that file. Nothing is merged unless everything passes. The merged catalog keeps the base's
   * metadata (with the extension namespaces of every layer, and its checksum recomputed if the base
   * had one).
   *
   * @param base the catalog to merge onto, itself possibly merged already; it is not changed
   * @param overlays overlay files, merged in the order given, each on top of the ones before
   * @return the merged catalog, with the layers of {@code base} followed by one per file
   * @throws CatalogValidationException with every error of every layer
   */
  public XmessCatalog overlay(XmessCatalog base, List<Path> overlays) {
    return facade(pipeline("CatalogReader.overlay").overlay(Objects.requireNonNull(base, "base"), List.copyOf(overlays)));
  }

  /**
   * Merges catalogs built in Java onto {@code base}, as {@link #overlay(XmessCatalog, List)} merges
   * files; their layers are named {@code overlay-1}, {@code overlay-2}...
   *
   * @param base the catalog to merge onto; it is not changed
   * @param overlays overlay catalogs, merged in the order given; before the merge each is checked
   *     for bean constraints and against any checksum it carries, since there is no JSON
   * @return the merged catalog, with the layers of {@code base} followed by one per overlay
   * @throws CatalogValidationException with every error of every layer
   */
  public XmessCatalog overlayCatalogs(XmessCatalog base, List<Catalog> overlays) {
    return facade(pipeline("CatalogReader.overlayCatalogs")
        .overlayCatalogs(Objects.requireNonNull(base, "base"), List.copyOf(overlays)));
  }

  /**
   * Seals a catalog file that was edited: checks it with every validation layer except its
   * recorded checksum, then rewrites it in the SDK's canonical JSON form with a fresh {@code
   * metadata.checksum}. The checksum is {@code sha256:} followed by the lower-case hexadecimal
   * SHA-256 of the RFC 8785 (JSON Canonicalization Scheme) form of the whole document with {@code
   * metadata.checksum} removed, so any tool with a JCS implementation can compute it as well.
   * Nothing is written when the file has any error; the file is replaced in one move otherwise.
   *
   * @param file the catalog file to seal, in place
   * @return the new checksum, such as {@code sha256:3f0c...}
   * @throws CatalogValidationException with every error of the file (the checksum apart)
   * @throws UncheckedIOException if the sealed file cannot be written
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public String seal(Path file) {
    Objects.requireNonNull(file, "file");
    CatalogIo.Files files = pipeline("CatalogReader.seal");
    Catalog sealed = files.seal(file);
    String json = files.toJson(sealed);
    try {
      Path absolute = file.toAbsolutePath();
      Path temporary = Files.createTempFile(absolute.getParent(), ".xmess-seal-", ".json");
      try {
        Files.writeString(temporary, json, StandardCharsets.UTF_8);
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the sealed catalog to " + file, e);
    }
    return Objects.requireNonNull(sealed.metadata().checksum(), "the sealed catalog has a checksum");
  }

  /**
   * Imports a catalog from a spreadsheet: an XLSX workbook or a directory of CSV files in the flat
   * layout that {@link CatalogExporter#xlsx}, {@link CatalogExporter#csv} and {@link
   * CatalogExporter#xlsxTemplate} write. The sheets become the catalog's JSON document, which goes
   * through every validation layer like a catalog file. Every error names its cell besides its
   * pointer ({@link ValidationError#cell()}, such as {@code initiatives!F7} or {@code
   * initiatives.csv!F7}). Formulas are never evaluated: a formula cell is an error, as are merged
   * cells, links to other workbooks, dates stored as spreadsheet numbers, and numbers where text
   * belongs (and the reverse).
   *
   * @param workbookOrDirectory an {@code .xlsx} file, or a directory holding the CSV files
   * @return the catalog JSON, pretty-printed, with a fresh checksum; export then import gives back
   *     the same JSON value
   * @throws CatalogValidationException with every error found, each at its cell
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public String importSpreadsheet(Path workbookOrDirectory) {
    Objects.requireNonNull(workbookOrDirectory, "workbookOrDirectory");
    return pipeline("CatalogReader.importSpreadsheet").importSheets(workbookOrDirectory, null);
  }

  /**
   * Imports a spreadsheet as an overlay of {@code base}: like {@link #importSpreadsheet(Path)}, but
   * the records, codelist entries and network facts identical to those of {@code base} are left out,
   * and the rest is checked as an overlay merged onto {@code base} (see {@link #overlay}): a changed
   * record of {@code base} must be listed in {@code metadata.overlay.replaces}.
   *
   * @param workbookOrDirectory an {@code .xlsx} file, or a directory holding the CSV files
   * @param base the catalog the overlay is for, such as {@link XmessCatalog#bundled()}
   * @return the overlay's JSON, pretty-printed, with a fresh checksum
   * @throws CatalogValidationException with every error found, each at its cell when it has one
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public String importSpreadsheetOverlay(Path workbookOrDirectory, XmessCatalog base) {
    Objects.requireNonNull(workbookOrDirectory, "workbookOrDirectory");
    Objects.requireNonNull(base, "base");
    return pipeline("CatalogReader.importSpreadsheetOverlay").importSheets(workbookOrDirectory, base);
  }

  // The writer of the catalog format, for CatalogExporter.json and seal.
  String toJson(Catalog catalog) {
    return pipeline("CatalogReader.toJson").toJson(catalog);
  }
}
