package cat.xmess.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Query latency over the whole {@link QueryMix}, one JMH fork per engine and size: each call runs
 * the next query of the mix (rotation, so no query is repeated back to back and the JIT sees the
 * whole mix). JMH reports the mean over the mix; besides, every call of a measurement iteration is
 * timed with {@link System#nanoTime} (about 25 ns of overhead per call) and, at the end of the fork,
 * the median latency of each query is written to {@code mix-<size>-<engine>.tsv} in the directory
 * {@code -Dxmess.bench.results}, from which {@link Summary} computes per-query ratios. Before the
 * measurement, the fork also writes the engine's answers to the whole mix there ({@link
 * EngineAnswers}, for {@link EngineAgreement}) and, for H2, its plan.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx10g"})
@State(Scope.Benchmark)
public class MixBenchmark {
  @Param({"10000", "100000"})
  public int size;

  @Param({"xmess", "h2", "lucene"})
  public String engine;

  private Engine target;
  private List<QueryMix.Query> queries;
  private long[][] samples;
  private int[] counts;
  private int next;
  private boolean recording;

  /** Loads the catalog, builds the engine and runs the whole mix once (lazy indexes, first compilation). */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    target = Fixtures.engine(engine, Fixtures.catalog(size));
    queries = QueryMix.queries(size);
    samples = new long[queries.size()][16];
    counts = new int[queries.size()];
    for (QueryMix.Query query : queries) {
      QueryMix.run(target, query);
    }
    // While the engine is built: its answers for the agreement check, and H2's plan.
    String dir = System.getProperty("xmess.bench.results");
    if (dir != null) {
      EngineAnswers.write(Path.of(dir).resolve("answers-" + size + "-" + engine + ".tsv"), target, queries);
      if (target instanceof H2Engine h2) {
        Files.writeString(Path.of(dir).resolve("h2-plan-" + size + ".txt"),
            "EXPLAIN of the ranked query for \"aigua energia habitatge\" within category boost:\n"
            + h2.plan("aigua energia habitatge", "boost") + "\n");
      }
    }
  }

  /** Times calls in measurement iterations only. */
  @Setup(Level.Iteration)
  public void iteration(IterationParams params) {
    recording = params.getType() == IterationType.MEASUREMENT;
  }

  /** The next query of the mix. */
  @Benchmark
  public Object mix() {
    int at = next;
    next = at + 1 == queries.size() ? 0 : at + 1;
    long start = System.nanoTime();
    Object result = QueryMix.run(target, queries.get(at));
    long elapsed = System.nanoTime() - start;
    if (recording) {
      if (counts[at] == samples[at].length) {
        samples[at] = Arrays.copyOf(samples[at], counts[at] * 2);
      }
      samples[at][counts[at]++] = elapsed;
    }
    return result;
  }

  /** Writes each query's median latency, then closes the engine. */
  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("index\tclass\tquery\tmedian_ns\tcalls");
    for (int q = 0; q < queries.size(); q++) {
      long[] times = Arrays.copyOf(samples[q], counts[q]);
      Arrays.sort(times);
      long median = times.length == 0 ? -1 : times[times.length / 2];
      lines.add(String.format(Locale.ROOT, "%d\t%s\t%s\t%d\t%d", q, queries.get(q).klass(), queries.get(q).label(),
          median, times.length));
    }
    String dir = System.getProperty("xmess.bench.results");
    if (dir != null) {
      try {
        Files.write(Path.of(dir).resolve("mix-" + size + "-" + engine + ".tsv"), lines);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    target.close();
  }
}
