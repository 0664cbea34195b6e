package cat.xmess.catalog.internal.search;

import java.util.List;
import cat.xmess.model.Language;
import java.util.function.IntPredicate;
import org.apiguardian.api.API;

/**
 * An immutable index over {@link SearchDocument}s that returns the exact best hits of a free-text
 * query. Every query term must match, in any language; a document whose matches all fall in one
 * language is preferred, and that language is reported.
 *
 * <h2>Matching</h2>
 *
 * Documents and queries are split into terms by {@link TextFolding}. A query term matches an
 * indexed term equal to it and, if it has {@value Scoring#MIN_PREFIX_LENGTH} letters or more, every
 * indexed term it prefixes, so "coop" finds "cooperativa". A document is a hit when each query term
 * matches one of its terms in some language (a text that reads the same in every language, such as
 * a place name, counts in all three), its record type is among those asked for, and the filter
 * accepts its number (the position of its document in the list the index was built from).
 *
 * <h2>Ranking</h2>
 *
 * BM25F over the fields of each language, with field weights as term-frequency multipliers. With N
 * the number of indexed documents and df(u) the number of documents containing the indexed term u
 * (in any field or language):
 *
 * <ul>
 *   <li>idf(q) = ln(1 + N / (1 + min(N, Σ df(u)))) for a query term q, the sum over the indexed
 *       terms u that q matches. It depends on the index and the query only, not on the filter or
 *       the record types asked for (like Lucene's statistics), so it needs no pass over the
 *       postings;
 *   <li>tf(d, l, u) is the weighted frequency of u in document d's texts of language l (a text
 *       without language, such as a place name, counts in all three): each occurrence adds the
 *       weight of its {@link SearchDocument} field (title 3, keyword 1.5, body 1); len(d, l) is the
 *       number of terms of those texts and avg(l) its mean over the indexed documents;
 *   <li>the level of u in (d, l) is {@link Scoring#level}: BM25F's tf·(k1 + 1) / (tf + k1·(1 − b +
 *       b·len / avg)) with k1 = {@value Scoring#K1} and b = {@value Scoring#B}, stored on a scale of
 *       1 to {@value Scoring#MAX_LEVEL} (rounded, like Lucene's one-byte norms); w(d, l, u) is the
 *       weight of that level ({@link Scoring#weight}), 0 if l lacks u;
 *   <li>s(d, l, q) = max over matched u of w(d, l, u) × f × idf(q), where f is 1 when u = q and
 *       {@value Scoring#PREFIX_FACTOR} when u is longer (computed as a float w × f, then times the
 *       double idf);
 *   <li>total(d) = Σ over the query terms, in query order, of max over l of s(d, l, q);
 *   <li>the reported language is the one with the highest Σ s(d, l, q) among the languages in which
 *       every query term matches, or among all three if none does; ties go to ca, then es, then en;
 *   <li>score(d) = total(d) × {@value Scoring#ONE_LANGUAGE_BONUS} if the reported language matches
 *       every query term, else total(d); rounded to three decimals.
 * </ul>
 *
 * Hits rank by that rounded score, then by record type, then by id.
 *
 * <h2>Layout</h2>
 *
 * Terms are numbered in sorted order ({@link Vocabulary}), so the terms a query term prefixes are
 * a range of numbers. Documents are numbered in tie-break order (type, then id), and each knows its
 * position in the input for the filter. For each term, {@link TieredPostings} lists its documents
 * in tiers of levels ({@link Scoring#tier}), heaviest first; for each document, {@link
 * DocumentTerms} lists its terms with their level in each language, a byte each. Everything is in
 * primitive arrays of about eleven bytes per distinct term of a document. {@link TopKSearch} explains how a query finds
 * its best hits without scoring every match.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class SearchIndex {
  /** How many kinds of record documents may have ({@link SearchDocument#kind()}). */
  public static final int KINDS = 16;

  /**
   * One result: the document, its score and the language of its best-scoring match.
   *
   * @param document the matching document
   * @param score its score; higher is better
   * @param language the language whose text scored best
   */
  public record Hit(SearchDocument document, double score, Language language) {}

  /** The documents in input order. */
  final List<SearchDocument> documents;
  /** Per document number, the document's input position. */
  final int[] externalOf;
  /** Per document number, its kind ({@link SearchDocument#kind()}). */
  final byte[] typeOf;
  /** Per kind, the first document number of that kind (and the count at the end). */
  private final int[] typeStarts;
  final Vocabulary vocabulary;
  final TieredPostings postings;
  final DocumentTerms forward;

  SearchIndex(List<SearchDocument> documents, int[] externalOf, byte[] typeOf, Vocabulary vocabulary,
      TieredPostings postings, DocumentTerms forward) {
    this.documents = documents;
    this.externalOf = externalOf;
    this.typeOf = typeOf;
    this.vocabulary = vocabulary;
    this.postings = postings;
    this.forward = forward;
    this.typeStarts = new int[KINDS + 1];
    for (byte type : typeOf) {
      typeStarts[type + 1]++;
    }
    for (int t = 1; t < typeStarts.length; t++) {
      typeStarts[t] += typeStarts[t - 1];
    }
  }

  /** Indexes {@code documents}; their order is the numbering that search filters see. */
  public static SearchIndex build(List<SearchDocument> documents) {
    return new IndexBuilder(documents).build();
  }

  /** Number of indexed documents. */
  public int size() {
    return documents.size();
  }

  /** The document at position {@code index} of the list the index was built from. */
  public SearchDocument document(int index) {
    return documents.get(index);
  }

  /**
   * The best {@code limit} documents matching every term of {@code text} among those that {@code
   * allowed} accepts (by input position) and whose kind's bit is set in {@code kinds}.
   */
  public List<Hit> search(String text, int kinds, IntPredicate allowed, int limit) {
    List<String> terms = TextFolding.terms(text);
    if (terms.isEmpty() || kinds == 0) {
      return List.of();
    }
    return TopKSearch.run(this, terms, kinds, allowed, limit);
  }

  /** The first document number of the first type allowed. */
  int firstOf(boolean[] typeAllowed) {
    for (int t = 0; t < KINDS; t++) {
      if (typeAllowed[t]) {
        return typeStarts[t];
      }
    }
    return 0;
  }

  /** The document number after the last one of the last type allowed. */
  int endOf(boolean[] typeAllowed) {
    for (int t = KINDS - 1; t >= 0; t--) {
      if (typeAllowed[t]) {
        return typeStarts[t + 1];
      }
    }
    return 0;
  }
}
