package cat.xmess.io.internal.load;

import java.util.Optional;

/**
 * Catalogs are UTF-8 (RFC 8259, section 8.1). Jackson would also detect and read UTF-16 and UTF-32,
 * so a file in another encoding could pass for a catalog on one machine and not on another; it is
 * refused here instead. A UTF-8 byte order mark is accepted and skipped, as RFC 8259 allows and as
 * editors on Windows write it. Malformed UTF-8 further on is Jackson's to report, with its line
 * and column.
 */
final class Utf8Only {
  private Utf8Only() {}

  /** Why {@code bytes} are not UTF-8 JSON by their first bytes, if they are not. */
  static Optional<String> problem(byte[] bytes) {
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return Optional.of("the input is UTF-32 (byte order mark); catalogs must be UTF-8");
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return Optional.of("the input is UTF-16 (byte order mark); catalogs must be UTF-8");
    }
    // JSON text starts with ASCII, so UTF-16 and UTF-32 put a NUL byte among the first four.
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return Optional.of("NUL byte at offset " + i
            + ": the input looks like UTF-16 or UTF-32, or binary; catalogs must be UTF-8");
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
