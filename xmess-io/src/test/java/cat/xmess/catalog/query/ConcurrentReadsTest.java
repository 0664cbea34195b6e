package cat.xmess.catalog.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads reading one catalog get exactly what one thread gets: searches, filters and facets,
 * on the shared bundled catalog and on a freshly loaded one whose search index is built lazily
 * while the threads race.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ConcurrentReadsTest {
  private static final int THREADS = 16;
  private static final int ITERATIONS = 40;

  @Test
  void theSharedBundledCatalogAnswersEveryThreadAlike() throws Exception {
    XmessCatalog reference = CatalogReader.standard().load(BundledJson.bytes());
    raceAgainst(XmessCatalog.bundled(), Workload.answers(reference));
  }

  @Test
  void aFreshCatalogBuildsItsSearchIndexSafelyUnderContention() throws Exception {
    XmessCatalog reference = CatalogReader.standard().load(BundledJson.bytes());
    XmessCatalog fresh = CatalogReader.standard().load(BundledJson.bytes());
    raceAgainst(fresh, Workload.answers(reference));
  }

  private static void raceAgainst(XmessCatalog catalog, List<Object> baseline) throws Exception {
    assertFalse(baseline.isEmpty());
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      tasks.add(() -> {
        start.await(30, TimeUnit.SECONDS);
        for (int i = 0; i < ITERATIONS; i++) {
          List<Object> answers = Workload.answers(catalog);
          if (!answers.equals(baseline)) {
            throw new AssertionError("iteration " + i + " differs from the single-threaded answers");
          }
        }
        return ITERATIONS;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = pool.invokeAll(tasks, 3, TimeUnit.MINUTES);
      for (Future<Integer> result : results) {
        assertFalse(result.isCancelled(), "a reader did not finish in time");
        assertEquals(ITERATIONS, result.get());
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
  }
}
