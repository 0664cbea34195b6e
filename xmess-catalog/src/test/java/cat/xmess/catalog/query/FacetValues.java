package cat.xmess.catalog.query;

import cat.xmess.catalog.Facet;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.model.Catalog;
import cat.xmess.model.Initiative;
import cat.xmess.model.MemberBody;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facet values of an initiative, computed straight from the model as the {@link Facet} and
 * {@link InitiativeQuery} documentation describes them, for comparison with the SDK's index (public
 * for the tests of the package-private index itself).
 */
public final class FacetValues {
  private final Catalog catalog;
  private final Map<String, MemberBody> bodies;

  /** Resolves member bodies in {@code catalog}. */
  public FacetValues(Catalog catalog) {
    this.catalog = catalog;
    this.bodies = catalog.memberBodies().stream()
        .collect(Collectors.toMap(MemberBody::id, Function.identity()));
  }

  /** The distinct values of {@code facet} for {@code it}. */
  public Set<String> of(Facet facet, Initiative it) {
    Set<String> values = new LinkedHashSet<>();
    switch (facet) {
      case POLICY_CATEGORY -> values.add(it.category());
      case POLICY_INSTRUMENT -> values.addAll(it.instruments());
      case ADMINISTRATION_ROLE -> values.addAll(it.roles());
      case THEME -> values.addAll(it.themes());
      case TARGET_GROUP -> values.addAll(it.targetGroups());
      case SDG -> values.addAll(it.sdgs());
      case MEMBER_BODY -> values.addAll(participants(it));
      case COMARCA -> participants(it).stream().map(bodies::get).filter(Objects::nonNull)
          .filter(b -> b.comarca() != null).forEach(b -> values.add(b.comarca().code()));
      case PROVINCE -> participants(it).stream().map(bodies::get).filter(Objects::nonNull)
          .forEach(b -> values.add(b.province().code()));
      case YEAR -> {
        if (it.yearStart() != null) {
          values.add(String.valueOf(it.yearStart()));
        }
      }
      case CONFIDENCE -> values.add(it.confidence().code());
    }
    return values;
  }

  /** Lead member body first, then the co-participants. */
  private static List<String> participants(Initiative it) {
    List<String> ids = new ArrayList<>();
    if (it.memberBody() != null) {
      ids.add(it.memberBody());
    }
    ids.addAll(it.coMemberBodies());
    return ids;
  }

  /** Every value of {@code facet} that some initiative has, sorted. */
  Set<String> present(Facet facet) {
    Set<String> all = new TreeSet<>();
    catalog.initiatives().forEach(it -> all.addAll(of(facet, it)));
    return all;
  }

  /** The initiatives with value {@code value} of {@code facet}, in catalog order (a plain stream). */
  List<Initiative> having(Facet facet, String value) {
    return catalog.initiatives().stream().filter(it -> of(facet, it).contains(value)).toList();
  }

  /** Whether {@code it} passes {@code query}: any value within a facet, every facet, the year range. */
  public boolean passes(InitiativeQuery query, Initiative it) {
    for (Map.Entry<Facet, Set<String>> filter : query.filters().entrySet()) {
      if (of(filter.getKey(), it).stream().noneMatch(filter.getValue()::contains)) {
        return false;
      }
    }
    Integer year = it.yearStart();
    if (query.yearFrom() != null && (year == null || year < query.yearFrom())) {
      return false;
    }
    return query.yearTo() == null || (year != null && year <= query.yearTo());
  }

  /** The initiatives passing {@code query}, in catalog order. */
  List<Initiative> passing(InitiativeQuery query) {
    return catalog.initiatives().stream().filter(it -> passes(query, it)).toList();
  }
}
