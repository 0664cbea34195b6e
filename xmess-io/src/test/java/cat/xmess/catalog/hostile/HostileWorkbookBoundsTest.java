package cat.xmess.catalog.hostile;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad workbook of {@link HostileWorkbooks} is refused in under 2 seconds by a JVM with a 256
 * MB heap: {@link HostileWorkbookBoundsMain} imports them all in a child JVM started with {@code
 * -Xmx256m}, and an OutOfMemoryError there fails this test. The times and heap peaks are printed
 * and written to {@code target/hostile-workbook-bounds.txt}.
 */
class HostileWorkbookBoundsTest {
  @TempDir Path dir;

  @Test
  void everyBadWorkbookIsRefusedQuicklyInASmallHeap() throws Exception {
    BoundedRun.check(HostileWorkbookBoundsMain.class, dir, HostileWorkbooks.all().size(), "hostile-workbook-bounds.txt");
  }
}
