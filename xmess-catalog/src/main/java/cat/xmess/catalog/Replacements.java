package cat.xmess.catalog;

import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Codelists;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Deprecated codes and their replacements. A deprecated code and the code that (in one or more
 * steps) replaces it name the same concept, so a filter on either matches initiatives tagged with
 * any of them: old data keeps being found by new queries, and new data by old ones.
 */
final class Replacements {
  /** The longest chain followed; the integrity layer refuses cycles, this guards Java-built input. */
  private static final int MAX_STEPS = 32;

  private static final Map<Facet, CodelistKind> CODED_FACETS = Map.of(
      Facet.POLICY_CATEGORY, CodelistKind.POLICY_CATEGORIES,
      Facet.POLICY_INSTRUMENT, CodelistKind.POLICY_INSTRUMENTS,
      Facet.ADMINISTRATION_ROLE, CodelistKind.ADMINISTRATION_ROLES,
      Facet.THEME, CodelistKind.THEMES,
      Facet.TARGET_GROUP, CodelistKind.TARGET_GROUPS,
      Facet.SDG, CodelistKind.SDGS);

  private final Map<CodelistKind, Map<String, CodeDefinition>> codes;
  /** Per codelist, the codes of each concept that has a replacement chain, by any of its codes. */
  private final Map<CodelistKind, Map<String, Set<String>>> equivalents = new EnumMap<>(CodelistKind.class);

  Replacements(Codelists lists, Map<CodelistKind, Map<String, CodeDefinition>> codes) {
    this.codes = codes;
    for (CodelistKind kind : CodelistKind.values()) {
      Map<String, Set<String>> byCurrent = new HashMap<>();
      for (CodeDefinition entry : lists.entries(kind)) {
        if (entry.replacedBy() != null) {
          String current = current(kind, entry.code());
          Set<String> group = byCurrent.get(current);
          if (group == null) {
            group = new LinkedHashSet<>(List.of(current));
            byCurrent.put(current, group);
          }
          group.add(entry.code());
        }
      }
      Map<String, Set<String>> byAny = new HashMap<>();
      for (Set<String> group : byCurrent.values()) {
        Set<String> frozen = Set.copyOf(group);
        for (String code : group) {
          byAny.put(code, frozen);
        }
      }
      equivalents.put(kind, byAny);
    }
  }

  /** The code that {@code code} is replaced by, followed to its end; {@code code} itself if not replaced. */
  String current(CodelistKind kind, String code) {
    String at = code;
    for (int step = 0; step < MAX_STEPS; step++) {
      CodeDefinition entry = Objects.requireNonNull(codes.get(kind), "every codelist").get(at);
      if (entry == null || entry.replacedBy() == null) {
        return at;
      }
      at = entry.replacedBy();
    }
    return at;
  }

  /** {@code query} with every code widened to the codes of the same concept. */
  InitiativeQuery widen(InitiativeQuery query) {
    boolean any = false;
    Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
    for (Map.Entry<Facet, Set<String>> filter : query.filters().entrySet()) {
      CodelistKind kind = CODED_FACETS.get(filter.getKey());
      Set<String> values = new LinkedHashSet<>(filter.getValue());
      if (kind != null) {
        for (String code : filter.getValue()) {
          values.addAll(Objects.requireNonNull(equivalents.get(kind), "every coded facet").getOrDefault(code, Set.of()));
        }
      }
      any |= values.size() > filter.getValue().size();
      filters.put(filter.getKey(), values);
    }
    return any ? new InitiativeQuery(filters, query.yearFrom(), query.yearTo()) : query;
  }
}
