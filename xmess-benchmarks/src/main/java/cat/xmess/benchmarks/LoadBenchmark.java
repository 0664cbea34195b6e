package cat.xmess.benchmarks;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.XmessCatalog;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loading a user catalog (every validation layer, then indexing) from its bytes, and the baseline:
 * parsing the same bytes into a Jackson tree. Warm JVM, single shots: a load is long enough.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// A 100k load is long and its garbage collections vary from shot to shot (the first measured shot
// used to take twice the others): two warm-up shots, and the summary takes the median of five.
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx6g"})
@State(Scope.Benchmark)
public class LoadBenchmark {
  @Param({"1000", "10000", "100000"})
  public int size;

  private byte[] json;
  private final JsonMapper mapper = JsonMapper.builder().build();
  private final CatalogReader reader = CatalogReader.withLimits(SyntheticCatalogs.LIMITS);

  /** Reads the file once. */
  @Setup(Level.Trial)
  public void setUp() {
    json = SyntheticCatalogs.bytes(size);
  }

  /** Validate and index: what {@code XmessCatalog.load} does. */
  @Benchmark
  public XmessCatalog load() {
    return reader.load(json);
  }

  /** The lower bound of any JSON-backed load. */
  @Benchmark
  public JsonNode jacksonTree() {
    return mapper.readTree(json);
  }
}
