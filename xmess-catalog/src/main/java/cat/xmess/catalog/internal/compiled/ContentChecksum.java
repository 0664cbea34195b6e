package cat.xmess.catalog.internal.compiled;

import cat.xmess.model.Catalog;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The checksum recorded in a catalog's metadata: SHA-256 of the {@linkplain CanonicalJson canonical
 * form} of the catalog with the checksum itself left out. It lets the bundled catalog prove its
 * integrity without running the validators again.
 */
public final class ContentChecksum {
  /** Prefix naming the algorithm, so that another one can be introduced later. */
  public static final String PREFIX = "sha256:";

  private ContentChecksum() {}

  /**
   * {@return the checksum of {@code catalog}, ignoring any checksum its metadata already has}
   *
   * @throws IllegalArgumentException for content that has no canonical form (a number too far
   *     from 1 to write), which validation reports anyway
   */
  public static String of(Catalog catalog) {
    Catalog withoutChecksum = catalog.withMetadata(catalog.metadata().withChecksum(null));
    byte[] canonical = CanonicalJson.bytes(withoutChecksum);
    return PREFIX + HexFormat.of().formatHex(CompiledForm.sha256(canonical, 0, canonical.length));
  }

  /**
   * Why the content of {@code catalog} does not match the checksum its metadata records (also
   * when it records none), or empty when it does: the check that lets trusted files skip
   * validation.
   */
  public static Optional<String> mismatch(Catalog catalog) {
    String recorded = catalog.metadata().checksum();
    String actual = of(catalog);
    return actual.equals(recorded)
        ? Optional.empty()
        : Optional.of("checksum " + actual + " does not match the recorded " + recorded);
  }

  /** A copy of {@code catalog} whose metadata carries its checksum. */
  public static Catalog stamp(Catalog catalog) {
    return catalog.withMetadata(catalog.metadata().withChecksum(of(catalog)));
  }
}
