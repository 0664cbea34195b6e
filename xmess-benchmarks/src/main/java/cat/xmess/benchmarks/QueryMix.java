package cat.xmess.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The queries every engine answers, rotated by {@link MixBenchmark}: free text of one to six words
 * in Catalan, Spanish and English, three- and four-letter prefixes, place names, the hard ones
 * (common words whose intersection is small), free text within a category, and free text within a
 * category with the category's facet counts; plus a lookup by id and a two-filter query, reported
 * apart. Every text query asks for the best {@value #LIMIT}.
 */
public final class QueryMix {
  /** Hits a text query asks for, as a search page would show. */
  public static final int LIMIT = 20;

  /** Query classes, in report order. */
  public static final List<String> CLASSES = List.of("1 word", "2-3 words", "4-6 words", "prefix", "place", "hard",
      "text+filter", "text+filter+facets", "by id", "two filters");

  /** The text+filter+facets class (a goal of its own). */
  public static final String FACETED = "text+filter+facets";

  /** What a query does. */
  public enum Kind { TEXT, FILTERED, FACETED, BY_ID, TWO_FILTERS }

  /** One query of the mix: {@code category} is the filter (or the theme's category for TWO_FILTERS). */
  public record Query(String klass, Kind kind, String text, String category) {
    /** A short label for reports. */
    public String label() {
      return category == null ? text : text + " [" + category + "]";
    }
  }

  private QueryMix() {}

  /** The mix, in rotation order (classes interleaved, so that consecutive queries differ). */
  public static List<Query> queries(int size) {
    List<List<Query>> byClass = new ArrayList<>();
    byClass.add(texts("1 word", "cooperativa", "habitatge", "vivienda", "housing", "energia", "energy", "consum",
        "formació", "empleo", "employment", "joves", "youth", "cultura", "salud", "turismo", "mobilitat",
        "finances", "aigua", "alimentación", "recycling"));
    byClass.add(texts("2-3 words", "economia social", "economía social solidaria", "social economy",
        "contractació pública", "public procurement", "moneda local", "pla estratègic", "strategic plan",
        "cooperativa de treball", "consumo responsable", "fair trade", "inserció sociolaboral",
        "finances ètiques"));
    byClass.add(texts("4-6 words", "pla estratègic economia social solidària",
        "social and solidarity economy strategic plan", "cooperativa de joves formació ocupació",
        "guía contratación pública responsable cláusulas sociales", "ateneu cooperatiu economia social territori",
        "local currency ethical finance network"));
    byClass.add(texts("prefix", "coop", "hab", "ener", "form", "cont", "sost", "emp", "viv", "agro", "educ",
        "coop joves", "econ soc"));
    byClass.add(texts("place", "sabadell", "terrassa", "girona", "barcelona", "manresa", "mataró", "santa coloma",
        "vilanova geltrú"));
    byClass.add(texts("hard", "aigua energia habitatge", "sabadell terrassa", "water energy housing",
        "agua energía vivienda", "cooperativa habitatge sabadell", "economia social barcelona girona"));
    byClass.add(List.of(
        new Query("text+filter", Kind.FILTERED, "habitatge cooperatiu", "boost"),
        new Query("text+filter", Kind.FILTERED, "economia social", "knowledge-planning"),
        new Query("text+filter", Kind.FILTERED, "public procurement", "regulatory"),
        new Query("text+filter", Kind.FILTERED, "formació", "fertilisation"),
        new Query("text+filter", Kind.FILTERED, "coop", "boost"),
        new Query("text+filter", Kind.FILTERED, "energia", "regulatory")));
    byClass.add(List.of(
        new Query(FACETED, Kind.FACETED, "habitatge cooperatiu", "boost"),
        new Query(FACETED, Kind.FACETED, "social economy", "fertilisation"),
        new Query(FACETED, Kind.FACETED, "contratación pública", "regulatory"),
        new Query(FACETED, Kind.FACETED, "joves", "knowledge-planning")));
    byClass.add(List.of(
        new Query("by id", Kind.BY_ID, SyntheticCatalogs.id(size / 2), null),
        new Query("by id", Kind.BY_ID, SyntheticCatalogs.id(size / 7), null)));
    byClass.add(List.of(
        new Query("two filters", Kind.TWO_FILTERS, "housing", "boost"),
        new Query("two filters", Kind.TWO_FILTERS, "energy", "knowledge-planning")));
    List<Query> mix = new ArrayList<>();
    for (int round = 0; mix.size() < byClass.stream().mapToInt(List::size).sum(); round++) {
      for (List<Query> queries : byClass) {
        if (round < queries.size()) {
          mix.add(queries.get(round));
        }
      }
    }
    return List.copyOf(mix);
  }

  private static List<Query> texts(String klass, String... texts) {
    return java.util.Arrays.stream(texts).map(t -> new Query(klass, Kind.TEXT, t, null)).toList();
  }

  /** Runs {@code query} on {@code engine}; the result is returned so that nothing is optimised away. */
  public static Object run(Engine engine, Query query) {
    return switch (query.kind()) {
      case TEXT -> engine.search(query.text(), null, LIMIT);
      case FILTERED -> engine.search(query.text(), query.category(), LIMIT);
      case FACETED -> List.of(engine.search(query.text(), query.category(), LIMIT), engine.facets(query.category()));
      case BY_ID -> engine.byId(query.text());
      case TWO_FILTERS -> engine.twoFilters(query.category(), query.text());
    };
  }

  /** Whether {@code klass} is a free-text class (the speed goals are over these). */
  public static boolean isText(String klass) {
    return !klass.equals("by id") && !klass.equals("two filters");
  }
}
