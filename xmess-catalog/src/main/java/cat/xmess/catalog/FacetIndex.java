package cat.xmess.catalog;

import cat.xmess.model.Initiative;
import cat.xmess.model.MemberBody;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import cat.xmess.model.LocalizedText;
import java.util.function.BiFunction;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Filters and facet counts over the initiatives, by the set of initiatives of each facet value: a
 * bit set over the positions when the value is common, else the sorted list of its positions,
 * whichever is smaller (a value held by a few percent of the initiatives or more is a bit set). A
 * filter becomes a union of sets per facet (values are alternatives) intersected across facets, a
 * bit set of its matches: a common value costs a pass over the words of its set (one word per 64
 * initiatives), a rare one a pass over its positions. A search tests its candidates against that
 * bit set, a read of one word each.
 *
 * <p>Every value of every facet is numbered once (facet by facet: the values of facet {@code f} are
 * {@code facetStart[f]} to {@code facetStart[f + 1] - 1}), and the numbers of each initiative's
 * values, all facets together, sit in one flat column. The facets of a result are counted in an
 * {@code int} per value number (no map, no boxing), whichever way reads less: a few matches add 1
 * per value of theirs in the column, read almost sequentially; many matches (a category may hold a
 * quarter of the catalog) are counted per value instead, as the matches in its set, 64 initiatives
 * to a {@code popcount} for a bit set, whose cost does not grow with the matches.
 */
final class FacetIndex {
  private static final Facet[] FACETS = Facet.values();

  private final List<Initiative> initiatives;
  private final int size;
  /** Words of a bit set over the initiatives' positions. */
  private final int words;
  /** Per value number, the bit set of the initiatives that have it, or null where {@link #positions} lists them. */
  private final long[][] sets;
  /** Per value number, the positions of the initiatives that have it, or null where {@link #sets} holds them. */
  private final int[][] positions;
  /** The array reads of {@link #countBySets}: a word per bit set, a position per list. */
  private final long setsScan;
  /** Per value number of the year facet (from its first), the year. */
  private final int[] yearOf;
  /** Per facet: value to its number. */
  private final EnumMap<Facet, Map<String, Integer>> numbers = new EnumMap<>(Facet.class);
  /** Each value's name, by number. */
  private final String[] names;
  /** Each value's label, by number: looked up once here, not on every count. */
  private final LocalizedText[] labels;
  /** Each value's rank by name within its facet, by number (the tie-break of the counts' order). */
  private final int[] nameRanks;
  /** The first number of each facet's values; one more entry, the number of values. */
  private final int[] facetStart;
  /** Within each facet's range, the value numbers in order of name: the inverse of {@link #nameRanks}. */
  private final int[] byName;
  /** The numbers of initiative {@code i}'s values are {@code values[starts[i]]} to {@code values[starts[i + 1] - 1]}. */
  private final int[] starts;
  private final int[] values;

  /**
   * Indexes {@code initiatives}; {@code members} resolves their member bodies (null when unknown)
   * and {@code labelOf} gives each facet value its label.
   */
  FacetIndex(List<Initiative> initiatives, Function<String, MemberBody> members,
      BiFunction<Facet, String, LocalizedText> labelOf) {
    this.initiatives = List.copyOf(initiatives);
    this.size = initiatives.size();
    this.words = (size + 63) >>> 6;
    // Per facet: values in order of first appearance, and their lists of positions.
    List<Map<String, IntList>> lists = new ArrayList<>();
    for (int f = 0; f < FACETS.length; f++) {
      lists.add(new LinkedHashMap<>());
    }
    // Per initiative and facet, the local number of each distinct value; renumbered globally below.
    IntList facetLocal = new IntList();
    int[] perFacetStarts = new int[size * FACETS.length + 1];
    for (int i = 0; i < size; i++) {
      Initiative initiative = initiatives.get(i);
      InitiativeFacets facets = new InitiativeFacets(initiative, members);
      for (int f = 0; f < FACETS.length; f++) {
        Map<String, IntList> byValue = lists.get(f);
        List<String> own = facets.values(FACETS[f]);
        for (int v = 0; v < own.size(); v++) {
          String value = own.get(v);
          if (own.indexOf(value) != v) {
            continue; // a repeated value counts once
          }
          IntList list = byValue.get(value);
          if (list == null) {
            list = new IntList();
            list.local = byValue.size();
            byValue.put(value, list);
          }
          list.add(i);
          facetLocal.add(list.local);
        }
        perFacetStarts[i * FACETS.length + f + 1] = facetLocal.size;
      }
    }
    facetStart = new int[FACETS.length + 1];
    for (int f = 0; f < FACETS.length; f++) {
      facetStart[f + 1] = facetStart[f] + lists.get(f).size();
    }
    int count = facetStart[FACETS.length];
    names = new String[count];
    labels = new LocalizedText[count];
    nameRanks = new int[count];
    byName = new int[count];
    sets = new long[count][];
    positions = new int[count][];
    for (int f = 0; f < FACETS.length; f++) {
      Map<String, Integer> numberOf = new HashMap<>();
      for (Map.Entry<String, IntList> entry : lists.get(f).entrySet()) {
        int number = facetStart[f] + entry.getValue().local;
        IntList holders = entry.getValue();
        names[number] = entry.getKey();
        labels[number] = labelOf.apply(FACETS[f], entry.getKey());
        numberOf.put(entry.getKey(), number);
        if (holders.size >= 2 * words) { // a position takes an int, a bit set two ints per 64 positions
          long[] set = new long[words];
          for (int k = 0; k < holders.size; k++) {
            set[holders.items[k] >>> 6] |= 1L << holders.items[k];
          }
          sets[number] = set;
        } else {
          positions[number] = holders.toArray();
        }
      }
      String[] sorted = Arrays.copyOfRange(names, facetStart[f], facetStart[f + 1]);
      Arrays.sort(sorted);
      for (int r = 0; r < sorted.length; r++) {
        int number = Objects.requireNonNull(numberOf.get(sorted[r]), "every name was numbered");
        nameRanks[number] = r;
        byName[facetStart[f] + r] = number;
      }
      numbers.put(FACETS[f], numberOf);
    }
    long scan = 0;
    for (int v = 0; v < count; v++) {
      scan += sets[v] != null ? words : Objects.requireNonNull(positions[v], "listed").length;
    }
    setsScan = scan;
    int firstYear = facetStart[Facet.YEAR.ordinal()];
    yearOf = new int[facetStart[Facet.YEAR.ordinal() + 1] - firstYear];
    for (int y = 0; y < yearOf.length; y++) {
      yearOf[y] = Integer.parseInt(names[firstYear + y]); // the year facet's values are start years as text
    }
    starts = new int[size + 1];
    values = new int[facetLocal.size];
    int[] local = facetLocal.items;
    for (int i = 0; i < size; i++) {
      for (int f = 0; f < FACETS.length; f++) {
        for (int k = perFacetStarts[i * FACETS.length + f]; k < perFacetStarts[i * FACETS.length + f + 1]; k++) {
          values[k] = facetStart[f] + local[k];
        }
      }
      starts[i + 1] = perFacetStarts[(i + 1) * FACETS.length];
    }
  }

  /** Positions of the initiatives passing {@code query}. */
  BitSet matching(InitiativeQuery query) {
    return BitSet.valueOf(matchingWords(query));
  }

  /** Positions of the initiatives passing {@code query}, as the words of a bit set. */
  private long[] matchingWords(InitiativeQuery query) {
    long[] result = null;
    for (Map.Entry<Facet, Set<String>> filter : query.filters().entrySet()) {
      long[] any = new long[words];
      Map<String, Integer> numberOf = Objects.requireNonNull(numbers.get(filter.getKey()), "every facet is numbered");
      for (String value : filter.getValue()) {
        Integer number = numberOf.get(value);
        if (number != null) {
          addHolders(number, any);
        }
      }
      result = result == null ? any : and(result, any);
    }
    if (query.yearFrom() != null || query.yearTo() != null) {
      // The start years in range are values of the year facet: the filter is their union.
      int from = query.yearFrom() == null ? Integer.MIN_VALUE : query.yearFrom();
      int to = query.yearTo() == null ? Integer.MAX_VALUE : query.yearTo();
      long[] inRange = new long[words];
      for (int y = 0; y < yearOf.length; y++) {
        if (yearOf[y] >= from && yearOf[y] <= to) {
          addHolders(facetStart[Facet.YEAR.ordinal()] + y, inRange);
        }
      }
      result = result == null ? inRange : and(result, inRange);
    }
    if (result == null) {
      result = new long[words];
      Arrays.fill(result, -1L);
      if ((size & 63) != 0) {
        result[words - 1] = (1L << size) - 1;
      }
    }
    return result;
  }

  /** Adds the initiatives that have value {@code number} to the bit set {@code into}. */
  private void addHolders(int number, long[] into) {
    long[] set = sets[number];
    if (set != null) {
      for (int w = 0; w < words; w++) {
        into[w] |= set[w];
      }
    } else {
      for (int position : Objects.requireNonNull(positions[number], "a value without a set lists its positions")) {
        into[position >>> 6] |= 1L << position;
      }
    }
  }

  /** {@code result} intersected with {@code other}, in place. */
  private static long[] and(long[] result, long[] other) {
    for (int w = 0; w < result.length; w++) {
      result[w] &= other[w];
    }
    return result;
  }

  /**
   * The same answer as {@link #matching}, one position at a time, for a search to test its
   * candidates: a read of one word each, in a bit set of one bit per initiative built once per query.
   */
  IntPredicate passing(InitiativeQuery query) {
    return new Passing(matchingWords(query));
  }

  /** Tests a position in the bit set of a filter's matches; a named class, for a fresh JVM's first search. */
  private static final class Passing implements IntPredicate {
    private final long[] matches;

    Passing(long[] matches) {
      this.matches = matches;
    }

    @Override
    public boolean test(int position) {
      int word = position >>> 6; // documents past the initiatives are other records: never in the set
      return word < matches.length && (matches[word] & (1L << position)) != 0;
    }
  }

  /** Initiatives passing {@code query}, in catalog order. */
  List<Initiative> select(InitiativeQuery query) {
    long[] words = matchingWords(query);
    List<Initiative> result = new ArrayList<>(cardinality(words));
    for (int w = 0; w < words.length; w++) {
      for (long bits = words[w]; bits != 0; bits &= bits - 1) {
        result.add(initiatives.get((w << 6) + Long.numberOfTrailingZeros(bits)));
      }
    }
    return Collections.unmodifiableList(result);
  }

  /** Facet counts of the initiatives passing {@code query}, each facet by count then value. */
  FacetCounts count(InitiativeQuery query) {
    long[] matches = matchingWords(query);
    int total = cardinality(matches);
    // Two ways to the same counts, priced in array reads: the matches' values in the column (about
    // total * values.length / size of them), or every value's set against the matches (setsScan,
    // whatever the matches; sequential reads, so the cheaper of the two when their numbers are near).
    return count(matches, total, (long) total * values.length > (long) size * setsScan);
  }

  /** {@link #count(InitiativeQuery)} the one way or the other, for the tests: the answer is the same. */
  FacetCounts count(InitiativeQuery query, boolean bySets) {
    long[] matches = matchingWords(query);
    return count(matches, cardinality(matches), bySets);
  }

  private FacetCounts count(long[] matches, int total, boolean bySets) {
    int[] perValue = bySets ? countBySets(matches) : countByColumn(matches);
    Map<Facet, List<FacetValue>> counts = new EnumMap<>(Facet.class);
    for (int f = 0; f < FACETS.length; f++) {
      counts.put(FACETS[f], byCountThenValue(f, perValue));
    }
    return new FacetCounts(total, counts);
  }

  /** Per value number, how many of {@code matches} have it: a pass over the matches' values in the column. */
  private int[] countByColumn(long[] matches) {
    int[] perValue = new int[names.length];
    for (int w = 0; w < matches.length; w++) {
      for (long bits = matches[w]; bits != 0; bits &= bits - 1) {
        int i = (w << 6) + Long.numberOfTrailingZeros(bits);
        for (int k = starts[i], end = starts[i + 1]; k < end; k++) {
          perValue[values[k]]++;
        }
      }
    }
    return perValue;
  }

  /**
   * Per value number, how many of {@code matches} have it: each value's set intersected with the
   * matches, a word (64 initiatives) at a time for a bit set, a position at a time for a list.
   */
  private int[] countBySets(long[] matches) {
    int[] perValue = new int[names.length];
    for (int v = 0; v < perValue.length; v++) {
      long[] set = sets[v];
      int count = 0;
      if (set != null) {
        for (int w = 0; w < words; w++) {
          count += Long.bitCount(set[w] & matches[w]);
        }
      } else {
        for (int position : Objects.requireNonNull(positions[v], "a value without a set lists its positions")) {
          count += (int) (matches[position >>> 6] >>> position) & 1;
        }
      }
      perValue[v] = count;
    }
    return perValue;
  }

  /**
   * One facet's counted values, by descending count then by value: each present value is sorted as
   * one {@code long} (count complemented in the high half, its name's rank in the low half).
   */
  private List<FacetValue> byCountThenValue(int facet, int[] perValue) {
    long[] keys = new long[facetStart[facet + 1] - facetStart[facet]];
    int present = 0;
    for (int v = facetStart[facet]; v < facetStart[facet + 1]; v++) {
      if (perValue[v] > 0) {
        keys[present++] = ((long) (Integer.MAX_VALUE - perValue[v]) << 32) | v;
      }
    }
    for (int p = 0; p < present; p++) {
      int v = (int) keys[p];
      keys[p] = (keys[p] & 0xFFFF_FFFF_0000_0000L) | nameRanks[v];
    }
    Arrays.sort(keys, 0, present);
    List<FacetValue> ordered = new ArrayList<>(present);
    for (int p = 0; p < present; p++) {
      int v = byName[facetStart[facet] + (int) keys[p]];
      ordered.add(new FacetValue(names[v], labels[v], perValue[v]));
    }
    return ordered;
  }

  private static int cardinality(long[] words) {
    int count = 0;
    for (long word : words) {
      count += Long.bitCount(word);
    }
    return count;
  }

  /** A growable list of ints, with the local number of the value it lists. */
  private static final class IntList {
    private int[] items = new int[8];
    private int size;
    private int local;

    void add(int item) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = item;
    }

    int[] toArray() {
      return Arrays.copyOf(items, size);
    }
  }
}
