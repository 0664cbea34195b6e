package cat.xmess.model;

import java.util.List;
import org.apiguardian.api.API;

/** What every codelist entry has: a stable code, trilingual label and definition, status, provenance. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface CodeDefinition {

  /** {@return the stable key, lowercase kebab-case, such as {@code regulatory}; never renamed or reused} */
  String code();

  /** {@return the label in ca, es and en, as shown to people} */
  LocalizedText label();

  /** {@return the definition in the catalog's own words, or {@code null} when there is none} */
  LocalizedText definition();

  /** {@return the life-cycle status: whether the code is still in use, provisional or deprecated} */
  CodeStatus status();

  /**
   * {@return the code of the same codelist that replaces this one when it is deprecated, or {@code
   * null}}
   */
  String replacedBy();

  /** {@return the ids of the catalog's sources the code rests on; empty when none is cited} */
  List<String> sourceIds();

  /**
   * {@return the links to concepts of external vocabularies, such as ESSGlobal, the UN SDGs or the
   * OECD's; empty when there are none}
   */
  List<ExternalMapping> mappings();
}
