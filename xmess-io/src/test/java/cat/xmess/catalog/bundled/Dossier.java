package cat.xmess.catalog.bundled;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The research dossier the bundled catalog was written from: where it is and how to read it.
 *
 * <p>The directory comes from the system property {@value #PROPERTY} (set by Surefire in the root
 * pom), else {@code ../../shared/dossier} relative to the module directory. When it is missing,
 * the tests that need it fail, on CI and on a developer's machine alike, with a message that says
 * where it was looked for: they never skip (see CONTRIBUTING.md, Build and test).
 */
public final class Dossier {
  /** System property naming the dossier directory. */
  public static final String PROPERTY = "xmess.dossier.dir";

  private static final Path FALLBACK = Path.of("../../shared/dossier");
  private static final CsvMapper CSV = new CsvMapper();
  private static final CsvSchema WITH_HEADER = CsvSchema.emptySchema().withHeader();

  private Dossier() {}

  /** The dossier directory; fails the calling test if it is absent. */
  public static Path dir() {
    String configured = System.getProperty(PROPERTY);
    Path dir =
        (configured == null || configured.isBlank() ? FALLBACK : Path.of(configured))
            .toAbsolutePath()
            .normalize();
    if (!Files.isDirectory(dir)) {
      fail("The research dossier is not at " + dir + ": the bundled catalog is checked against it."
          + " Put the shared folder next to the repository (../shared/dossier) or set -D" + PROPERTY
          + "=<dir>");
    }
    return dir;
  }

  /** The rows of a dossier CSV file (header row, RFC 4180), column name to cell; empty cells are "". */
  public static List<Map<String, String>> csv(String relativePath) {
    Path file = dir().resolve(relativePath);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> rows =
            CSV.readerForMapOf(String.class).with(WITH_HEADER).readValues(reader)) {
      List<Map<String, String>> all = rows.readAll();
      if (all.isEmpty()) {
        fail("No rows in " + file);
      }
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** A dossier JSON file as a tree. */
  public static JsonNode json(String relativePath) {
    Path file = dir().resolve(relativePath);
    try {
      return JsonMapper.shared().readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** A multi-value cell split on {@code separator}; an empty cell is an empty list. */
  public static List<String> split(String cell, String separator) {
    if (cell == null || cell.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(cell.split(java.util.regex.Pattern.quote(separator)))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** An empty cell as {@code null}, any other as itself. */
  public static String orNull(String cell) {
    return cell == null || cell.isEmpty() ? null : cell;
  }
}
