package cat.xmess.catalog;

import cat.xmess.model.Catalog;
import cat.xmess.model.CodelistKind;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two catalogs, record by record: as text, as JSON, or as a CHANGELOG section.
 *
 * <p>Records are matched by id (codelist entries by code) within their list, so reordering is not
 * a change. A changed record lists every differing field as a JSON Pointer relative to the record,
 * with its old and new value as JSON text; objects are compared member by member, lists as a whole.
 * An added record carries its whole content (pointer {@code ""}, old value {@code null}), a removed
 * one its whole old content, so the changes together turn the older catalog into the newer one.
 * The metadata and the network facts are compared as one record each ({@code metadata}, {@code
 * network}); the metadata checksum, derived from everything else, is left out.
 *
 * @param olderDataVersion data version of the older catalog; null only for a catalog built in Java
 *     without metadata (the versions of a loaded catalog are always there)
 * @param newerDataVersion data version of the newer catalog; null as above
 * @param olderSchemaVersion schema version of the older catalog; null as above
 * @param newerSchemaVersion schema version of the newer catalog; null as above
 * @param changes the changed, added and removed records, list by list
 * @param deprecations codes deprecated in the newer catalog that were not in the older
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CatalogDiff(
    @Nullable String olderDataVersion,
    @Nullable String newerDataVersion,
    @Nullable String olderSchemaVersion,
    @Nullable String newerSchemaVersion,
    List<RecordChange> changes,
    List<Deprecation> deprecations) {

  /**
   * Copies the lists.
   *
   * @param olderDataVersion data version of the older catalog, MAJOR.MINOR.PATCH
   * @param newerDataVersion data version of the newer catalog, MAJOR.MINOR.PATCH
   * @param olderSchemaVersion schema version of the older catalog
   * @param newerSchemaVersion schema version of the newer catalog
   * @param changes the changed, added and removed records; not {@code null}, may be empty
   * @param deprecations the newly deprecated codes; not {@code null}, may be empty
   */
  public CatalogDiff {
    changes = List.copyOf(changes);
    deprecations = List.copyOf(deprecations);
  }

  /**
   * {@return the differences between {@code older} and {@code newer}: records added, removed and
   * changed field by field, and codes newly deprecated} This is the one way to compare catalogs; pass
   * two loaded catalogs' {@link XmessCatalog#catalog()}, or catalogs built in Java.
   *
   * @param older the catalog to compare from, for example the previous data release
   * @param newer the catalog to compare to
   */
  public static CatalogDiff between(Catalog older, Catalog newer) {
    return CatalogDiffer.diff(Objects.requireNonNull(older, "older"), Objects.requireNonNull(newer, "newer"));
  }

  /**
   * {@return whether the two catalogs hold the same records} Order and the metadata checksum do not
   * count.
   */
  public boolean isEmpty() {
    return changes.isEmpty() && deprecations.isEmpty();
  }

  /**
   * {@return the changes of one kind, in the order of {@link #changes()}}
   *
   * @param kind added, removed or changed
   */
  public List<RecordChange> changes(Change kind) {
    return changes.stream().filter(c -> c.change() == kind).toList();
  }

  /** {@return a readable summary, one line per record and one per changed field} */
  public String toText() {
    return DiffRendering.text(this);
  }

  /** {@return the whole diff as JSON, values included, so that a program can apply it} */
  public String toJson() {
    return DiffRendering.json(this);
  }

  /**
   * {@return a Markdown section for {@code CHANGELOG.md}: a heading with the newer data version,
   * then Added, Changed, Deprecated and Removed, each record named by type and id}
   */
  public String toChangelog() {
    return DiffRendering.changelog(this);
  }

  /** How a record changed. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public enum Change implements cat.xmess.model.WireCode {
    /** Only in the newer catalog. */
    ADDED,
    /** Only in the older catalog. */
    REMOVED,
    /** In both, with differences. */
    CHANGED;

    @Override
    public String toString() {
      return code();
    }
  }

  /**
   * One record added, removed or changed.
   *
   * @param change how it changed
   * @param type {@code metadata}, {@code network}, {@code source}, or a {@link RecordType} code
   * @param id the record's id or code ({@code metadata} and {@code network} for those)
   * @param olderPointer the record's pointer in the older catalog, or {@code null} if added
   * @param newerPointer the record's pointer in the newer catalog, or {@code null} if removed
   * @param fields the differing fields
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public record RecordChange(
      Change change, String type, String id, @Nullable String olderPointer, @Nullable String newerPointer,
      List<FieldChange> fields) {

    /**
     * Copies the fields.
     *
     * @param change how the record changed
     * @param type {@code metadata}, {@code network}, {@code source}, or a {@link RecordType} code
     * @param id the record's id or code ({@code metadata} and {@code network} for those)
     * @param olderPointer the record's JSON Pointer in the older catalog, such as {@code
     *     /initiatives/3}, or {@code null} if added
     * @param newerPointer the record's JSON Pointer in the newer catalog, or {@code null} if removed
     * @param fields the differing fields; one with pointer {@code ""} for an added or removed record
     */
    public RecordChange {
      fields = List.copyOf(fields);
    }
  }

  /**
   * One differing field of a record.
   *
   * @param pointer JSON Pointer of the field inside the record; {@code ""} for the whole record
   * @param oldValue the older value as JSON text, or {@code null} if absent
   * @param newValue the newer value as JSON text, or {@code null} if absent
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public record FieldChange(String pointer, @Nullable String oldValue, @Nullable String newValue) {}

  /**
   * A code deprecated in the newer catalog.
   *
   * @param codelist its codelist
   * @param code the code
   * @param replacedBy its replacement, or {@code null}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public record Deprecation(CodelistKind codelist, String code, @Nullable String replacedBy) {}
}
