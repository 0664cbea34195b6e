package cat.xmess.benchmarks;

/** The floor of a whole-process cold start: a JVM that prints one line and exits ({@link ColdStart}). */
public final class ColdHello {
  private ColdHello() {}

  /** Prints one line. */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
