package cat.xmess.benchmarks;

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

/**
 * Query latency (average and percentiles, JMH sample mode) of the four queries of {@link Queries}
 * on each engine, over the synthetic catalogs. {@link QuerySuite} runs it without forking, one JVM
 * per size, so that each engine (H2 takes minutes to fill at 100k) is built once for its four
 * queries; run on its own, each fork builds the engine it measures.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx6g"})
@State(Scope.Benchmark)
public class QueryBenchmark {
  @Param({"10000", "100000"})
  public int size;

  @Param({"xmess", "scan", "h2", "lucene"})
  public String engine;

  private Engine target;
  private String id;

  /** Loads the catalog and builds the engine (or takes the built one), then searches once (lazy indexes). */
  @Setup(Level.Trial)
  public void setUp() {
    target = Fixtures.cached(engine, size);
    id = Queries.idFor(size);
    if (target.byId(id) == null) {
      throw new IllegalStateException(engine + " does not find " + id);
    }
    target.freeText(Queries.FREE_TEXT, Queries.LIMIT);
  }

  /** One initiative by id. */
  @Benchmark
  public Object byId() {
    return target.byId(id);
  }

  /** Category and theme. */
  @Benchmark
  public Object twoFilters() {
    return target.twoFilters(Queries.CATEGORY, Queries.THEME);
  }

  /** A two-word free-text query with accents, top 20. */
  @Benchmark
  public Object freeText() {
    return target.freeText(Queries.FREE_TEXT, Queries.LIMIT);
  }

  /** Free text within a category, top 20, and the facet counts of the category. */
  @Benchmark
  public Object textFilterFacets() {
    return target.textFilterFacets(Queries.FILTERED_TEXT, Queries.CATEGORY, Queries.LIMIT);
  }
}
