package cat.xmess.benchmarks;

import cat.xmess.catalog.XmessCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cold start: each fork is a fresh JVM that runs the method exactly once (single shot, no warmup),
 * so the time includes class loading, JIT-less interpretation and static initialisation. The
 * baseline parses the same resource bytes into a Jackson tree, the least any JSON-backed catalog
 * could do.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(15)
public class ColdStartBenchmark {
  private static final String RESOURCE = "/cat/xmess/catalog/bundled/xmess-catalog.json";

  /**
   * The SDK: load the bundled catalog (its build-time compiled form, SHA-256 checked) and answer
   * one search, which builds the search index.
   */
  @Benchmark
  public Object bundledLoadAndSearch() {
    return XmessCatalog.bundled().search("habitatge cooperatiu");
  }

  /** The lower bound: read the same bytes and parse them into a Jackson tree. */
  @Benchmark
  public JsonNode jacksonTree() {
    try (InputStream in = XmessCatalog.class.getResourceAsStream(RESOURCE)) {
      return JsonMapper.builder().build().readTree(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
