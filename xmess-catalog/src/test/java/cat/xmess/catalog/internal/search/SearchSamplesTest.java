package cat.xmess.catalog.internal.search;

import static cat.xmess.catalog.internal.search.SearchIndexPropertyTest.LARGE;
import static cat.xmess.catalog.internal.search.SearchIndexPropertyTest.LARGE_ROOT_SEED;
import static cat.xmess.catalog.internal.search.SearchIndexPropertyTest.LARGE_SAMPLES;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.samples.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The samples of {@link SearchIndexPropertyTest} exercise what they are meant to. A check of the
 * generated samples rather than of the code, so mutation testing leaves it out.
 */
class SearchSamplesTest {
  /**
   * Pruning only acts when there are more hits than the limit: more than a quarter of the larger
   * catalog's samples must be such, or the property checks little of it. Counted over the same seeds
   * as the property, so it holds whichever tests run and in whatever order.
   */
  @Test
  void theLargerCatalogSamplesCutRankingsShort() {
    long cut = Seeds.of(LARGE_ROOT_SEED, LARGE_SAMPLES).filter(LARGE::cutShort).count();
    assertTrue(cut * 4 > LARGE_SAMPLES, cut + " of " + LARGE_SAMPLES + " samples had more hits than their limit");
  }
}
