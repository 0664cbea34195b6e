package cat.xmess.catalog.internal.search;

/**
 * The documents of several posting lists in increasing order (a document in two lists comes out
 * twice, one after the other), merged through a small heap of list cursors.
 */
final class PostingMerge extends ArrayHeap {
  private final TieredPostings postings;
  private final int[] position;
  private final int[] end;
  private final int[] heap;
  private int lists;

  PostingMerge(TieredPostings postings, int capacity) {
    this.postings = postings;
    this.position = new int[capacity];
    this.end = new int[capacity];
    this.heap = new int[capacity];
  }

  /** Adds the list at positions {@code [from, to)} of the postings. */
  void add(int from, int to) {
    if (from < to) {
      position[lists] = from;
      end[lists] = to;
      heap[size] = lists++;
      siftUp(size++);
    }
  }

  /** The next document, or -1 when every list is exhausted. */
  int next() {
    if (size == 0) {
      return -1;
    }
    int list = heap[0];
    int document = postings.document(position[list]++);
    if (position[list] == end[list]) {
      heap[0] = heap[--size];
    }
    if (size > 1) {
      siftDown(0);
    }
    return document;
  }

  private int head(int list) {
    return postings.document(position[list]);
  }

  /** The list whose next document is lowest sits nearer the root. */
  @Override
  protected boolean above(int a, int b) {
    return head(heap[a]) < head(heap[b]);
  }

  @Override
  protected void swap(int a, int b) {
    int list = heap[a];
    heap[a] = heap[b];
    heap[b] = list;
  }
}
