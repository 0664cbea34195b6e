package cat.xmess.io.internal.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a whole input into memory, but never more than the document limit plus one byte: a file
 * larger than the limit is refused before it can exhaust the heap.
 */
final class InputBytes {
  private InputBytes() {}

  /** Thrown with a one-line reason a user can act on. */
  static final class InputProblem extends Exception {
    private static final long serialVersionUID = 1L;
    final boolean tooLarge;

    InputProblem(String reason, boolean tooLarge) {
      super(reason, null, false, false);
      this.tooLarge = tooLarge;
    }
  }

  static byte[] read(Path file, long maxBytes) throws InputProblem {
    if (Files.isDirectory(file)) {
      throw new InputProblem(file + " is a directory, not a catalog file", false);
    }
    try {
      // Fails fast on a file known to be too large, without reading it. The size of special files
      // (such as those of /proc) may be reported as 0, so the read below is bounded as well.
      if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
        throw tooLarge(maxBytes);
      }
    } catch (IOException e) {
      // Left to the read below, which reports it with the same words as any other read failure.
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readBounded(in, maxBytes);
    } catch (NoSuchFileException e) {
      throw new InputProblem("no such file: " + file, false);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new InputProblem("permission denied: " + file, false);
    } catch (IOException e) {
      throw new InputProblem(file + ": " + ReadErrors.shorten(e.getMessage()), false);
    }
  }

  static InputProblem tooLarge(long maxBytes) {
    return new InputProblem("larger than the limit of " + maxBytes
        + " bytes (ReadLimits.maxDocumentBytes; raise it with CatalogReader.withLimits)", true);
  }

  static byte[] read(InputStream in, long maxBytes) throws InputProblem {
    try {
      return readBounded(in, maxBytes);
    } catch (IOException e) {
      throw new InputProblem(ReadErrors.shorten(e.getMessage()), false);
    }
  }

  private static byte[] readBounded(InputStream in, long maxBytes) throws IOException, InputProblem {
    int cap = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8);
    byte[] bytes = in.readNBytes(cap);
    if (bytes.length > maxBytes) {
      throw tooLarge(maxBytes);
    }
    return bytes;
  }
}
