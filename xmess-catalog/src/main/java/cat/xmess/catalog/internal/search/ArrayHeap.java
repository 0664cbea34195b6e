package cat.xmess.catalog.internal.search;

/**
 * A binary heap over entries kept by a subclass in parallel primitive arrays, so that a query's
 * heaps hold no boxed objects: the subclass says which of two slots belongs nearer the root and
 * swaps them; this class keeps the heap order.
 */
abstract class ArrayHeap {
  /** Number of slots in use, {@code [0, size)}. */
  protected int size;

  /** Whether the entry in slot {@code a} belongs nearer the root than the one in slot {@code b}. */
  protected abstract boolean above(int a, int b);

  /** Exchanges the entries of slots {@code a} and {@code b}. */
  protected abstract void swap(int a, int b);

  /** Restores the order after the entry at {@code at} may have moved towards the root. */
  protected final void siftUp(int at) {
    int slot = at;
    while (slot > 0) {
      int parent = (slot - 1) >>> 1;
      if (!above(slot, parent)) {
        return;
      }
      swap(slot, parent);
      slot = parent;
    }
  }

  /** Restores the order after the entry at {@code at} may have moved away from the root. */
  protected final void siftDown(int at) {
    int slot = at;
    while (true) {
      int top = slot;
      for (int child = 2 * slot + 1; child <= 2 * slot + 2 && child < size; child++) {
        if (above(child, top)) {
          top = child;
        }
      }
      if (top == slot) {
        return;
      }
      swap(slot, top);
      slot = top;
    }
  }
}
