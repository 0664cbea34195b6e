package cat.xmess.catalog;

import cat.xmess.model.Confidence;
import cat.xmess.model.Province;
import cat.xmess.model.WireCode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A filter over initiatives. Within a facet the values are alternatives (OR); across facets all
 * must hold (AND). An empty query matches every initiative.
 *
 * <pre>{@code
 * InitiativeQuery q = InitiativeQuery.builder()
 *     .category("regulatory")
 *     .province(Province.BARCELONA)
 *     .yearBetween(2015, 2020)
 *     .build();
 * }</pre>
 *
 * @param filters per facet, the accepted values (codes, ids, province codes, years as text)
 * @param yearFrom lowest accepted start year, or {@code null}
 * @param yearTo highest accepted start year, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record InitiativeQuery(Map<Facet, Set<String>> filters, Integer yearFrom, Integer yearTo) {

  private static final InitiativeQuery ALL = new InitiativeQuery(Map.of(), null, null);

  /** Copies the filters and drops facets with no values. */
  public InitiativeQuery {
    EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
    if (filters != null) {
      filters.forEach(
          (facet, values) -> {
            if (values != null && !values.isEmpty()) {
              copy.put(
                  Objects.requireNonNull(facet, "facet"),
                  Collections.unmodifiableSet(new LinkedHashSet<>(values)));
            }
          });
    }
    filters = Collections.unmodifiableMap(copy);
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new IllegalArgumentException(
          "yearFrom (" + yearFrom + ") is after yearTo (" + yearTo + ")");
    }
  }

  /** The query that matches every initiative. */
  public static InitiativeQuery all() {
    return ALL;
  }

  /** A builder for a new query. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether this query matches every initiative. */
  public boolean isEmpty() {
    return filters.isEmpty() && yearFrom == null && yearTo == null;
  }

  /** The accepted values of {@code facet}; empty when the facet is not filtered. */
  public Set<String> values(Facet facet) {
    return filters.getOrDefault(facet, Set.of());
  }

  /** Builds {@link InitiativeQuery} instances; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {
    private final EnumMap<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
    private Integer yearFrom;
    private Integer yearTo;

    private Builder() {}

    /** Accepts any of {@code values} for {@code facet}, in addition to those already given. */
    public Builder with(Facet facet, String... values) {
      Set<String> set = filters.computeIfAbsent(facet, f -> new LinkedHashSet<>());
      for (String value : values) {
        set.add(Objects.requireNonNull(value, "value"));
      }
      return this;
    }

    /** ABC policy category codes, for example {@code regulatory}. */
    public Builder category(String... codes) {
      return with(Facet.CATEGORY, codes);
    }

    /** Policy instrument codes, for example {@code social-clauses}. */
    public Builder instrument(String... codes) {
      return with(Facet.INSTRUMENT, codes);
    }

    /** Administration role codes, for example {@code facilitate}. */
    public Builder role(String... codes) {
      return with(Facet.ROLE, codes);
    }

    /** Theme codes, for example {@code housing}. */
    public Builder theme(String... codes) {
      return with(Facet.THEME, codes);
    }

    /** Target group codes, for example {@code youth}. */
    public Builder targetGroup(String... codes) {
      return with(Facet.TARGET_GROUP, codes);
    }

    /** SDG codes, for example {@code sdg-08}. */
    public Builder sdg(String... codes) {
      return with(Facet.SDG, codes);
    }

    /** Member body ids; matches initiatives where the body leads or takes part. */
    public Builder memberBody(String... ids) {
      return with(Facet.MEMBER_BODY, ids);
    }

    /** Idescat comarca codes, for example {@code 40} for Vallès Occidental. */
    public Builder comarca(String... codes) {
      return with(Facet.COMARCA, codes);
    }

    /** Provinces of a participating member body. */
    public Builder province(Province... provinces) {
      return with(Facet.PROVINCE, codes(provinces));
    }

    /** Confidence levels of the facts. */
    public Builder confidence(Confidence... levels) {
      return with(Facet.CONFIDENCE, codes(levels));
    }

    /** Start years, as alternatives. */
    public Builder year(int... years) {
      for (int year : years) {
        with(Facet.YEAR, Integer.toString(year));
      }
      return this;
    }

    /** Start year within {@code from..to}, both included; initiatives of unknown start are left out. */
    public Builder yearBetween(Integer from, Integer to) {
      this.yearFrom = from;
      this.yearTo = to;
      return this;
    }

    /** The query. */
    public InitiativeQuery build() {
      return new InitiativeQuery(filters, yearFrom, yearTo);
    }

    private static String[] codes(WireCode... coded) {
      String[] codes = new String[coded.length];
      for (int i = 0; i < coded.length; i++) {
        codes[i] = coded[i].code();
      }
      return codes;
    }
  }
}
