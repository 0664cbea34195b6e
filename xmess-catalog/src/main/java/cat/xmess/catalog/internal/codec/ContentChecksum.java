package cat.xmess.catalog.internal.codec;

import cat.xmess.model.Catalog;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The checksum recorded in a catalog's metadata: SHA-256 of the canonical form of the catalog
 * with the checksum itself left out. It lets the bundled catalog prove its integrity without
 * running the validators again.
 */
public final class ContentChecksum {
  /** Prefix naming the algorithm, so that another one can be introduced later. */
  public static final String PREFIX = "sha256:";

  private ContentChecksum() {}

  /** The checksum of {@code catalog}, ignoring any checksum its metadata already has. */
  public static String of(Catalog catalog, CatalogCodec codec) {
    Catalog withoutChecksum = catalog.withMetadata(catalog.metadata().withChecksum(null));
    return PREFIX + HexFormat.of().formatHex(sha256(codec.toCanonicalBytes(withoutChecksum)));
  }

  /**
   * Why the content of {@code catalog} does not match the checksum its metadata records (also
   * when it records none), or empty when it does: the check that lets trusted files skip
   * validation.
   */
  public static Optional<String> mismatch(Catalog catalog, CatalogCodec codec) {
    String recorded = catalog.metadata().checksum();
    String actual = of(catalog, codec);
    return actual.equals(recorded)
        ? Optional.empty()
        : Optional.of("checksum " + actual + " does not match the recorded " + recorded);
  }

  /** A copy of {@code catalog} whose metadata carries its checksum. */
  public static Catalog stamp(Catalog catalog, CatalogCodec codec) {
    return catalog.withMetadata(catalog.metadata().withChecksum(of(catalog, codec)));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
