package cat.xmess.catalog.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import cat.xmess.catalog.query.Workload;
import cat.xmess.model.Catalog;
import cat.xmess.model.Initiative;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A failed load changes nothing: the catalog loaded before, the reader, the caller's objects and
 * the bundled catalog answer exactly as before. And a loaded catalog keeps answering 16 readers
 * correctly while another thread loads a different catalog and fails to load broken ones.
 */
class FailedLoadTest {
  private static final int READERS = 16;

  /** The bundled catalog with its last two initiatives dropped: a different valid catalog. */
  static byte[] smallerCatalog() {
    ObjectNode tree = BundledJson.treeWithoutChecksum();
    ArrayNode initiatives = (ArrayNode) tree.get("initiatives");
    initiatives.remove(initiatives.size() - 1);
    initiatives.remove(initiatives.size() - 1);
    return BundledJson.write(tree);
  }

  /** Broken inputs small enough to load in a loop. */
  static List<byte[]> brokenInputs() {
    List<byte[]> broken = new ArrayList<>();
    for (HostileInputs.Case hostile : HostileInputs.all()) {
      if (!hostile.large()) {
        broken.add(hostile.bytes());
      }
    }
    return broken;
  }

  @Test
  void aFailedLoadLeavesThePreviousCatalogAndTheCallersStateUntouched() {
    CatalogReader reader = CatalogReader.standard();
    XmessCatalog previous = reader.load(BundledJson.bytes());
    Catalog model = previous.catalog();
    List<Object> answers = Workload.answers(previous);
    InitiativeQuery query = InitiativeQuery.builder().policyCategory("boost").build();
    List<Initiative> callerList = new ArrayList<>(previous.initiatives(query));
    List<Initiative> callerCopy = List.copyOf(callerList);
    XmessCatalog bundled = XmessCatalog.bundled();
    List<Object> bundledAnswers = Workload.answers(bundled);

    int refused = 0;
    for (byte[] input : brokenInputs()) {
      assertThrows(CatalogValidationException.class, () -> reader.load(input));
      refused++;
    }

    assertTrue(refused > 50, refused + " broken inputs");
    assertSame(model, previous.catalog());
    assertEquals(answers, Workload.answers(previous));
    assertEquals(callerCopy, callerList);
    assertEquals(callerCopy, previous.initiatives(query));
    assertSame(bundled, XmessCatalog.bundled());
    assertEquals(bundledAnswers, Workload.answers(bundled));
    // The reader itself is unharmed: it still loads a valid catalog, equal to a first load.
    assertEquals(model, reader.load(BundledJson.bytes()).catalog());
  }

  @RepeatedTest(5)
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void sixteenReadersStayCorrectWhileAnotherThreadLoadsAndFailsToLoad() throws Exception {
    XmessCatalog shared = CatalogReader.standard().load(BundledJson.bytes());
    List<Object> expected = Workload.answers(CatalogReader.standard().load(BundledJson.bytes()));
    byte[] other = smallerCatalog();
    List<Object> otherExpected = Workload.answers(CatalogReader.standard().load(other));
    assertNotEquals(expected, otherExpected, "the two catalogs must answer differently");
    List<byte[]> broken = brokenInputs();

    AtomicBoolean loading = new AtomicBoolean(true);
    CountDownLatch started = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
    try {
      Future<Integer> loader = pool.submit(() -> {
        int loads = 0;
        started.countDown();
        while (loading.get()) {
          XmessCatalog loaded = CatalogReader.standard().load(other);
          if (!Workload.answers(loaded).equals(otherExpected)) {
            throw new AssertionError("load " + loads + " of the other catalog answers differently");
          }
          byte[] input = broken.get(loads % broken.size());
          try {
            CatalogReader.standard().load(input);
            throw new AssertionError("a broken input loaded");
          } catch (CatalogValidationException expectedFailure) {
            loads++;
          }
        }
        return loads;
      });
      List<Callable<Integer>> readers = new ArrayList<>();
      for (int t = 0; t < READERS; t++) {
        readers.add(() -> {
          started.await(30, TimeUnit.SECONDS);
          for (int i = 0; i < 25; i++) {
            if (!Workload.answers(shared).equals(expected)) {
              throw new AssertionError("reader iteration " + i + " got other answers");
            }
          }
          return 25;
        });
      }
      for (Future<Integer> result : pool.invokeAll(readers, 90, TimeUnit.SECONDS)) {
        assertFalse(result.isCancelled(), "a reader did not finish in time");
        assertEquals(25, result.get());
      }
      loading.set(false);
      assertTrue(loader.get(30, TimeUnit.SECONDS) > 0, "the loader never completed a round");
    } finally {
      loading.set(false);
      pool.shutdownNow();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
  }
}
