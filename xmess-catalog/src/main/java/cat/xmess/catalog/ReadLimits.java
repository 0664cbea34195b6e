package cat.xmess.catalog;

import org.apiguardian.api.API;

/**
 * Bounds on what a reader accepts, so that a hostile or broken file fails fast instead of
 * exhausting memory or time. The defaults fit catalogs far larger than any real one (the bundled
 * catalog is about 420 KB and 17,000 tokens); raise them with the {@code with*} methods if you
 * must, and give the JVM heap to match: a parsed document takes several times its size in memory.
 *
 * @param maxDocumentBytes largest input, in bytes
 * @param maxNestingDepth deepest nesting of arrays and objects
 * @param maxStringLength longest string value, in characters
 * @param maxNumberLength longest number, in characters
 * @param maxTokenCount most JSON tokens (values, names, brackets) in one document, which bounds the
 *     size of the parsed tree and of everything validation builds from it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ReadLimits(
    long maxDocumentBytes,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    long maxTokenCount) {

  /**
   * The default number of tokens: about 30 times the bundled catalog, and a parsed tree that fits,
   * with everything validation builds from it, in a heap of 256 MB.
   */
  public static final long DEFAULT_MAX_TOKEN_COUNT = 500_000L;

  /**
   * The defaults: 64 MiB, depth 64, strings of 1 Mi characters, numbers of 64 characters,
   * 500,000 tokens.
   */
  public static final ReadLimits DEFAULT =
      new ReadLimits(64L << 20, 64, 1 << 20, 64, DEFAULT_MAX_TOKEN_COUNT);

  /**
   * Checks that every limit is positive.
   *
   * @param maxDocumentBytes largest input, in bytes; a larger file is refused before it is read
   * @param maxNestingDepth deepest nesting of arrays and objects
   * @param maxStringLength longest string value, in characters
   * @param maxNumberLength longest number, in characters
   * @param maxTokenCount most JSON tokens in one document
   * @throws IllegalArgumentException if a limit is zero or negative
   */
  public ReadLimits {
    if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1
        || maxTokenCount < 1) {
      throw new IllegalArgumentException("Every read limit must be positive");
    }
  }

  /**
   * Limits with the default token count, {@link #DEFAULT_MAX_TOKEN_COUNT}; the constructor of the
   * first version, before the token limit existed.
   *
   * @param maxDocumentBytes largest input, in bytes
   * @param maxNestingDepth deepest nesting of arrays and objects
   * @param maxStringLength longest string value, in characters
   * @param maxNumberLength longest number, in characters
   * @throws IllegalArgumentException if a limit is zero or negative
   */
  public ReadLimits(
      long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {
    this(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, DEFAULT_MAX_TOKEN_COUNT);
  }

  /**
   * {@return a copy with another largest input size}
   *
   * @param bytes largest input, in bytes, at least 1
   */
  public ReadLimits withMaxDocumentBytes(long bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxTokenCount);
  }

  /**
   * {@return a copy with another deepest nesting}
   *
   * @param depth deepest nesting of arrays and objects, at least 1
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxTokenCount);
  }

  /**
   * {@return a copy with another longest string}
   *
   * @param length longest string value, in characters, at least 1
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, length, maxNumberLength, maxTokenCount);
  }

  /**
   * {@return a copy with another longest number}
   *
   * @param length longest number, in characters, at least 1
   */
  public ReadLimits withMaxNumberLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, length, maxTokenCount);
  }

  /**
   * {@return a copy with another largest number of tokens}
   *
   * @param tokens most JSON tokens in one document, at least 1; give the JVM heap to match
   */
  public ReadLimits withMaxTokenCount(long tokens) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, tokens);
  }
}
