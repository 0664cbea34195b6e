package cat.xmess.catalog;

import org.apiguardian.api.API;

/**
 * Bounds on what a reader accepts, so that a hostile or broken file fails fast instead of
 * exhausting memory. The defaults fit catalogs far larger than any real one; raise them with the
 * {@code with*} methods if you must.
 *
 * @param maxDocumentBytes largest input, in bytes
 * @param maxNestingDepth deepest nesting of arrays and objects
 * @param maxStringLength longest string value, in characters
 * @param maxNumberLength longest number, in characters
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ReadLimits(
    long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {

  /** The defaults: 64 MiB, depth 64, strings of 1 MiB characters, numbers of 64 characters. */
  public static final ReadLimits DEFAULT = new ReadLimits(64L << 20, 64, 1 << 20, 64);

  /** Checks that every limit is positive. */
  public ReadLimits {
    if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1) {
      throw new IllegalArgumentException("Every read limit must be positive");
    }
  }

  /** A copy with another largest input size. */
  public ReadLimits withMaxDocumentBytes(long bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  /** A copy with another deepest nesting. */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength);
  }

  /** A copy with another longest string. */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, length, maxNumberLength);
  }

  /** A copy with another longest number. */
  public ReadLimits withMaxNumberLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, length);
  }
}
