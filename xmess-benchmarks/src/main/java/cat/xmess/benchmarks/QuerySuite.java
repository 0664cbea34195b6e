package cat.xmess.benchmarks;

import cat.xmess.model.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link QueryBenchmark} for one catalog size in this JVM: for each engine in turn, builds it
 * once (timed), records its answers for the agreement check, runs the four query benchmarks on it
 * without forking, and frees it. Writes {@code jmh-query-<size>-<engine>.json}, {@code
 * agreement-<size>.md} (failing when the scan or H2 disagree with the SDK) and {@code
 * build-<size>.txt} into the results directory.
 *
 * <p>Not forking trades JMH's profile isolation between the four queries of an engine for not
 * filling H2 four times (minutes at 100k); the engines themselves are each measured after a warmup.
 *
 * <p>Arguments: results directory, size.
 */
public final class QuerySuite {
  private static final List<String> ENGINES = List.of("xmess", "scan", "h2", "lucene");

  private static final java.util.Set<String> SLOW = java.util.Set.of("scan", "h2");

  private QuerySuite() {}

  /** Runs the suite for one size. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int size = Integer.parseInt(args[1]);
    Catalog catalog = Fixtures.model(size);
    Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
    List<String> builds = new ArrayList<>();
    for (String name : ENGINES) {
      long start = System.nanoTime();
      Engine engine = Fixtures.engine(name, catalog);
      engine.freeText(Queries.FREE_TEXT, Queries.LIMIT);
      long ms = (System.nanoTime() - start) / 1_000_000;
      builds.add(name + " " + ms);
      System.out.printf("%s over %,d initiatives built (with a first search) in %,d ms%n", name, size, ms);
      answers.put(name, EngineAgreement.answers(engine, size));
      Fixtures.cache(name, size, engine);
      Options options = new OptionsBuilder()
          .include(QueryBenchmark.class.getName() + "\\.")
          .param("size", Integer.toString(size))
          .param("engine", name)
          .forks(0)
          // The scan and H2 take up to seconds per free-text query at 100k: fewer rounds for them.
          .warmupIterations(SLOW.contains(name) ? 1 : 2)
          .measurementIterations(SLOW.contains(name) ? 2 : 3)
          .resultFormat(ResultFormatType.JSON)
          .result(dir.resolve("jmh-query-" + size + "-" + name + ".json").toString())
          .build();
      new Runner(options).run();
      Fixtures.closeCached();
    }
    List<String> rows = new ArrayList<>(EngineAgreement.header());
    boolean agree = EngineAgreement.compare(size, answers, rows);
    Files.write(dir.resolve("agreement-" + size + ".md"), rows);
    Files.write(dir.resolve("build-" + size + ".txt"), builds);
    if (!agree) {
      System.err.println("The SDK disagrees with the scan or H2: see agreement-" + size + ".md");
      System.exit(1);
    }
  }
}
