package cat.xmess.examples.cli;

import cat.xmess.catalog.Facet;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.SearchHit;
import cat.xmess.catalog.SearchRequest;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Comarca;
import cat.xmess.model.Confidence;
import cat.xmess.model.Province;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code xmess search <text...>}: free-text search over the catalog, optionally restricted to
 * initiatives that pass filters. Filter values are checked against the catalog, so a misspelt code
 * is a usage error rather than an empty result.
 */
@Command(
    name = "search",
    description = {
      "Search the catalog for text, in Catalan, Spanish and English, ignoring case and accents.",
      "With any filter option only initiatives are returned. Filters given several times or"
          + " comma-separated are alternatives; different filters must all hold."
    })
public final class SearchCommand extends XmessCommand {

  @Parameters(
      arity = "1..*",
      paramLabel = "<text>",
      description = "Words to find; every word must match. Several words are joined with spaces.")
  List<String> words;

  @Mixin CatalogOption catalogOption;

  @Option(names = {"--category", "--policy-category"}, split = ",", paramLabel = "<code>",
      description = "Policy category code, for example boost.")
  List<String> categories;

  @Option(names = {"--instrument", "--policy-instrument"}, split = ",", paramLabel = "<code>",
      description = "Policy instrument code, for example social-clauses.")
  List<String> instruments;

  @Option(names = {"--role", "--administration-role"}, split = ",", paramLabel = "<code>",
      description = "Administration role code, for example procure.")
  List<String> roles;

  @Option(names = "--theme", split = ",", paramLabel = "<code>",
      description = "Theme code, for example housing.")
  List<String> themes;

  @Option(names = "--target-group", split = ",", paramLabel = "<code>",
      description = "Target group code, for example youth.")
  List<String> targetGroups;

  @Option(names = "--sdg", split = ",", paramLabel = "<code>",
      description = "SDG code, for example sdg-08.")
  List<String> sdgs;

  @Option(names = "--member-body", split = ",", paramLabel = "<id>",
      description = "Id of a member body that leads or takes part.")
  List<String> memberBodies;

  @Option(names = "--comarca", split = ",", paramLabel = "<code|name>",
      description = "Comarca of a participating member body: Idescat code (40) or name.")
  List<String> comarcas;

  @Option(names = "--province", split = ",", paramLabel = "<province>",
      converter = CodeConverters.ProvinceConverter.class,
      description = "Province of a participating member body: barcelona, girona, lleida or"
          + " tarragona.")
  List<Province> provinces;

  @Option(names = "--confidence", split = ",", paramLabel = "<level>",
      converter = CodeConverters.ConfidenceConverter.class,
      description = "Confidence in the initiative's facts: high, medium or low.")
  List<Confidence> confidences;

  @Option(names = "--year-from", paramLabel = "<year>",
      description = "Earliest start year (initiatives of unknown start are left out).")
  Integer yearFrom;

  @Option(names = "--year-to", paramLabel = "<year>",
      description = "Latest start year (initiatives of unknown start are left out).")
  Integer yearTo;

  @Option(names = "--type", split = ",", paramLabel = "<type>",
      converter = CodeConverters.RecordTypeConverter.class,
      description = "Kinds of record to return: initiative, member-body, policy-category,"
          + " administration-role, policy-instrument, theme, target-group, entity-form, sdg"
          + " (default: all).")
  List<RecordType> types;

  @Option(names = "--limit", paramLabel = "<n>", defaultValue = "20",
      description = "Most results to return (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  protected int execute(Output output) {
    String text = String.join(" ", words).strip();
    if (text.isEmpty()) {
      throw usageError("the search text is empty");
    }
    if (limit < 1) {
      throw usageError("--limit must be at least 1, not " + limit);
    }
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw usageError("--year-from " + yearFrom + " is after --year-to " + yearTo);
    }
    XmessCatalog catalog = catalogOption.load();
    SearchRequest request =
        SearchRequest.builder(text)
            .filter(query(catalog))
            .types(types == null ? new RecordType[0] : types.toArray(RecordType[]::new))
            .limit(limit)
            .build();
    List<SearchHit> hits;
    try {
      hits = catalog.search(request);
    } catch (IllegalArgumentException unknownCode) {
      // The library names the codelist and the nearest known codes.
      throw usageError(unknownCode.getMessage());
    }
    if (output.json()) {
      output.printJson(JsonShape.of(hits));
    } else {
      printText(output, text, hits);
    }
    return CliExitCodes.OK;
  }

  /** The filter; the library checks its codes against the catalog when the search runs. */
  private InitiativeQuery query(XmessCatalog catalog) {
    InitiativeQuery.Builder query = InitiativeQuery.builder();
    add(query, Facet.POLICY_CATEGORY, categories);
    add(query, Facet.POLICY_INSTRUMENT, instruments);
    add(query, Facet.ADMINISTRATION_ROLE, roles);
    add(query, Facet.THEME, themes);
    add(query, Facet.TARGET_GROUP, targetGroups);
    add(query, Facet.SDG, sdgs);
    add(query, Facet.MEMBER_BODY, memberBodies);
    for (String comarca : trimmed(comarcas)) {
      query.comarca(comarcaCode(catalog, comarca));
    }
    if (provinces != null) {
      query.province(provinces.toArray(Province[]::new));
    }
    if (confidences != null) {
      query.confidence(confidences.toArray(Confidence[]::new));
    }
    return query.yearBetween(yearFrom, yearTo).build();
  }

  private static void add(InitiativeQuery.Builder query, Facet facet, List<String> values) {
    for (String value : trimmed(values)) {
      query.with(facet, value);
    }
  }

  /**
   * The Idescat code of {@code value}: a two-digit code is taken as is (a comarca may have no member
   * body yet), a name is looked up among the comarcas of the catalog's member bodies by the SDK,
   * which ignores case and accents.
   */
  private String comarcaCode(XmessCatalog catalog, String value) {
    if (value.matches("[0-9]{2}")) {
      return value;
    }
    return catalog.comarca(value).map(Comarca::code).orElseThrow(() -> usageError(
        "--comarca: '" + value + "' is neither a two-digit Idescat code nor the name of a"
            + " comarca of a member body"));
  }

  private static List<String> trimmed(List<String> values) {
    List<String> result = new ArrayList<>();
    if (values != null) {
      values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty())
          .forEach(result::add);
    }
    return result;
  }

  /**
   * The JSON contract: an array of {id, type, title{ca,es,en}, score, matchedLanguage}. In its own
   * class so that checking this class's bytecode, on every text search, does not load Jackson.
   */
  static final class JsonShape {
    private JsonShape() {}

    static ArrayNode of(List<SearchHit> hits) {
      ArrayNode array = Json.MAPPER.createArrayNode();
      for (SearchHit hit : hits) {
        ObjectNode node = array.addObject();
        node.put("id", hit.id());
        node.put("type", hit.type().code());
        node.set("title", Json.text(hit.title()));
        node.put("score", hit.score());
        node.put("matchedLanguage", hit.matchedLanguage() == null ? null : hit.matchedLanguage().code());
      }
      return array;
    }
  }

  private static void printText(Output output, String text, List<SearchHit> hits) {
    if (hits.isEmpty()) {
      output.out().println(output.say(Label.SEARCH_NO_HITS, text));
      return;
    }
    output.out().println(output.say(Label.SEARCH_HITS, hits.size(), text));
    // Plain loops and a StringBuilder, not streams and String.format: this is the whole output of
    // the commonest command, and those would load lambdas, locale data and regular expressions on
    // its way (about 40 ms of a fresh process; see QuickSearch).
    int idWidth = 0;
    int typeWidth = 0;
    for (SearchHit hit : hits) {
      idWidth = Math.max(idWidth, hit.id().length());
      typeWidth = Math.max(typeWidth, hit.type().code().length());
    }
    StringBuilder line = new StringBuilder();
    for (SearchHit hit : hits) {
      line.setLength(0);
      padLeft(line, score(hit.score()), 7).append("  ");
      padRight(line, hit.type().code(), typeWidth).append("  ");
      padRight(line, hit.id(), idWidth).append("  ").append(output.pick(hit.title()));
      output.out().println(line);
    }
  }

  /** {@code score} with two decimals, rounded half up: {@code String.format(Locale.ROOT, "%.2f", score)}. */
  static String score(double score) {
    return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static StringBuilder padLeft(StringBuilder line, String text, int width) {
    for (int i = text.length(); i < width; i++) {
      line.append(' ');
    }
    return line.append(text);
  }

  private static StringBuilder padRight(StringBuilder line, String text, int width) {
    line.append(text);
    for (int i = text.length(); i < width; i++) {
      line.append(' ');
    }
    return line;
  }
}
