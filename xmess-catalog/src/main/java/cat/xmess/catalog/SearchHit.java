package cat.xmess.catalog;

import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import org.apiguardian.api.API;

/**
 * One result of a free-text search, best first.
 *
 * @param type kind of record
 * @param id the record's id or code
 * @param title its title or label in ca, es and en
 * @param score relevance; only the order of scores within one search is meaningful
 * @param matchedLanguage the language whose text matched best
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SearchHit(
    RecordType type, String id, LocalizedText title, double score, Language matchedLanguage) {}
