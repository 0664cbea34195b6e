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
 * Filters and facet counts over the initiatives, by posting lists: for each facet value, the sorted
 * positions of the initiatives that have it. A filter becomes a union of lists per facet (values are
 * alternatives) intersected across facets, so it costs in proportion to the matches, not to the
 * catalog.
 *
 * <p>Every value of every facet is numbered once (facet by facet: the values of facet {@code f} are
 * {@code facetStart[f]} to {@code facetStart[f + 1] - 1}), and the numbers of each initiative's
 * values, all facets together, sit in one flat column. Counting the facets of a result is then one
 * pass over its matching positions that adds 1 to an {@code int} per value number: no map, no
 * boxing, and the column is read almost sequentially.
 */
final class FacetIndex {
  private static final Facet[] FACETS = Facet.values();
  private static final int NO_YEAR = Integer.MIN_VALUE;

  private final List<Initiative> initiatives;
  private final int size;
  /** Start years, {@link #NO_YEAR} for none. */
  private final int[] years;
  /** Per facet: value to the positions of the initiatives that have it. */
  private final EnumMap<Facet, Map<String, int[]>> postings = new EnumMap<>(Facet.class);
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
    this.years = new int[size];
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
      years[i] = initiative.yearStart() == null ? NO_YEAR : initiative.yearStart();
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
    for (int f = 0; f < FACETS.length; f++) {
      Map<String, Integer> numberOf = new HashMap<>();
      Map<String, int[]> frozen = new HashMap<>();
      for (Map.Entry<String, IntList> entry : lists.get(f).entrySet()) {
        int number = facetStart[f] + entry.getValue().local;
        names[number] = entry.getKey();
        labels[number] = labelOf.apply(FACETS[f], entry.getKey());
        numberOf.put(entry.getKey(), number);
        frozen.put(entry.getKey(), entry.getValue().toArray());
      }
      String[] sorted = Arrays.copyOfRange(names, facetStart[f], facetStart[f + 1]);
      Arrays.sort(sorted);
      for (int r = 0; r < sorted.length; r++) {
        int number = Objects.requireNonNull(numberOf.get(sorted[r]), "every name was numbered");
        nameRanks[number] = r;
        byName[facetStart[f] + r] = number;
      }
      numbers.put(FACETS[f], numberOf);
      postings.put(FACETS[f], frozen);
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
      long[] any = new long[(size + 63) >>> 6];
      Map<String, int[]> byValue = Objects.requireNonNull(postings.get(filter.getKey()), "every facet has postings");
      for (String value : filter.getValue()) {
        int[] list = byValue.get(value);
        if (list != null) {
          for (int position : list) {
            any[position >>> 6] |= 1L << position;
          }
        }
      }
      if (result == null) {
        result = any;
      } else {
        for (int w = 0; w < result.length; w++) {
          result[w] &= any[w];
        }
      }
    }
    if (result == null) {
      result = new long[(size + 63) >>> 6];
      Arrays.fill(result, -1L);
      if ((size & 63) != 0) {
        result[result.length - 1] = (1L << size) - 1;
      }
    }
    if (query.yearFrom() != null || query.yearTo() != null) {
      int from = query.yearFrom() == null ? Integer.MIN_VALUE + 1 : query.yearFrom();
      int to = query.yearTo() == null ? Integer.MAX_VALUE : query.yearTo();
      for (int w = 0; w < result.length; w++) {
        for (long bits = result[w]; bits != 0; bits &= bits - 1) {
          int i = (w << 6) + Long.numberOfTrailingZeros(bits);
          int year = years[i];
          if (year == NO_YEAR || year < from || year > to) {
            result[w] &= ~(1L << i);
          }
        }
      }
    }
    return result;
  }

  /**
   * The same answer as {@link #matching}, one position at a time: a search tests only its few
   * candidates, so it need not build a set over the whole catalog for every query. Costs, per
   * query, a word per value number: the bit of each filtered facet that the value satisfies.
   */
  IntPredicate passing(InitiativeQuery query) {
    int[] wanted = new int[names.length];
    int required = 0;
    int bit = 0;
    for (Map.Entry<Facet, Set<String>> filter : query.filters().entrySet()) {
      int flag = 1 << bit++;
      required |= flag;
      Map<String, Integer> numberOf = Objects.requireNonNull(numbers.get(filter.getKey()), "every facet is numbered");
      for (String value : filter.getValue()) {
        Integer number = numberOf.get(value);
        if (number != null) {
          wanted[number] |= flag;
        }
      }
    }
    int need = required;
    Integer fromYear = query.yearFrom();
    Integer toYear = query.yearTo();
    boolean yearFilter = fromYear != null || toYear != null;
    int from = fromYear == null ? Integer.MIN_VALUE + 1 : fromYear;
    int to = toYear == null ? Integer.MAX_VALUE : toYear;
    return position -> {
      if (position >= size) {
        return false; // not an initiative
      }
      if (need != 0) {
        int met = 0;
        for (int k = starts[position]; k < starts[position + 1]; k++) {
          met |= wanted[values[k]];
        }
        if (met != need) {
          return false;
        }
      }
      if (yearFilter) {
        int year = years[position];
        return year != NO_YEAR && year >= from && year <= to;
      }
      return true;
    };
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
    long[] words = matchingWords(query);
    int[] perValue = new int[names.length];
    int total = 0;
    for (int w = 0; w < words.length; w++) {
      for (long bits = words[w]; bits != 0; bits &= bits - 1) {
        int i = (w << 6) + Long.numberOfTrailingZeros(bits);
        total++;
        for (int k = starts[i], end = starts[i + 1]; k < end; k++) {
          perValue[values[k]]++;
        }
      }
    }
    Map<Facet, List<FacetValue>> counts = new EnumMap<>(Facet.class);
    for (int f = 0; f < FACETS.length; f++) {
      counts.put(FACETS[f], byCountThenValue(f, perValue));
    }
    return new FacetCounts(total, counts);
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
