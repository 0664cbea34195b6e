package cat.xmess.catalog.internal.index;

import cat.xmess.catalog.Facet;
import cat.xmess.catalog.FacetCounts;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.model.Initiative;
import cat.xmess.model.MemberBody;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Filters and facet counts over the initiatives, by posting lists: for each facet value, the sorted
 * positions of the initiatives that have it. A filter becomes a union of lists per facet (values are
 * alternatives) intersected across facets, so it costs in proportion to the matches, not to the
 * catalog; a facet count adds up small integer value ids per matching initiative.
 */
final class FacetIndex {
  private static final Facet[] FACETS = Facet.values();

  private final List<Initiative> initiatives;
  private final Integer[] years;
  /** Per facet: value to the positions of the initiatives that have it. */
  private final EnumMap<Facet, Map<String, int[]>> postings = new EnumMap<>(Facet.class);
  /** Per facet: the distinct values, numbered. */
  private final EnumMap<Facet, List<String>> valueNames = new EnumMap<>(Facet.class);
  /** Per facet: the ids of each initiative's distinct values. */
  private final EnumMap<Facet, ValueColumn> valueIds = new EnumMap<>(Facet.class);

  /**
   * The value ids of every initiative for one facet, in one array: those of initiative {@code i}
   * are {@code values[starts[i]]} to {@code values[starts[i + 1] - 1]}. Counting facets walks the
   * matches in order, so one flat array is read almost sequentially where an array per initiative
   * was a cache miss each (and a 16-byte header each, per facet, per initiative).
   */
  private record ValueColumn(int[] starts, int[] values) {
    boolean hasAny(int initiative, boolean[] wanted) {
      for (int k = starts[initiative]; k < starts[initiative + 1]; k++) {
        if (wanted[values[k]]) {
          return true;
        }
      }
      return false;
    }

    void count(int initiative, int[] perValue) {
      for (int k = starts[initiative]; k < starts[initiative + 1]; k++) {
        perValue[values[k]]++;
      }
    }
  }

  FacetIndex(List<Initiative> initiatives, Function<String, MemberBody> members) {
    this.initiatives = List.copyOf(initiatives);
    this.years = new Integer[initiatives.size()];
    Map<Facet, Map<String, Integer>> ids = new EnumMap<>(Facet.class);
    Map<Facet, Map<String, IntList>> lists = new EnumMap<>(Facet.class);
    Map<Facet, IntList> columns = new EnumMap<>(Facet.class);
    Map<Facet, int[]> starts = new EnumMap<>(Facet.class);
    for (Facet facet : FACETS) {
      ids.put(facet, new HashMap<>());
      lists.put(facet, new LinkedHashMap<>());
      valueNames.put(facet, new ArrayList<>());
      columns.put(facet, new IntList());
      starts.put(facet, new int[initiatives.size() + 1]);
    }
    for (int i = 0; i < initiatives.size(); i++) {
      InitiativeFacets facets = new InitiativeFacets(initiatives.get(i), members);
      years[i] = initiatives.get(i).yearStart();
      for (Facet facet : FACETS) {
        IntList column = columns.get(facet);
        for (String value : facets.values(facet).stream().distinct().toList()) {
          List<String> names = valueNames.get(facet);
          column.add(ids.get(facet).computeIfAbsent(value, k -> {
            names.add(k);
            return names.size() - 1;
          }));
          lists.get(facet).computeIfAbsent(value, k -> new IntList()).add(i);
        }
        starts.get(facet)[i + 1] = column.size;
      }
    }
    columns.forEach((facet, column) ->
        valueIds.put(facet, new ValueColumn(starts.get(facet), column.toArray())));
    lists.forEach((facet, byValue) -> {
      Map<String, int[]> frozen = new HashMap<>();
      byValue.forEach((value, list) -> frozen.put(value, list.toArray()));
      postings.put(facet, frozen);
    });
  }

  /** Positions of the initiatives passing {@code query}. */
  BitSet matching(InitiativeQuery query) {
    BitSet result = new BitSet(initiatives.size());
    result.set(0, initiatives.size());
    for (Map.Entry<Facet, Set<String>> filter : query.filters().entrySet()) {
      BitSet any = new BitSet(initiatives.size());
      Map<String, int[]> byValue = postings.get(filter.getKey());
      for (String value : filter.getValue()) {
        int[] list = byValue.get(value);
        if (list != null) {
          for (int position : list) {
            any.set(position);
          }
        }
      }
      result.and(any);
    }
    if (query.yearFrom() != null || query.yearTo() != null) {
      for (int i = result.nextSetBit(0); i >= 0; i = result.nextSetBit(i + 1)) {
        Integer year = years[i];
        if (year == null
            || (query.yearFrom() != null && year < query.yearFrom())
            || (query.yearTo() != null && year > query.yearTo())) {
          result.clear(i);
        }
      }
    }
    return result;
  }

  /**
   * The same answer as {@link #matching}, one position at a time: a search tests only its few
   * candidates, so it need not build a set over the whole catalog for every query. Costs, per
   * query, a flag per distinct value of each filtered facet.
   */
  IntPredicate passing(InitiativeQuery query) {
    List<ValueColumn> facetValues = new ArrayList<>();
    List<boolean[]> wanted = new ArrayList<>();
    for (Map.Entry<Facet, Set<String>> filter : query.filters().entrySet()) {
      List<String> names = valueNames.get(filter.getKey());
      boolean[] flags = new boolean[names.size()];
      for (int v = 0; v < flags.length; v++) {
        flags[v] = filter.getValue().contains(names.get(v));
      }
      facetValues.add(valueIds.get(filter.getKey()));
      wanted.add(flags);
    }
    Integer from = query.yearFrom();
    Integer to = query.yearTo();
    return position -> {
      if (position >= years.length) {
        return false; // not an initiative
      }
      for (int f = 0; f < wanted.size(); f++) {
        if (!facetValues.get(f).hasAny(position, wanted.get(f))) {
          return false;
        }
      }
      if (from != null || to != null) {
        Integer year = years[position];
        return year != null && (from == null || year >= from) && (to == null || year <= to);
      }
      return true;
    };
  }

  /** Initiatives passing {@code query}, in catalog order. */
  List<Initiative> select(InitiativeQuery query) {
    BitSet matching = matching(query);
    List<Initiative> result = new ArrayList<>(matching.cardinality());
    for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
      result.add(initiatives.get(i));
    }
    return Collections.unmodifiableList(result);
  }

  /** Facet counts of the initiatives passing {@code query}, each facet by count then value. */
  FacetCounts count(InitiativeQuery query) {
    BitSet matching = matching(query);
    Map<Facet, Map<String, Integer>> counts = new EnumMap<>(Facet.class);
    for (Facet facet : FACETS) {
      ValueColumn column = valueIds.get(facet);
      int[] perValue = new int[valueNames.get(facet).size()];
      for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
        column.count(i, perValue);
      }
      counts.put(facet, byCountThenValue(valueNames.get(facet), perValue));
    }
    return new FacetCounts(matching.cardinality(), counts);
  }

  private static Map<String, Integer> byCountThenValue(List<String> names, int[] perValue) {
    List<Integer> present = new ArrayList<>();
    for (int v = 0; v < perValue.length; v++) {
      if (perValue[v] > 0) {
        present.add(v);
      }
    }
    present.sort((a, b) -> perValue[a] != perValue[b]
        ? Integer.compare(perValue[b], perValue[a])
        : names.get(a).compareTo(names.get(b)));
    Map<String, Integer> ordered = new LinkedHashMap<>();
    present.forEach(v -> ordered.put(names.get(v), perValue[v]));
    return ordered;
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] items = new int[8];
    private int size;

    void add(int item) {
      if (size == items.length) {
        items = java.util.Arrays.copyOf(items, size * 2);
      }
      items[size++] = item;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(items, size);
    }
  }
}
