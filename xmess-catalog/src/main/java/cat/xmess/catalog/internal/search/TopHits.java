package cat.xmess.catalog.internal.search;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The best hits seen so far, at most {@code limit}, as a heap whose root is the worst kept hit.
 * Hits rank by rounded score, then by document number (the index numbers documents in tie-break
 * order: record type, then id). Capacity grows with the hits kept, not with the limit, so an
 * unbounded limit costs nothing up front.
 */
final class TopHits extends ArrayHeap {
  private final int limit;
  private double[] scores;
  private int[] documents;
  private byte[] languages;

  TopHits(int limit) {
    this.limit = limit;
    int capacity = Math.min(limit, 32);
    scores = new double[capacity];
    documents = new int[capacity];
    languages = new byte[capacity];
  }

  /** Whether {@code a} ranks after {@code b}. */
  private static boolean after(double scoreA, int documentA, double scoreB, int documentB) {
    return scoreA < scoreB || (scoreA == scoreB && documentA > documentB);
  }

  /**
   * Whether no document numbered {@code document} or later, scoring at most {@code score} (rounded),
   * could enter: the heap is full and such a hit ranks after every kept one.
   */
  boolean excludes(double score, int document) {
    return size == limit && after(score, document, scores[0], documents[0]);
  }

  /** Whether the heap is full and every kept hit scores above {@code score}. */
  boolean allAbove(double score) {
    return size == limit && score < scores[0];
  }

  /** Keeps the hit if it ranks among the best {@code limit}. */
  void offer(double score, int document, int language) {
    if (size < limit) {
      if (size == scores.length) {
        int capacity = (int) Math.min(limit, 2L * size);
        scores = Arrays.copyOf(scores, capacity);
        documents = Arrays.copyOf(documents, capacity);
        languages = Arrays.copyOf(languages, capacity);
      }
      set(size, score, document, language);
      siftUp(size++);
    } else if (after(scores[0], documents[0], score, document)) {
      set(0, score, document, language);
      siftDown(0);
    }
  }

  int size() {
    return size;
  }

  /** The kept hits' positions, best first; read them with {@link #score}, {@link #document}, {@link #language}. */
  int[] bestFirst() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    // An anonymous class rather than lambdas: the same order, without spinning classes in a fresh JVM.
    Arrays.sort(order, new Comparator<Integer>() {
      @Override
      public int compare(Integer a, Integer b) {
        int byScore = Double.compare(-scores[a], -scores[b]);
        return byScore != 0 ? byScore : Integer.compare(documents[a], documents[b]);
      }
    });
    int[] positions = new int[size];
    for (int i = 0; i < size; i++) {
      positions[i] = order[i];
    }
    return positions;
  }

  double score(int at) {
    return scores[at];
  }

  int document(int at) {
    return documents[at];
  }

  int language(int at) {
    return languages[at];
  }

  private void set(int at, double score, int document, int language) {
    scores[at] = score;
    documents[at] = document;
    languages[at] = (byte) language;
  }

  /** The worst kept hit sits at the root, so that a better one can replace it. */
  @Override
  protected boolean above(int a, int b) {
    return after(scores[a], documents[a], scores[b], documents[b]);
  }

  @Override
  protected void swap(int a, int b) {
    double score = scores[a];
    int document = documents[a];
    byte language = languages[a];
    scores[a] = scores[b];
    documents[a] = documents[b];
    languages[a] = languages[b];
    scores[b] = score;
    documents[b] = document;
    languages[b] = language;
  }
}
