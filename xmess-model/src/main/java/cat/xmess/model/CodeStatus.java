package cat.xmess.model;

import org.apiguardian.api.API;

/** Life-cycle status of a codelist code. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum CodeStatus implements WireCode {
  /** In use; may be the primary classification of a record. */
  ACTIVE,
  /** Proposed but not confirmed by a source list; never a record's primary classification. */
  PROVISIONAL,
  /** Kept so that old data still resolves; new data should use the replacement. */
  DEPRECATED;

  @Override
  public String toString() {
    return code();
  }
}
