package cat.xmess.catalog;

import cat.xmess.model.Catalog;
import cat.xmess.model.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Exports a loaded catalog (bundled, loaded or merged) to JSON, CSV, XLSX, JSON-LD or an HTML
 * report. All output but XLSX is UTF-8 text.
 *
 * <ul>
 *   <li>{@link #json}: the catalog format, pretty-printed, checksum stamped; extension fields kept.
 *  *   <li>{@link #csv}: the sheets of the flat layout below, one file each: {@code metadata.csv},
 *       {@code initiatives.csv}, {@code member-bodies.csv}, {@code sources.csv}, one file per
 *       codelist ({@code policy-categories.csv}, {@code themes.csv}...) and {@code network.csv}.
 *       RFC 4180, written by Jackson's CSV writer: header row, CRLF, text cells quoted. Against
 *       formula injection (OWASP), a cell starting with {@code = + - @}, a tab or a carriage return
 *       is prefixed with {@code '}, and so is a cell starting with {@code '}, so that {@link
 *       CatalogReader#importSpreadsheet} removes exactly one and the export is lossless.
 *   <li>{@link #xlsx}: the same sheets in one workbook, after an {@code instructions} sheet in ca, es
 *       and en; every code column has a drop-down list fed from its codelist sheet.
 * </ul>
 *
 * <p>The flat layout, derived from the catalog's JSON Schema: a record sheet has a header row and
 * a row per record; a text in three languages takes three columns ({@code title_ca}, {@code
 * title_es}, {@code title_en}); a list is one cell, its items joined with {@code |} (an item's own
 * {@code \} and {@code |} written {@code \\} and {@code \|}); figures, mappings and extensions
 * are one cell of compact JSON; a last column, {@code layer}, names each record's layer and is
 * ignored on import. {@code metadata} and {@code network} have a row per value: {@code field} (such
 * as {@code title.ca} or {@code purposes.2.en}) and {@code value}. The metadata's checksum is left
 * out (import stamps a fresh one).
 *
 * <ul>
  <li>{@link #jsonLd}: codelists as SKOS concept schemes with their ESSGlobal and UN SDG mappings,
 *       initiatives ({@code xm:LocalPolicy}), member bodies and sources as linked resources, and the
 *       catalog as a {@code dcat:Dataset}; the context is inline, so no network is needed to read it.
 *   <li>{@link #html}: one self-contained HTML5 page (no script, no external resource) in Catalan,
 *       Spanish or English: facet counts, a section per policy category, a table of member bodies,
 *       the sources cited.
 * </ul>
 *
 * <p>Every export needs the artifact {@code cat.xmess:xmess-io} on the class path or module path;
 * without it the methods throw an {@link IllegalStateException} that says which dependency to add.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CatalogExporter {
  private CatalogExporter() {}

  /**
   * {@return the catalog in its own JSON format, pretty-printed, checksum stamped} This is the one
   * way to write the catalog format: pass a loaded catalog's {@link XmessCatalog#catalog()} (a merged
   * catalog is written as one catalog, its layers no longer told apart), or a catalog or overlay
   * built in Java, which is not validated first.
   *
   * @param catalog the catalog model to write
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static String json(Catalog catalog) {
    return CatalogReader.standard().toJson(Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * {@return file name to CSV text, one file per record type and codelist, in a stable order} The
   * names are those listed above, such as {@code initiatives.csv}.
   *
   * @param catalog the catalog to export
   */
  public static Map<String, String> csv(XmessCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return IoServices.get("CatalogExporter.csv").csv(catalog);
  }

  /**
   * {@return the catalog as one XLSX workbook, as described above} A merged catalog is written as
   * one catalog, each record's layer named in its {@code layer} column.
   *
   * @param catalog the catalog to export
   * @throws IllegalArgumentException if a text is longer than the 32,767 characters a spreadsheet
   *     cell holds
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static byte[] xlsx(XmessCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return IoServices.get("CatalogExporter.xlsx").xlsx(catalog);
  }

  /**
   * A workbook to fill in: every sheet with its header row and drop-down lists, no initiative, and
   * the codelists, member bodies, sources, metadata and network facts of {@code base}, so that the
   * drop-downs offer their values. Read it back with {@link CatalogReader#importSpreadsheet} (a whole
   * catalog) or {@link CatalogReader#importSpreadsheetOverlay} (an overlay of only what was added or
   * changed).
   *
   * @param base the catalog whose codes and records the template offers, usually the bundled one
   * @param language the language of the instructions sheet
   * @return the XLSX bytes
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public static byte[] xlsxTemplate(XmessCatalog base, Language language) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(language, "language");
    return IoServices.get("CatalogExporter.xlsxTemplate").xlsxTemplate(base, language);
  }

  /**
   * {@return the catalog as one JSON-LD document, its context inline}
   *
   * @param catalog the catalog to export
   */
  public static String jsonLd(XmessCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return IoServices.get("CatalogExporter.jsonLd").jsonLd(catalog.catalog());
  }

  /**
   * {@return the HTML report of the whole catalog, in {@code language}}
   *
   * @param catalog the catalog to report on
   * @param language the language of the page and of every catalog text in it; a text missing in
   *     that language is shown in Catalan
   */
  public static String html(XmessCatalog catalog, Language language) {
    return html(catalog, InitiativeQuery.all(), language);
  }

  /**
   * The HTML report of the initiatives {@code query} selects (a search result), with the facet
   * counts of that selection and only the member bodies and sources it involves.
   *
   * @param catalog the catalog to report on
   * @param query the initiatives to include; {@link InitiativeQuery#all()} for every one
   * @param language the language of the page and of every catalog text in it; a text missing in
   *     that language is shown in Catalan
   * @return one self-contained HTML5 page, as described above
   */
  public static String html(XmessCatalog catalog, InitiativeQuery query, Language language) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(language, "language");
    return IoServices.get("CatalogExporter.html").html(catalog, query, language);
  }

  /**
   * Writes the export to {@code output}: a file for JSON, JSON-LD, HTML and XLSX, a directory
   * (created if needed) for CSV. Existing files are replaced.
   *
   * @param catalog the catalog to export
   * @param format which export to write
   * @param output the file to write, or for CSV the directory to write the files into
   * @param language the language of the HTML report; ignored by the other formats
   * @return the files written
   * @throws UncheckedIOException if writing fails
   */
  public static List<Path> write(XmessCatalog catalog, ExportFormat format, Path output, Language language) {
    Objects.requireNonNull(output, "output");
    try {
      return switch (Objects.requireNonNull(format, "format")) {
        case JSON -> List.of(writeFile(output, json(catalog.catalog())));
        case JSONLD -> List.of(writeFile(output, jsonLd(catalog)));
        case HTML -> List.of(writeFile(output, html(catalog, language)));
        case XLSX -> {
          byte[] workbook = xlsx(catalog);
          Path parent = output.toAbsolutePath().getParent();
          if (parent != null) {
            Files.createDirectories(parent);
          }
          yield List.of(Files.write(output, workbook));
        }
        case CSV -> {
          Files.createDirectories(output);
          List<Path> files = new ArrayList<>();
          for (Map.Entry<String, String> file : csv(catalog).entrySet()) {
            files.add(writeFile(output.resolve(file.getKey()), file.getValue()));
          }
          yield List.copyOf(files);
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the export to " + output, e);
    }
  }

  private static Path writeFile(Path file, String content) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
