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
import org.jspecify.annotations.Nullable;

/**
 * A filter over initiatives. Within a facet the values are alternatives (OR); across facets all
 * must hold (AND). An empty query matches every initiative.
 *
 * <pre>{@code
 * InitiativeQuery q = InitiativeQuery.builder()
 *     .policyCategory("regulatory")
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
public record InitiativeQuery(
    Map<Facet, Set<String>> filters, @Nullable Integer yearFrom, @Nullable Integer yearTo) {

  private static final InitiativeQuery ALL = new InitiativeQuery(Map.of(), null, null);

  /**
   * Copies the filters and drops facets with no values.
   *
   * @param filters per facet, the accepted values; {@code null} for no filter, and a facet mapped
   *     to {@code null} or an empty set is not filtered
   * @param yearFrom lowest accepted start year, included, or {@code null} for no lower bound
   * @param yearTo highest accepted start year, included, or {@code null} for no upper bound
   * @throws IllegalArgumentException if {@code yearFrom} is after {@code yearTo}
   * @throws NullPointerException if {@code filters} has a {@code null} facet
   */
  public InitiativeQuery {
    EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
    if (filters != null) {
      // A loop, not forEach with a lambda: every search builds a query, the first one in a fresh JVM too.
      for (Map.Entry<Facet, Set<String>> filter : filters.entrySet()) {
        Set<String> values = filter.getValue();
        if (values != null && !values.isEmpty()) {
          copy.put(
              Objects.requireNonNull(filter.getKey(), "facet"),
              Collections.unmodifiableSet(new LinkedHashSet<>(values)));
        }
      }
    }
    filters = Collections.unmodifiableMap(copy);
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new IllegalArgumentException(
          "yearFrom (" + yearFrom + ") is after yearTo (" + yearTo + ")");
    }
  }

  /** {@return the query that matches every initiative, shared: it has no filter and no year bound} */
  public static InitiativeQuery all() {
    return ALL;
  }

  /** {@return a builder for a new query, with no filter yet} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether this query matches every initiative: no facet is filtered and no year bound is set} */
  public boolean isEmpty() {
    return filters.isEmpty() && yearFrom == null && yearTo == null;
  }

  /**
   * {@return the accepted values of {@code facet}, in the order given; empty when the facet is not
   * filtered}
   *
   * @param facet the facet to look at
   */
  public Set<String> values(Facet facet) {
    return filters.getOrDefault(facet, Set.of());
  }

  /** Builds {@link InitiativeQuery} instances; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {
    private final EnumMap<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
    private @Nullable Integer yearFrom;
    private @Nullable Integer yearTo;

    private Builder() {}

    /**
     * Accepts any of {@code values} for {@code facet}, in addition to those already given.
     *
     * @param facet the facet to filter
     * @param values codes, ids or years as the facet holds them (see {@link Facet}); none leaves
     *     the facet unfiltered
     * @return this builder
     * @throws NullPointerException if a value is {@code null}
     */
    public Builder with(Facet facet, String... values) {
      Set<String> set = filters.computeIfAbsent(facet, f -> new LinkedHashSet<>());
      for (String value : values) {
        set.add(Objects.requireNonNull(value, "value"));
      }
      return this;
    }

    /**
     * Accepts initiatives of any of these ABC policy categories (their primary {@code category},
     * not the alternatives).
     *
     * @param codes policy category codes, for example {@code regulatory}
     * @return this builder
     * @since 0.2.0 (was {@code category})
     */
    public Builder policyCategory(String... codes) {
      return with(Facet.POLICY_CATEGORY, codes);
    }

    /**
     * Accepts initiatives that use any of these policy instruments.
     *
     * @param codes policy instrument codes, for example {@code social-clauses}
     * @return this builder
     * @since 0.2.0 (was {@code instrument})
     */
    public Builder policyInstrument(String... codes) {
      return with(Facet.POLICY_INSTRUMENT, codes);
    }

    /**
     * Accepts initiatives in which the administration plays any of these roles.
     *
     * @param codes administration role codes, for example {@code facilitate}
     * @return this builder
     * @since 0.2.0 (was {@code role})
     */
    public Builder administrationRole(String... codes) {
      return with(Facet.ADMINISTRATION_ROLE, codes);
    }

    /**
     * Accepts initiatives tagged with any of these themes.
     *
     * @param codes theme codes, for example {@code housing}
     * @return this builder
     */
    public Builder theme(String... codes) {
      return with(Facet.THEME, codes);
    }

    /**
     * Accepts initiatives aimed at any of these target groups.
     *
     * @param codes target group codes, for example {@code youth}
     * @return this builder
     */
    public Builder targetGroup(String... codes) {
      return with(Facet.TARGET_GROUP, codes);
    }

    /**
     * Accepts initiatives tagged with any of these Sustainable Development Goals.
     *
     * @param codes SDG codes, {@code sdg-01} to {@code sdg-17}, for example {@code sdg-08}
     * @return this builder
     */
    public Builder sdg(String... codes) {
      return with(Facet.SDG, codes);
    }

    /**
     * Accepts initiatives that any of these member bodies leads or takes part in.
     *
     * @param ids member body ids, for example {@code ajuntament-de-sabadell}
     * @return this builder
     */
    public Builder memberBody(String... ids) {
      return with(Facet.MEMBER_BODY, ids);
    }

    /**
     * Accepts initiatives with a participating member body in any of these comarques.
     *
     * @param codes two-digit Idescat comarca codes, for example {@code 40} for Vallès Occidental
     * @return this builder
     */
    public Builder comarca(String... codes) {
      return with(Facet.COMARCA, codes);
    }

    /**
     * Accepts initiatives with a participating member body in any of these provinces.
     *
     * @param provinces the provinces
     * @return this builder
     */
    public Builder province(Province... provinces) {
      return with(Facet.PROVINCE, codes(provinces));
    }

    /**
     * Accepts initiatives whose facts have any of these confidence levels.
     *
     * @param levels the confidence levels, for example {@link Confidence#HIGH}
     * @return this builder
     */
    public Builder confidence(Confidence... levels) {
      return with(Facet.CONFIDENCE, codes(levels));
    }

    /**
     * Accepts initiatives that started in any of these years; initiatives of unknown start are left
     * out.
     *
     * @param years start years, for example {@code 2019}
     * @return this builder
     */
    public Builder year(int... years) {
      for (int year : years) {
        with(Facet.YEAR, Integer.toString(year));
      }
      return this;
    }

    /**
     * Start year within {@code from..to}, both included; initiatives of unknown start are left out.
     * Replaces any range given before.
     *
     * @param from lowest start year, or {@code null} for no lower bound
     * @param to highest start year, or {@code null} for no upper bound
     * @return this builder
     */
    public Builder yearBetween(@Nullable Integer from, @Nullable Integer to) {
      this.yearFrom = from;
      this.yearTo = to;
      return this;
    }

    /**
     * {@return a query with the filters given so far} The builder can go on to build others.
     *
     * @throws IllegalArgumentException if the year range's start is after its end
     */
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
