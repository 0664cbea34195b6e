package cat.xmess.model;

import java.util.List;
import org.apiguardian.api.API;

/** What every codelist entry has: a stable code, trilingual label and definition, status, provenance. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface CodeDefinition {

  /** Stable key, lowercase kebab-case; never renamed. */
  String code();

  /** Label in ca, es and en. */
  LocalizedText label();

  /** Definition, in the catalog's own words; may be {@code null}. */
  LocalizedText definition();

  /** Life-cycle status. */
  CodeStatus status();

  /** Code that replaces this one when it is deprecated, or {@code null}. */
  String replacedBy();

  /** Ids of the sources the code rests on. */
  List<String> sourceIds();

  /** Links to external vocabularies. */
  List<ExternalMapping> mappings();
}
