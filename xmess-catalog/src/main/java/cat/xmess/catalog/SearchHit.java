package cat.xmess.catalog;

import cat.xmess.model.CatalogRecord;
import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One result of a free-text search, best first.
 *
 * <p>The hit carries its record: {@code hit.record(Initiative.class)} gives the initiative, if the
 * hit is one, without a lookup by type and id; on Java 21 a {@code switch} over {@link #record()}
 * is exhaustive.
 *
 * @param type kind of record
 * @param id the record's id or code
 * @param title its title or label in ca, es and en
 * @param score relevance; only the order of scores within one search is meaningful
 * @param matchedLanguage the language whose text matched best
 * @param record the record itself (since 0.2.0)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SearchHit(
    RecordType type, String id, LocalizedText title, double score, Language matchedLanguage,
    CatalogRecord record) {

  /**
   * Checks that nothing is null.
   *
   * @param type kind of record
   * @param id the record's id or code
   * @param title its title or label in ca, es and en
   * @param score relevance; only the order of scores within one search is meaningful
   * @param matchedLanguage the language whose text matched best
   * @param record the record itself
   */
  public SearchHit {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(matchedLanguage, "matchedLanguage");
    Objects.requireNonNull(record, "record");
  }

  /**
   * {@return the record if it is a {@code kind}, else empty} For example {@code
   * hit.record(Initiative.class)} or {@code hit.record(CodeDefinition.class)}.
   *
   * @param kind the record class wanted
   * @param <T> that class
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public <T extends CatalogRecord> Optional<T> record(Class<T> kind) {
    return kind.isInstance(record) ? Optional.of(kind.cast(record)) : Optional.empty();
  }
}
