package cat.xmess.catalog.internal.search;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.apiguardian.api.API;

/**
 * A {@link SearchIndex}'s arrays as bytes, so that the build can index the bundled catalog once and
 * a process that searches it only reads them back: building the index is most of the first
 * search's time in a fresh JVM. The documents are not stored; the reader is given the same list the
 * index was built from (same catalog, same {@code SearchDocuments}), and the file names the catalog
 * it belongs to by a binding (the compiled catalog's seal) that the reader checks.
 *
 * <pre>
 * magic "XMESSIDX" | version (int) | binding length (int) | binding | documents (int)
 * | externalOf | typeOf | vocabulary chars | vocabulary starts | 5 posting arrays
 * | forward starts | forward terms | forward levels | CRC-32 of everything before (long)
 * </pre>
 *
 * Every array is its length (int) then its elements, big-endian; the version changes with the
 * layout of any of these classes, and the build writes the file with the code that reads it.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class SearchIndexFile {
  private static final byte[] MAGIC = {'X', 'M', 'E', 'S', 'S', 'I', 'D', 'X'};
  private static final int VERSION = 1;

  private SearchIndexFile() {}

  /** {@code index} as bytes, bound to {@code binding}. */
  public static byte[] write(SearchIndex index, byte[] binding) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(binding.length);
      out.write(binding);
      out.writeInt(index.size());
      writeInts(out, index.externalOf);
      out.writeInt(index.typeOf.length);
      out.write(index.typeOf);
      char[] chars = index.vocabulary.chars();
      out.writeInt(chars.length);
      for (char c : chars) {
        out.writeChar(c);
      }
      writeInts(out, index.vocabulary.starts());
      for (int[] array : index.postings.arrays()) {
        writeInts(out, array);
      }
      writeInts(out, index.forward.starts());
      writeInts(out, index.forward.terms());
      out.writeInt(index.forward.levels().length);
      out.write(index.forward.levels());
      out.flush();
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeLong(crc.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The index stored in {@code file} over {@code documents}, or {@code null} when the file is not
   * one this code wrote for {@code binding} and that many documents (the caller then builds it).
   */
  public static SearchIndex read(byte[] file, byte[] binding, List<SearchDocument> documents) {
    if (file == null || file.length < MAGIC.length + 16 || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      return null;
    }
    ByteBuffer in = ByteBuffer.wrap(file);
    CRC32 crc = new CRC32();
    crc.update(file, 0, file.length - Long.BYTES);
    if (crc.getValue() != in.getLong(file.length - Long.BYTES)) {
      return null;
    }
    in.position(MAGIC.length);
    if (in.getInt() != VERSION) {
      return null;
    }
    byte[] bound = new byte[in.getInt()];
    in.get(bound);
    if (!Arrays.equals(bound, binding) || in.getInt() != documents.size()) {
      return null;
    }
    int[] externalOf = ints(in);
    byte[] typeOf = new byte[in.getInt()];
    in.get(typeOf);
    char[] chars = new char[in.getInt()];
    in.asCharBuffer().get(chars);
    in.position(in.position() + chars.length * Character.BYTES);
    Vocabulary vocabulary = new Vocabulary(chars, ints(in));
    TieredPostings postings = new TieredPostings(ints(in), ints(in), ints(in), ints(in), ints(in));
    int[] starts = ints(in);
    int[] terms = ints(in);
    byte[] levels = new byte[in.getInt()];
    in.get(levels);
    if (in.position() != file.length - Long.BYTES) {
      return null;
    }
    for (SearchDocument document : documents) {
      document.releaseTexts();
    }
    return new SearchIndex(List.copyOf(documents), externalOf, typeOf, vocabulary, postings,
        new DocumentTerms(starts, terms, levels));
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int v : values) {
      out.writeInt(v);
    }
  }

  private static int[] ints(ByteBuffer in) {
    int[] values = new int[in.getInt()];
    in.asIntBuffer().get(values);
    in.position(in.position() + values.length * Integer.BYTES);
    return values;
  }
}
