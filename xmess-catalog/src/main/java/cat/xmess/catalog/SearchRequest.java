package cat.xmess.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A free-text search. The text is matched in Catalan, Spanish and English, ignoring case, accents
 * and common plural endings; every word must match. With a non-empty {@code filter} only
 * initiatives that pass it are returned.
 *
 * @param text the words to find
 * @param filter filter on initiatives; {@link InitiativeQuery#all()} for none
 * @param types kinds of record to return
 * @param limit the most hits to return, at least 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SearchRequest(String text, InitiativeQuery filter, Set<RecordType> types, int limit) {

  /** Every type search indexes: all but sources. */
  private static final Set<RecordType> SEARCHED =
      Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(RecordType.SOURCE)));

  /** Hits returned when no limit is given. */
  public static final int DEFAULT_LIMIT = 20;

  /**
   * Checks the arguments; {@code null} filter and types mean "none" and "every searched type"
   * (every type but {@link RecordType#SOURCE}, which search does not index).
   *
   * @param text the words to find, in Catalan, Spanish or English; not {@code null}
   * @param filter filter on initiatives, or {@code null} for none
   * @param types kinds of record to return; {@code null} or empty for every kind search indexes
   * @param limit the most hits to return, at least 1
   * @throws NullPointerException if {@code text} is {@code null}
   * @throws IllegalArgumentException if {@code limit} is less than 1, or {@code types} holds
   *     {@link RecordType#SOURCE} (sources are not searched: look one up with {@code
   *     XmessCatalog.source(id)})
   */
  public SearchRequest {
    Objects.requireNonNull(text, "text");
    filter = filter == null ? InitiativeQuery.all() : filter;
    types =
        types == null || types.isEmpty()
            ? SEARCHED
            : Collections.unmodifiableSet(EnumSet.copyOf(types));
    if (types.contains(RecordType.SOURCE)) {
      throw new IllegalArgumentException("Sources are not searched (record type 'source'); search "
          + SEARCHED.stream().map(RecordType::code).toList() + ", or look a source up with XmessCatalog.source(id)");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
  }

  /**
   * {@return a search for {@code text} over every record type, with the default limit}
   *
   * @param text the words to find, in Catalan, Spanish or English
   */
  public static SearchRequest of(String text) {
    return new SearchRequest(text, InitiativeQuery.all(), Set.of(), DEFAULT_LIMIT);
  }

  /**
   * {@return a builder starting from {@code text}, with no filter, every record type and the
   * default limit}
   *
   * @param text the words to find, in Catalan, Spanish or English
   */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /**
   * {@return the record types actually searched} With a non-empty filter only initiatives can
   * pass it, so the result is {@link RecordType#INITIATIVE} alone, or nothing when {@code types}
   * leaves initiatives out.
   */
  public Set<RecordType> effectiveTypes() {
    return filter.isEmpty() ? types : types.contains(RecordType.INITIATIVE)
        ? Set.of(RecordType.INITIATIVE) : Set.of();
  }

  /** Builds {@link SearchRequest} instances; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {
    private final String text;
    private InitiativeQuery filter = InitiativeQuery.all();
    private final EnumSet<RecordType> types = EnumSet.noneOf(RecordType.class);
    private int limit = DEFAULT_LIMIT;

    private Builder(String text) {
      this.text = text;
    }

    /**
     * Only initiatives passing {@code query}; replaces any filter given before.
     *
     * @param query the filter; {@link InitiativeQuery#all()} for none
     * @return this builder
     */
    public Builder filter(InitiativeQuery query) {
      this.filter = query;
      return this;
    }

    /**
     * Only these kinds of record (may be called again to add more); without a call, every kind.
     *
     * @param recordTypes the kinds of record to return
     * @return this builder
     */
    public Builder types(RecordType... recordTypes) {
      Collections.addAll(types, recordTypes);
      return this;
    }

    /**
     * At most {@code max} hits, instead of {@link #DEFAULT_LIMIT}.
     *
     * @param max the most hits to return, at least 1 (checked by {@link #build()})
     * @return this builder
     */
    public Builder limit(int max) {
      this.limit = max;
      return this;
    }

    /**
     * {@return the request with the text, filter, types and limit given so far}
     *
     * @throws NullPointerException if the text is {@code null}
     * @throws IllegalArgumentException if the limit is less than 1
     */
    public SearchRequest build() {
      return new SearchRequest(text, filter, types, limit);
    }
  }
}
