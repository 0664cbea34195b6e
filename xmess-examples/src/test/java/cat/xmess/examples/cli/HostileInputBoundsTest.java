package cat.xmess.examples.cli;

import cat.xmess.catalog.hostile.BoundedRun;
import cat.xmess.catalog.hostile.HostileInputs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hostile input is refused in under 2 seconds by a JVM with a 256 MB heap, through the API
 * and the CLI together: {@link HostileInputBoundsMain} runs them all in a child JVM started with
 * {@code -Xmx256m}, and an OutOfMemoryError there fails this test. The bound is generous (cases
 * take milliseconds to a few hundred) but real; the largest time and heap seen are printed and
 * written to {@code target/hostile-input-bounds.txt}. The heap peaks are reported, not bounded: how
 * much garbage a case leaves before a collection depends on the collector, and running out of heap
 * is what fails. The test checks that the child really had the small heap.
 */
class HostileInputBoundsTest {
  @TempDir Path dir;

  @Test
  void everyHostileInputIsRefusedQuicklyInASmallHeap() throws Exception {
    BoundedRun.check(HostileInputBoundsMain.class, dir, HostileInputs.all().size(), "hostile-input-bounds.txt");
  }
}
