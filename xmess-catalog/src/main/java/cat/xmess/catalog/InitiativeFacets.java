package cat.xmess.catalog;

import cat.xmess.model.Initiative;
import cat.xmess.model.MemberBody;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The facet values of one initiative, computed once at load: codes as they are, and the comarca
 * and province of every participating member body; {@link FacetIndex} turns them into the set of
 * initiatives of each value.
 */
final class InitiativeFacets {
  private final EnumMap<Facet, List<String>> values = new EnumMap<>(Facet.class);

  InitiativeFacets(Initiative initiative, Function<String, MemberBody> members) {
    values.put(Facet.POLICY_CATEGORY, List.of(initiative.category()));
    values.put(Facet.POLICY_INSTRUMENT, initiative.instruments());
    values.put(Facet.ADMINISTRATION_ROLE, initiative.roles());
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

  List<String> values(Facet facet) {
    return Objects.requireNonNull(values.get(facet), "every facet has its values");
  }
}
