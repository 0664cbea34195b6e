package cat.xmess.catalog.internal.index;

import cat.xmess.catalog.Facet;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.model.Initiative;
import cat.xmess.model.MemberBody;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The facet values of one initiative, computed once at load: codes as they are, and the comarca
 * and province of every participating member body, so filtering never looks anything up.
 */
final class InitiativeFacets {
  private final Initiative initiative;
  private final EnumMap<Facet, List<String>> values = new EnumMap<>(Facet.class);

  InitiativeFacets(Initiative initiative, Function<String, MemberBody> members) {
    this.initiative = initiative;
    values.put(Facet.CATEGORY, List.of(initiative.category()));
    values.put(Facet.INSTRUMENT, initiative.instruments());
    values.put(Facet.ROLE, initiative.roles());
    values.put(Facet.THEME, initiative.themes());
    values.put(Facet.TARGET_GROUP, initiative.targetGroups());
    values.put(Facet.SDG, initiative.sdgs());
    List<String> bodies = initiative.allMemberBodies();
    values.put(Facet.MEMBER_BODY, bodies);
    Set<String> comarques = new LinkedHashSet<>();
    Set<String> provinces = new LinkedHashSet<>();
    for (String id : bodies) {
      MemberBody body = members.apply(id);
      if (body != null && body.comarca() != null) {
        comarques.add(body.comarca().code());
      }
      if (body != null && body.province() != null) {
        provinces.add(body.province().code());
      }
    }
    values.put(Facet.COMARCA, List.copyOf(comarques));
    values.put(Facet.PROVINCE, List.copyOf(provinces));
    values.put(Facet.YEAR,
        initiative.yearStart() == null ? List.of() : List.of(initiative.yearStart().toString()));
    values.put(Facet.CONFIDENCE, List.of(initiative.confidence().code()));
  }

  Initiative initiative() {
    return initiative;
  }

  List<String> values(Facet facet) {
    return values.get(facet);
  }

  boolean matches(InitiativeQuery query) {
    for (Map.Entry<Facet, Set<String>> filter : query.filters().entrySet()) {
      if (!anyIn(values.get(filter.getKey()), filter.getValue())) {
        return false;
      }
    }
    Integer year = initiative.yearStart();
    if (query.yearFrom() != null && (year == null || year < query.yearFrom())) {
      return false;
    }
    return query.yearTo() == null || (year != null && year <= query.yearTo());
  }

  private static boolean anyIn(List<String> have, Set<String> wanted) {
    for (String value : have) {
      if (wanted.contains(value)) {
        return true;
      }
    }
    return false;
  }

  /** Adds this initiative's distinct values of every facet to {@code counts}. */
  void countInto(Map<Facet, Map<String, Integer>> counts) {
    values.forEach((facet, list) -> {
      Map<String, Integer> facetCounts = counts.get(facet);
      for (String value : new LinkedHashSet<>(list)) {
        facetCounts.merge(value, 1, Integer::sum);
      }
    });
  }

  static List<InitiativeFacets> of(List<Initiative> initiatives, Function<String, MemberBody> members) {
    List<InitiativeFacets> all = new ArrayList<>(initiatives.size());
    for (Initiative initiative : initiatives) {
      all.add(new InitiativeFacets(initiative, members));
    }
    return all;
  }
}
