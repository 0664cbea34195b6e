package cat.xmess.catalog.internal.compiled;

import cat.xmess.catalog.internal.json.Jcs;
import cat.xmess.model.Catalog;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The checksum recorded in {@code metadata.checksum}: {@code sha256:} followed by the lower-case
 * hexadecimal SHA-256 of the UTF-8 bytes of the RFC 8785 ({@linkplain Jcs JCS}) form of the whole
 * document with {@code metadata.checksum} removed. Any tool with a JCS implementation computes it
 * from the file alone: key order, white space and number spelling ({@code 12.50} or {@code 12.5})
 * do not change it.
 *
 * <p>A catalog built in Java is checksummed over the document the SDK writes for it ({@link
 * CanonicalJson}), which is the same value. SDK 0.1.0 used another form (keys in declaration order,
 * numbers as written); {@link #legacyOf} computes it only so that such a checksum can be recognised
 * and the user told to re-seal.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class ContentChecksum {
  /** Prefix naming the algorithm, so that another one can be introduced later. */
  public static final String PREFIX = "sha256:";

  private ContentChecksum() {}

  /**
   * {@return the checksum of {@code catalog}, ignoring any checksum its metadata already has}
   *
   * @throws IllegalArgumentException for content that has no canonical form (a number of more than
   *     15 significant digits), which validation reports anyway
   */
  public static String of(Catalog catalog) {
    return ofDocument(CanonicalJson.of(catalog));
  }

  /**
   * {@return the checksum of a JSON document read as plain values (maps, lists, strings, numbers,
   * booleans), ignoring {@code metadata.checksum}}
   *
   * @throws IllegalArgumentException for content that has no canonical form
   */
  public static String ofDocument(Map<String, Object> document) {
    Map<String, Object> copy = new LinkedHashMap<>(document);
    if (copy.get("metadata") instanceof Map<?, ?> metadata) {
      Map<Object, Object> withoutChecksum = new LinkedHashMap<>(metadata);
      withoutChecksum.remove("checksum");
      copy.put("metadata", withoutChecksum);
    }
    MessageDigest digest = CompiledForm.sha256();
    Jcs.digest(copy, digest);
    return named(digest.digest());
  }

  /**
   * {@return the checksum SDK 0.1.0 wrote: SHA-256 of its compact canonical form (keys in
   * declaration order), if it had one} Only to recognise an old checksum and say what to do.
   */
  public static Optional<String> legacyOf(Catalog catalog) {
    try {
      byte[] bytes = CanonicalJson.bytes(catalog.withMetadata(catalog.metadata().withChecksum(null)));
      return Optional.of(named(CompiledForm.sha256(bytes, 0, bytes.length)));
    } catch (IllegalArgumentException unwritable) {
      return Optional.empty(); // a number 0.1.0 could not write either
    }
  }

  /** The checksum as recorded: the prefix and the digest in lower-case hexadecimal. */
  private static String named(byte[] sha256) {
    return PREFIX + HexFormat.of().formatHex(sha256);
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
