package cat.xmess.io.internal.export;

import cat.xmess.catalog.Facet;
import cat.xmess.catalog.FacetCounts;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.AbcGuideStatus;
import cat.xmess.model.CatalogMetadata;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import cat.xmess.model.MemberBody;
import cat.xmess.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.owasp.encoder.Encode;

/**
 * A self-contained HTML5 report of a catalog, or of the initiatives a query selects: facet counts,
 * one section per policy category, a table of member bodies and the sources cited. One file, no
 * script, no external resource; every text from the catalog goes through the OWASP Java Encoder
 * ({@link Encode#forHtml} in content, {@link Encode#forHtmlAttribute} in attributes), never through
 * escaping of our own.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class HtmlReport {
  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 auto;max-width:72rem;"
          + "padding:1.5rem;color:#1f2328;line-height:1.5}",
      "h1{font-size:1.8rem;margin-bottom:.2rem}h2{border-bottom:2px solid #2e7d32;padding-bottom:.2rem;margin-top:2.2rem}",
      "h3{font-size:1.1rem;margin:1.2rem 0 .3rem}",
      ".meta{color:#57606a}.note{background:#fff8c5;border-left:4px solid #d4a72c;padding:.5rem .8rem}",
      "table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}",
      "th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}",
      "th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}",
      ".facets{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:0 1.2rem;align-items:start}",
      "caption{font-weight:600;text-align:left}td,li{overflow-wrap:anywhere}",
      "article{border:1px solid #d0d7de;border-radius:6px;padding:.2rem 1rem .6rem;margin:.8rem 0}",
      "dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.4rem 0}dt{font-weight:600}",
      "dd{margin:0}.tag{display:inline-block;background:#ddf4e4;border-radius:1rem;padding:0 .5rem;margin:0 .2rem .2rem 0;"
          + "font-size:.85rem}",
      "ol.sources li{margin-bottom:.3rem}footer{margin-top:2rem;color:#57606a;font-size:.85rem}");

  private final XmessCatalog catalog;
  private final Language language;
  private final StringBuilder out = new StringBuilder(64 * 1024);

  private HtmlReport(XmessCatalog catalog, Language language) {
    this.catalog = catalog;
    this.language = language;
  }

  /** The report of the initiatives {@code query} selects ({@link InitiativeQuery#all()} for everything). */
  public static String of(XmessCatalog catalog, InitiativeQuery query, Language language) {
    return new HtmlReport(catalog, language).write(query);
  }

  private String write(InitiativeQuery query) {
    CatalogMetadata metadata = catalog.catalog().metadata();
    List<Initiative> initiatives = catalog.initiatives(query);
    boolean whole = query.isEmpty();
    List<MemberBody> bodies = whole ? catalog.catalog().memberBodies() : bodiesOf(initiatives);
    List<Source> sources = whole ? catalog.catalog().sources() : sourcesOf(initiatives, bodies);
    String title = pick(metadata.title());

    out.append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(html(say(whole ? ReportText.REPORT : ReportText.SEARCH_REPORT) + " — " + title))
        .append("</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<header>\n");
    out.append("<h1>").append(html(title)).append("</h1>\n");
    out.append("<p class=\"meta\">").append(html(say(whole ? ReportText.REPORT : ReportText.SEARCH_REPORT)))
        .append(" · ").append(html(say(ReportText.DATA_VERSION))).append(' ').append(html(metadata.dataVersion()))
        .append(" · ").append(html(say(ReportText.SCHEMA_VERSION))).append(' ')
        .append(html(metadata.schemaVersion())).append(" · ").append(html(say(ReportText.GENERATED))).append(' ')
        .append(html(String.valueOf(metadata.generated()))).append("</p>\n");
    paragraph(null, pick(metadata.description()));
    out.append("<p>").append(html(say(ReportText.LICENSE))).append(": <a href=\"")
        .append(attribute(metadata.license().url())).append("\">").append(html(metadata.license().id()))
        .append("</a>. ").append(html(pick(metadata.license().attribution()))).append("</p>\n");
    if (metadata.coverage() != null) {
      paragraph("note", pick(metadata.coverage()));
    } else if (!initiatives.isEmpty()
        && initiatives.stream().allMatch(i -> i.inAbcGuide() == AbcGuideStatus.UNVERIFIED)) {
      paragraph("note", say(ReportText.NOT_IN_GUIDE_NOTE));
    }
    out.append("</header>\n<main>\n");
    summary(initiatives.size(), bodies.size(), sources.size());
    facets(catalog.facets(query));
    categories(initiatives);
    memberBodies(bodies);
    sources(sources);
    out.append("</main>\n<footer><p>").append(html(say(ReportText.FOOTER))).append("</p></footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private void summary(int initiatives, int bodies, int sources) {
    out.append("<nav aria-label=\"").append(attribute(say(ReportText.CONTENTS))).append("\">\n<h2>")
        .append(html(say(ReportText.SUMMARY))).append("</h2>\n<ul>\n");
    navItem("facets", say(ReportText.FACETS), -1);
    navItem("initiatives", say(ReportText.INITIATIVES), initiatives);
    navItem("member-bodies", say(ReportText.MEMBER_BODIES), bodies);
    navItem("sources", say(ReportText.SOURCES), sources);
    out.append("</ul>\n</nav>\n");
  }

  private void navItem(String id, String label, int count) {
    out.append("<li><a href=\"#").append(attribute(id)).append("\">").append(html(label)).append("</a>");
    if (count >= 0) {
      out.append(": ").append(count);
    }
    out.append("</li>\n");
  }

  private void facets(FacetCounts counts) {
    out.append("<section id=\"facets\">\n<h2>").append(html(say(ReportText.FACETS))).append("</h2>\n")
        .append("<div class=\"facets\">\n");
    facet(counts, Facet.POLICY_CATEGORY, ReportText.CATEGORY, CodelistKind.POLICY_CATEGORIES);
    facet(counts, Facet.THEME, ReportText.THEME, CodelistKind.THEMES);
    facet(counts, Facet.POLICY_INSTRUMENT, ReportText.INSTRUMENT, CodelistKind.POLICY_INSTRUMENTS);
    facet(counts, Facet.ADMINISTRATION_ROLE, ReportText.ROLE, CodelistKind.ADMINISTRATION_ROLES);
    facet(counts, Facet.TARGET_GROUP, ReportText.TARGET_GROUP, CodelistKind.TARGET_GROUPS);
    facet(counts, Facet.SDG, ReportText.SDG, CodelistKind.SDGS);
    facet(counts, Facet.PROVINCE, ReportText.PROVINCE, null);
    facet(counts, Facet.CONFIDENCE, ReportText.CONFIDENCE, null);
    out.append("</div>\n</section>\n");
  }

  private void facet(FacetCounts counts, Facet facet, ReportText heading, CodelistKind kind) {
    Map<String, Integer> values = counts.of(facet);
    out.append("<table>\n<caption>").append(html(say(heading))).append("</caption>\n<thead><tr><th scope=\"col\">")
        .append(html(say(ReportText.VALUE))).append("</th><th scope=\"col\">").append(html(say(ReportText.COUNT)))
        .append("</th></tr></thead>\n<tbody>\n");
    if (values.isEmpty()) {
      out.append("<tr><td colspan=\"2\">").append(html(say(ReportText.NONE))).append("</td></tr>\n");
    }
    values.forEach((value, count) -> out.append("<tr><td>").append(html(kind == null ? value : label(kind, value)))
        .append("</td><td class=\"n\">").append(count).append("</td></tr>\n"));
    out.append("</tbody>\n</table>\n");
  }

  private void categories(List<Initiative> initiatives) {
    out.append("<section id=\"initiatives\">\n<h2>").append(html(say(ReportText.INITIATIVES))).append("</h2>\n");
    Set<String> categories = new LinkedHashSet<>();
    catalog.catalog().codelists().policyCategories().forEach(c -> categories.add(c.code()));
    initiatives.forEach(i -> categories.add(i.category()));
    for (String category : categories) {
      List<Initiative> inCategory = initiatives.stream().filter(i -> category.equals(i.category())).toList();
      if (inCategory.isEmpty()) {
        continue;
      }
      out.append("<section id=\"").append(attribute("category-" + category)).append("\">\n<h3>")
          .append(html(label(CodelistKind.POLICY_CATEGORIES, category))).append(" (").append(inCategory.size())
          .append(")</h3>\n");
      inCategory.forEach(this::initiative);
      out.append("</section>\n");
    }
    out.append("</section>\n");
  }

  private void initiative(Initiative it) {
    out.append("<article id=\"").append(attribute("initiative-" + it.id())).append("\">\n<h4>")
        .append(html(pick(it.title()))).append("</h4>\n");
    paragraph(null, pick(it.summary()));
    out.append("<dl>\n");
    String lead = it.memberBody() != null
        ? catalog.memberBody(it.memberBody()).map(b -> pick(b.name())).orElse(it.memberBody())
        : it.leadBodyName();
    term(ReportText.LEAD_BODY, lead);
    if (it.yearStart() != null) {
      term(ReportText.YEARS, it.yearStart() + (it.yearEnd() == null ? "–" : "–" + it.yearEnd()));
    }
    tags(ReportText.INSTRUMENT, CodelistKind.POLICY_INSTRUMENTS, it.instruments());
    tags(ReportText.THEME, CodelistKind.THEMES, it.themes());
    tags(ReportText.TARGET_GROUP, CodelistKind.TARGET_GROUPS, it.targetGroups());
    tags(ReportText.SDG, CodelistKind.SDGS, it.sdgs());
    term(ReportText.CONFIDENCE, it.confidence().code());
    if (it.inAbcGuide() == AbcGuideStatus.VERIFIED && it.guideCitation() != null) {
      term(ReportText.IN_ABC_GUIDE, say(ReportText.PAGE) + " " + it.guideCitation().page() + " ("
          + it.guideCitation().sourceId() + ")");
    }
    if (catalog.layers().size() > 1) {
      term(ReportText.LAYER, catalog.provenance(cat.xmess.catalog.RecordType.INITIATIVE, it.id())
          .map(layer -> layer.name()).orElse(null));
    }
    out.append("<dt>").append(html(say(ReportText.SOURCES))).append("</dt><dd>");
    out.append(it.sourceIds().stream().map(id -> "<a href=\"#" + attribute("source-" + id) + "\">" + html(id) + "</a>")
        .collect(Collectors.joining(", ")));
    out.append("</dd>\n</dl>\n</article>\n");
  }

  private void memberBodies(List<MemberBody> bodies) {
    out.append("<section id=\"member-bodies\">\n<h2>").append(html(say(ReportText.MEMBER_BODIES))).append("</h2>\n")
        .append("<table>\n<thead><tr>");
    for (ReportText column : List.of(ReportText.NAME, ReportText.KIND, ReportText.COMARCA, ReportText.PROVINCE,
        ReportText.INE_CODE, ReportText.IDESCAT_CODE, ReportText.JOINED, ReportText.MEMBERSHIP,
        ReportText.CONFIDENCE)) {
      out.append("<th scope=\"col\">").append(html(say(column))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (MemberBody body : bodies) {
      out.append("<tr id=\"").append(attribute("member-body-" + body.id())).append("\">");
      cell(pick(body.name()));
      cell(body.kind().code());
      cell(body.comarca() == null ? "" : body.comarca().name());
      cell(body.province().code());
      cell(body.ineCode());
      cell(body.idescatCode());
      cell(body.joined() == null ? "" : body.joined().toString());
      cell(body.membershipStatus().code());
      cell(body.confidence().code());
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void sources(List<Source> sources) {
    out.append("<section id=\"sources\">\n<h2>").append(html(say(ReportText.SOURCES))).append("</h2>\n")
        .append("<ol class=\"sources\">\n");
    for (Source source : sources) {
      out.append("<li id=\"").append(attribute("source-" + source.id())).append("\"><strong>")
          .append(html(source.id())).append("</strong> ").append(html(source.title()));
      if (source.publisher() != null) {
        out.append(". ").append(html(source.publisher()));
      }
      if (source.date() != null) {
        out.append(" (").append(html(source.date())).append(')');
      }
      for (String url : source.urls()) {
        // The format only admits http(s) addresses, so a link can never run script.
        out.append(" <a href=\"").append(attribute(url)).append("\">").append(html(url)).append("</a>");
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n</section>\n");
  }

  private List<MemberBody> bodiesOf(List<Initiative> initiatives) {
    Set<String> ids = new LinkedHashSet<>();
    initiatives.forEach(i -> ids.addAll(i.allMemberBodies()));
    return catalog.catalog().memberBodies().stream().filter(b -> ids.contains(b.id())).toList();
  }

  private List<Source> sourcesOf(List<Initiative> initiatives, List<MemberBody> bodies) {
    Set<String> ids = new LinkedHashSet<>();
    initiatives.forEach(i -> ids.addAll(i.sourceIds()));
    bodies.forEach(b -> ids.addAll(b.sourceIds()));
    List<Source> cited = new ArrayList<>();
    catalog.catalog().sources().forEach(s -> {
      if (ids.contains(s.id())) {
        cited.add(s);
      }
    });
    return cited;
  }

  private void tags(ReportText term, CodelistKind kind, List<String> codes) {
    if (codes.isEmpty()) {
      return;
    }
    out.append("<dt>").append(html(say(term))).append("</dt><dd>");
    codes.forEach(code -> out.append("<span class=\"tag\">").append(html(label(kind, code))).append("</span>"));
    out.append("</dd>\n");
  }

  private void term(ReportText term, String value) {
    if (value != null && !value.isBlank()) {
      out.append("<dt>").append(html(say(term))).append("</dt><dd>").append(html(value)).append("</dd>\n");
    }
  }

  private void cell(String value) {
    out.append("<td>").append(html(value == null ? "" : value)).append("</td>");
  }

  private void paragraph(String cssClass, String text) {
    if (text == null) {
      return;
    }
    out.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">").append(html(text)).append("</p>\n");
  }

  private String label(CodelistKind kind, String code) {
    return catalog.code(kind, code).map(CodeDefinition::label).map(this::pick).orElse(code);
  }

  private String pick(LocalizedText text) {
    return text == null ? null : text.text(language);
  }

  private String say(ReportText text) {
    return text.in(language);
  }

  private static String html(String text) {
    return Encode.forHtml(text);
  }

  private static String attribute(String text) {
    return Encode.forHtmlAttribute(text);
  }
}
