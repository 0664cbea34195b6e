package cat.xmess.catalog.internal.search;

import cat.xmess.model.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * One search: the exact top {@code limit} of {@link SearchIndex}'s ranking, found without scoring
 * every match.
 *
 * <p>Candidates come from the <em>driving</em> term, the query term with the fewest postings: a
 * hit must match it. Its posting lists (one per matching indexed term and tier) are visited in
 * groups of equal list impact (the impact of the heaviest level of the tier), the heaviest first,
 * each group in document order. Every other term is checked in the candidate's forward entries,
 * rarest first. A candidate that is also in a heavier list was already scored with an earlier group.
 *
 * <p>Pruning is exact. A candidate of a group scores at most the group's bound: the group's list
 * impact (never below the candidate's own driving impact) plus the largest impact of every other
 * term, times the one-language bonus. Documents are numbered in
 * tie-break order, so once the kept hits are full and the worst of them ranks before (bound,
 * candidate) — a higher rounded score, or the same and a smaller number — no later candidate of
 * the group can enter, and the next group is tried; once the bound of a group is below every kept
 * score, no later group can add anything.
 *
 * <p>Checking a term in a candidate's forward entries is a binary search in memory the search has
 * not touched yet. A query that has checked {@value #CHECKS_BEFORE_BOUNDS} candidates (a conjunction
 * of common words) first records, for every other term and every document, the heaviest list of
 * the term that holds the document (one pass over the term's postings, which lie side by side; a
 * byte per document), and from then on bounds each candidate by its own lists before looking at its
 * forward entries: a candidate that lacks a term, or whose bound cannot enter the kept hits, costs
 * a few array reads. Per-query memory depends on the query and the limit, and for such a query also
 * on the catalog: one byte per document and other term.
 */
final class TopKSearch {
  private static final int LANGUAGES = Scoring.LANGUAGES;
  private static final Language[] LANGUAGE_VALUES = Language.values();
  /**
   * Bounds are raised by this relative margin before rounding: they are computed like scores and
   * never below them, and the margin only guards against a future change of that arithmetic.
   */
  private static final double BOUND_MARGIN = 1 + 1e-9;

  private final SearchIndex index;
  private final QueryTerm[] terms;
  private final int driver;
  /** The other terms, rarest first: the order in which candidates are checked. */
  private final int[] others;
  private final boolean[] typeAllowed = new boolean[SearchIndex.KINDS];
  private final IntPredicate allowed;
  private final TopHits top;
  /** Per query term and language, the candidate's best impact. */
  private final double[] impacts;
  /** Candidates checked before the other terms get their {@link #lists} per document. */
  private static final int CHECKS_BEFORE_BOUNDS = 512;
  /** No list of the term holds the document. */
  private static final int ABSENT = 0xFF;
  /**
   * Per other term (by query position), once built, per document: the code (tier × 2, plus 1 for a
   * longer term) of the term's heaviest list that holds the document, or {@link #ABSENT}.
   */
  private final byte[][] lists;
  /** Per other term and list code, the list's impact. */
  private final double[][] listImpacts;
  private int checks;
  /** The impact of the heaviest driving list that holds the candidate ({@link #match} of the driver sets it). */
  private double drivingListImpact;

  private TopKSearch(SearchIndex index, QueryTerm[] terms, int kinds, IntPredicate allowed, int limit) {
    this.index = index;
    this.terms = terms;
    this.allowed = allowed;
    this.top = new TopHits(limit);
    this.impacts = new double[terms.length * LANGUAGES];
    this.lists = new byte[terms.length][];
    this.listImpacts = new double[terms.length][];
    for (int kind = 0; kind < SearchIndex.KINDS; kind++) {
      typeAllowed[kind] = (kinds & (1 << kind)) != 0;
    }
    // The terms by document frequency, ties in query order (a stable insertion sort: a query has a
    // few terms, and plain loops spare a fresh JVM the lambdas' class spinning on its first search).
    int[] byFrequency = new int[terms.length];
    for (int i = 0; i < byFrequency.length; i++) {
      int j = i;
      while (j > 0 && terms[byFrequency[j - 1]].documentFrequency > terms[i].documentFrequency) {
        byFrequency[j] = byFrequency[j - 1];
        j--;
      }
      byFrequency[j] = i;
    }
    this.driver = byFrequency[0];
    this.others = Arrays.copyOfRange(byFrequency, 1, byFrequency.length);
  }

  /** Heaviest impact first; a named class rather than a lambda, for the first search's sake. */
  private static final class ByImpactDescending implements Comparator<DrivingList> {
    @Override
    public int compare(DrivingList a, DrivingList b) {
      return Double.compare(b.impact(), a.impact());
    }
  }

  /** The best {@code limit} hits for the folded query terms {@code words}. */
  static List<SearchIndex.Hit> run(SearchIndex index, List<String> words, int kinds, IntPredicate allowed,
      int limit) {
    QueryTerm[] terms = new QueryTerm[words.size()];
    for (int t = 0; t < terms.length; t++) {
      terms[t] = QueryTerm.of(index, words.get(t));
      if (terms[t] == null) {
        return List.of();
      }
    }
    return new TopKSearch(index, terms, kinds, allowed, limit).collect();
  }

  /** One posting list of the driving term: an indexed term it matches, a tier, and their impact. */
  private record DrivingList(int term, int tier, double impact) {}

  /** The driving term's posting lists, heaviest impact first. */
  private List<DrivingList> drivingLists() {
    QueryTerm driving = terms[driver];
    List<DrivingList> lists = new ArrayList<>();
    for (int term = driving.from; term < driving.to; term++) {
      for (int tier = 0; tier < Scoring.TIERS; tier++) {
        if (index.postings.start(term, tier) < index.postings.end(term, tier)) {
          lists.add(new DrivingList(term, tier,
              Scoring.impact(Scoring.tierWeight(tier), term == driving.exact, driving.idf)));
        }
      }
    }
    lists.sort(new ByImpactDescending());
    return lists;
  }

  private List<SearchIndex.Hit> collect() {
    List<DrivingList> lists = drivingLists();
    TieredPostings postings = index.postings;
    int firstDocument = index.firstOf(typeAllowed);
    int endDocument = index.endOf(typeAllowed);
    for (int g = 0, h; g < lists.size(); g = h) {
      double impact = lists.get(g).impact();
      for (h = g; h < lists.size() && lists.get(h).impact() == impact; h++) {
        // the lists of one group
      }
      double groupBound = Scoring.rounded(bound(impact) * BOUND_MARGIN);
      if (top.allAbove(groupBound)) {
        break;
      }
      PostingMerge merge = new PostingMerge(postings, h - g);
      for (int i = g; i < h; i++) {
        int start = postings.start(lists.get(i).term(), lists.get(i).tier());
        int end = postings.end(lists.get(i).term(), lists.get(i).tier());
        merge.add(postings.seek(start, end, firstDocument), postings.seek(start, end, endDocument));
      }
      int previous = -1;
      for (int doc = merge.next(); doc >= 0; doc = merge.next()) {
        if (doc == previous) {
          continue;
        }
        previous = doc;
        if (top.excludes(groupBound, doc)) {
          break;
        }
        if (typeAllowed[index.typeOf[doc]] && allowed.test(index.externalOf[doc])) {
          evaluate(doc, impact);
        }
      }
    }
    return hits();
  }

  /** Records {@link #lists} for every other term from its postings. */
  private void recordLists() {
    TieredPostings postings = index.postings;
    for (int t : others) {
      QueryTerm term = terms[t];
      double[] impactOf = new double[2 * Scoring.TIERS];
      for (int code = 0; code < impactOf.length; code++) {
        impactOf[code] = Scoring.impact(Scoring.tierWeight(code >> 1), (code & 1) == 0, term.idf);
      }
      byte[] best = new byte[index.size()];
      Arrays.fill(best, (byte) ABSENT);
      for (int u = term.from; u < term.to; u++) {
        int longer = u == term.exact ? 0 : 1;
        for (int tier = 0; tier < Scoring.TIERS; tier++) {
          int code = tier * 2 + longer;
          for (int at = postings.start(u, tier); at < postings.end(u, tier); at++) {
            int doc = postings.document(at);
            int old = best[doc] & 0xFF;
            if (old == ABSENT || impactOf[old] < impactOf[code]) {
              best[doc] = (byte) code;
            }
          }
        }
      }
      lists[t] = best;
      listImpacts[t] = impactOf;
    }
  }

  /** The most a document can score when the driving term adds {@code drivingImpact}. */
  private double bound(double drivingImpact) {
    double total = 0;
    for (int t = 0; t < terms.length; t++) {
      total += t == driver ? drivingImpact : terms[t].maxImpact;
    }
    return total * Scoring.ONE_LANGUAGE_BONUS;
  }

  /** Scores {@code doc}, a candidate of the group of {@code groupImpact}, and offers it. */
  private void evaluate(int doc, double groupImpact) {
    if (others.length > 0 && ++checks == CHECKS_BEFORE_BOUNDS) {
      recordLists();
    }
    if (checks >= CHECKS_BEFORE_BOUNDS && others.length > 0) {
      double bound = 0;
      for (int t = 0; t < terms.length; t++) {
        if (t == driver) {
          bound += groupImpact;
        } else {
          int code = lists[t][doc] & 0xFF;
          if (code == ABSENT) {
            return;
          }
          bound += listImpacts[t][code];
        }
      }
      if (top.excludes(Scoring.rounded(bound * Scoring.ONE_LANGUAGE_BONUS * BOUND_MARGIN), doc)) {
        return;
      }
    }
    Arrays.fill(impacts, 0);
    match(doc, driver);
    if (drivingListImpact != groupImpact) {
      return; // scored with the earlier group of its heavier list
    }
    for (int t : others) {
      if (!match(doc, t)) {
        return;
      }
    }
    double total = 0;
    for (int t = 0; t < terms.length; t++) {
      total += best(t);
    }
    int language = 0;
    double languageScore = -1;
    boolean coversAll = false;
    for (int lang = 0; lang < LANGUAGES; lang++) {
      double score = 0;
      boolean covers = true;
      for (int t = 0; t < terms.length; t++) {
        score += impacts[t * LANGUAGES + lang];
        covers &= impacts[t * LANGUAGES + lang] > 0;
      }
      // Prefer a language that matches every term, then the higher score; ties go to ca, es, en.
      if ((covers && !coversAll) || (covers == coversAll && score > languageScore)) {
        language = lang;
        languageScore = score;
        coversAll = covers;
      }
    }
    top.offer(Scoring.rounded(coversAll ? total * Scoring.ONE_LANGUAGE_BONUS : total), doc, language);
  }

  /**
   * Records the impacts of term {@code t} in {@code doc}; false when the document lacks it. For the
   * driving term, also the impact of the heaviest of its lists that holds the document.
   */
  private boolean match(int doc, int t) {
    QueryTerm term = terms[t];
    DocumentTerms forward = index.forward;
    int end = forward.end(doc);
    boolean found = false;
    drivingListImpact = 0;
    for (int at = forward.seek(doc, term.from); at < end && forward.term(at) < term.to; at++) {
      boolean exact = forward.term(at) == term.exact;
      int heaviest = 0;
      for (int lang = 0; lang < LANGUAGES; lang++) {
        int level = forward.level(at, lang);
        if (level > 0) {
          heaviest = Math.max(heaviest, level);
          double impact = Scoring.impact(Scoring.weight(level), exact, term.idf);
          int slot = t * LANGUAGES + lang;
          if (impact > impacts[slot]) {
            impacts[slot] = impact;
          }
        }
      }
      if (t == driver) {
        drivingListImpact = Math.max(drivingListImpact,
            Scoring.impact(Scoring.tierWeight(Scoring.tier(heaviest)), exact, term.idf));
      }
      found = true;
    }
    return found;
  }

  private double best(int t) {
    double best = 0;
    for (int lang = 0; lang < LANGUAGES; lang++) {
      best = Math.max(best, impacts[t * LANGUAGES + lang]);
    }
    return best;
  }

  private List<SearchIndex.Hit> hits() {
    List<SearchIndex.Hit> hits = new ArrayList<>(top.size());
    for (int at : top.bestFirst()) {
      SearchDocument doc = index.documents.get(index.externalOf[top.document(at)]);
      hits.add(new SearchIndex.Hit(doc, top.score(at), LANGUAGE_VALUES[top.language(at)]));
    }
    return List.copyOf(hits);
  }
}
