package cat.xmess.model;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What every codelist entry has: a stable code, trilingual label and definition, status, provenance.
 *
 * <p>Sealed: an entry is either a {@link CodelistEntry} or, in the policy instruments codelist, a
 * {@link PolicyInstrument}, so a {@code switch} over a definition can be exhaustive and the library
 * never meets a definition it did not make.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface CodeDefinition extends CatalogRecord permits CodelistEntry, PolicyInstrument {

  /** {@return the stable key, lowercase kebab-case, such as {@code regulatory}; never renamed or reused} */
  String code();

  /** {@return the label in ca, es and en, as shown to people} */
  LocalizedText label();

  /** {@return the definition in the catalog's own words, or {@code null} when there is none} */
  @Nullable LocalizedText definition();

  /** {@return the life-cycle status: whether the code is still in use, provisional or deprecated} */
  CodeStatus status();

  /**
   * {@return the code of the same codelist that replaces this one when it is deprecated, or {@code
   * null}}
   */
  @Nullable String replacedBy();

  /** {@return the ids of the catalog's sources the code rests on; empty when none is cited} */
  List<String> sourceIds();

  /**
   * {@return the links to concepts of external vocabularies, such as ESSGlobal, the UN SDGs or the
   * OECD's; empty when there are none}
   */
  List<ExternalMapping> mappings();
}
