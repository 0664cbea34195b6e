package cat.xmess.catalog.internal.search;

import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import java.util.ArrayList;
import org.apiguardian.api.API;

/**
 * A record as the search index sees it: its identity and weighted texts. Titles weigh most, then
 * labels and places, then running text.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class SearchDocument {
  /** Weight of a title, name or label. */
  public static final float TITLE = 3f;
  /** Weight of a place or the labels of a record's codes. */
  public static final float KEYWORD = 1.5f;
  /** Weight of a summary, definition or note. */
  public static final float BODY = 1f;

  /** The caller's kind of record, {@code 0 <= kind < SearchIndex.KINDS}: the first sort key. */
  final int kind;
  final String id;
  final LocalizedText title;
  final Object record;
  final ArrayList<Field> fields = new ArrayList<>();

  /** One text of a document; {@code language} null means the text is the same in every language. */
  record Field(Language language, String text, float weight) {}

  /** A document for {@code record} of the caller's {@code kind}, shown with {@code title}. */
  public SearchDocument(int kind, String id, LocalizedText title, Object record) {
    if (kind < 0 || kind >= SearchIndex.KINDS) {
      throw new IllegalArgumentException("kind " + kind + " outside [0, " + SearchIndex.KINDS + ")");
    }
    this.kind = kind;
    this.id = id;
    this.title = title;
    this.record = record;
    add(title, TITLE);
  }

  /**
   * Forgets the texts once they are indexed: the index keeps its own folded terms, and the list of
   * fields would otherwise stay alive with every document for the life of the catalog.
   */
  void releaseTexts() {
    fields.clear();
    fields.trimToSize();
  }

  /** The record behind the document (an initiative, member body or codelist entry). */
  /** {@return the record the caller indexed} */
  public Object record() {
    return record;
  }

  /** {@return the caller's kind of record} */
  public int kind() {
    return kind;
  }

  /** {@return the record's id} */
  public String id() {
    return id;
  }

  /** {@return the record's title} */
  public LocalizedText title() {
    return title;
  }

  /** Adds a trilingual text; missing languages are skipped. */
  public SearchDocument add(LocalizedText text, float weight) {
    if (text != null) {
      for (Language language : Language.values()) {
        // No lambda here: this runs on a process's first search, where the first lambda costs ~10 ms.
        String value = text.translation(language).orElse(null);
        if (value != null) {
          fields.add(new Field(language, value, weight));
        }
      }
    }
    return this;
  }

  /** Adds a text that reads the same in every language, such as a place name. */
  public SearchDocument addNeutral(String text, float weight) {
    if (text != null) {
      fields.add(new Field(null, text, weight));
    }
    return this;
  }
}
