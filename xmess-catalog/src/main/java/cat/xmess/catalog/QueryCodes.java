package cat.xmess.catalog;


import cat.xmess.catalog.internal.codes.NearestCodes;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.Confidence;
import cat.xmess.model.MemberBody;
import cat.xmess.model.Province;
import cat.xmess.model.WireCode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks every value of a query against the catalog it runs on, so that a mistyped code fails
 * loudly with the nearest known codes instead of silently matching nothing. A query is built without
 * a catalog ({@code InitiativeQuery.builder().theme("housing")}), so this is the first moment the
 * codes can be checked.
 */
final class QueryCodes {
  private static final int LISTED_IN_FULL = 30;

  /**
   * Built once, not per call, and in a holder: every search checks its filter, and a search with
   * none (a process's first query, usually) should not compile patterns or spin up stream lambdas.
   */
  private static final class Known {
    static final Pattern COMARCA = Pattern.compile("0[1-9]|[1-3][0-9]|4[0-3]");
    static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    static final List<String> PROVINCES = codes(Province.values());
    static final List<String> CONFIDENCES = codes(Confidence.values());
  }

  private QueryCodes() {}

  static InitiativeQuery checked(IndexedCatalog catalog, InitiativeQuery query) {
    Objects.requireNonNull(query, "query");
    for (Facet facet : Facet.values()) {
      for (String value : query.values(facet)) {
        if (!isKnown(catalog, facet, value)) {
          throw unknown(catalog, facet, value);
        }
      }
    }
    return query;
  }

  private static boolean isKnown(IndexedCatalog catalog, Facet facet, String value) {
    return switch (facet) {
      case POLICY_CATEGORY, POLICY_INSTRUMENT, ADMINISTRATION_ROLE, THEME, TARGET_GROUP, SDG ->
          catalog.code(facet.codelist().orElseThrow(), value).isPresent();
      case MEMBER_BODY -> catalog.memberBody(value).isPresent();
      case COMARCA -> Known.COMARCA.matcher(value).matches();
      case PROVINCE -> Known.PROVINCES.contains(value);
      case CONFIDENCE -> Known.CONFIDENCES.contains(value);
      case YEAR -> Known.YEAR.matcher(value).matches();
    };
  }

  private static IllegalArgumentException unknown(IndexedCatalog catalog, Facet facet, String value) {
    List<String> known = switch (facet) {
      case POLICY_CATEGORY, POLICY_INSTRUMENT, ADMINISTRATION_ROLE, THEME, TARGET_GROUP, SDG ->
          catalog.catalog().codelists().entries(facet.codelist().orElseThrow()).stream()
              .map(CodeDefinition::code).toList();
      case MEMBER_BODY -> catalog.catalog().memberBodies().stream().map(MemberBody::id).toList();
      case PROVINCE -> Known.PROVINCES;
      case CONFIDENCE -> Known.CONFIDENCES;
      case COMARCA, YEAR -> List.of();
    };
    StringBuilder message = new StringBuilder("Unknown ").append(what(facet)).append(" '").append(value).append("'");
    switch (facet) {
      case COMARCA -> message.append(": a comarca is its two-digit Idescat code, 01 to 43");
      case YEAR -> message.append(": a year has four digits");
      default -> {
        List<String> nearest = NearestCodes.to(value, known);
        if (!nearest.isEmpty()) {
          message.append(". Did you mean ").append(String.join(", ", nearest)).append('?');
        }
        if (known.size() <= LISTED_IN_FULL) {
          message.append(" Known: ").append(String.join(", ", known)).append('.');
        }
        facet.codelist().ifPresent(kind -> message.append(" XmessCatalog.codes(CodelistKind.")
            .append(kind.name()).append(") lists them all."));
      }
    }
    return new IllegalArgumentException(message.toString());
  }

  private static String what(Facet facet) {
    return facet.codelist().map(kind -> kind.code().replace('-', ' ') + " code (codelist " + kind.fieldName() + ")")
        .orElseGet(() -> switch (facet) {
          case MEMBER_BODY -> "member body id";
          case COMARCA -> "comarca code";
          case PROVINCE -> "province code";
          case CONFIDENCE -> "confidence level";
          default -> "year";
        });
  }

  private static List<String> codes(WireCode... values) {
    return Arrays.stream(values).map(WireCode::code).toList();
  }
}
