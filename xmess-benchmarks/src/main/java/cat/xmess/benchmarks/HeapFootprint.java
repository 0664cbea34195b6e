package cat.xmess.benchmarks;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.XmessCatalog;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retained heap of a loaded catalog, measured as the difference of the used heap after full
 * garbage collections ({@link java.lang.management.MemoryMXBean}) before and after loading, with
 * nothing else alive: the file is loaded from its path, so its bytes are not kept. Meant to run in
 * a fresh JVM with the serial collector ({@code -XX:+UseSerialGC}), whose full collection leaves
 * exactly the live objects. Three figures per size: a Jackson tree of the same file (reference),
 * the loaded catalog, and the catalog once its lazily built indexes exist (a first search and a
 * first facet count). Small
 * catalogs are loaded several times over and the total divided, so that the few megabytes that
 * caches and lazily initialised classes settle into do not swamp them.
 *
 * <p>Arguments: the output file (one JSON object per line is appended), then the size.
 */
public final class HeapFootprint {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private HeapFootprint() {}

  /** Measures one size and appends a JSON line to the output file. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int size = Integer.parseInt(args[1]);
    Path file = SyntheticCatalogs.file(size);
    CatalogReader reader = CatalogReader.withLimits(SyntheticCatalogs.LIMITS);
    // Warm every class first, so that class metadata does not count as the catalog's heap.
    reader.load(SyntheticCatalogs.file(1_000)).search("habitatge");
    MAPPER.readTree(SyntheticCatalogs.file(1_000).toFile());

    int copies = Math.max(1, 20_000 / size);
    long base = usedAfterGc();
    List<JsonNode> trees = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      trees.add(MAPPER.readTree(file.toFile()));
    }
    long treeBytes = (usedAfterGc() - base) / copies;
    Reference.reachabilityFence(trees);
    trees = null;

    base = usedAfterGc();
    List<XmessCatalog> catalogs = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      catalogs.add(reader.load(file));
    }
    long loadedBytes = (usedAfterGc() - base) / copies;
    // Every index the SDK builds lazily: the search index and the facet index.
    catalogs.forEach(c -> c.search("contractació pública"));
    catalogs.forEach(c -> c.facets(InitiativeQuery.all()));
    long indexedBytes = (usedAfterGc() - base) / copies;
    Reference.reachabilityFence(catalogs);

    Map<String, Object> row = new LinkedHashMap<>();
    row.put("size", size);
    row.put("copies", copies);
    row.put("jsonBytes", Files.size(file));
    row.put("jacksonTreeBytes", treeBytes);
    row.put("loadedBytes", loadedBytes);
    row.put("loadedWithSearchIndexBytes", indexedBytes);
    String line = MAPPER.writeValueAsString(row);
    System.out.println(line);
    Files.writeString(out, line + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** Used heap after full collections, once it no longer shrinks. */
  private static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return used;
      }
      used = now;
    }
    return used;
  }
}
