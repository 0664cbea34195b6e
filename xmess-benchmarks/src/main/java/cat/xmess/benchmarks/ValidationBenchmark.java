package cat.xmess.benchmarks;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation throughput of a user catalog of 10k initiatives: every layer (syntax, JSON Schema,
 * bean constraints, integrity, checksum) over the file's bytes, nothing kept. Records per second
 * are 10,000 divided by the time of one validation.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
@State(Scope.Benchmark)
public class ValidationBenchmark {
  /** Initiatives in the validated catalog. */
  public static final int SIZE = 10_000;

  private byte[] json;
  private final CatalogReader reader = CatalogReader.withLimits(SyntheticCatalogs.LIMITS);

  /** Reads the file once. */
  @Setup(Level.Trial)
  public void setUp() {
    json = SyntheticCatalogs.bytes(SIZE);
  }

  /** Every validation layer over 10k initiatives; fails if the catalog is not valid. */
  @Benchmark
  public ValidationReport validate10k() {
    ValidationReport report = reader.validate(json);
    if (!report.isValid()) {
      throw new IllegalStateException(report.toString());
    }
    return report;
  }
}
