package cat.xmess.benchmarks;

/** The queries every engine answers, so that the numbers compare like with like. */
public final class Queries {
  /** Category of the two-filter query. */
  public static final String CATEGORY = "boost";
  /** Theme of the two-filter query. */
  public static final String THEME = "housing";
  /** The free-text query: accents and a plural stem to fold. */
  public static final String FREE_TEXT = "contractació pública";
  /** The text of the text + filter + facets query (filter: {@link #CATEGORY}). */
  public static final String FILTERED_TEXT = "habitatge cooperatiu";
  /** Hits returned by a free-text query, as a search page would show. */
  public static final int LIMIT = 20;

  private Queries() {}

  /** The id looked up in a catalog of {@code size} initiatives: one in the middle. */
  public static String idFor(int size) {
    return SyntheticCatalogs.id(size / 2);
  }
}
