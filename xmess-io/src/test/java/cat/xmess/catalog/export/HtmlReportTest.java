package cat.xmess.catalog.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.Facet;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML report parsed as a browser parses it (jsoup): structure, languages, escaping. */
class HtmlReportTest {
  private static final XmessCatalog BUNDLED = XmessCatalog.bundled();

  private static Document parse(String html) {
    return Jsoup.parse(html);
  }

  @Test
  void theReportIsAnHtml5DocumentWithEverySection() {
    Document doc = parse(CatalogExporter.html(BUNDLED, Language.CA));
    DocumentType doctype = (DocumentType) doc.childNode(0);
    assertEquals("html", doctype.name());
    assertEquals("ca", doc.selectFirst("html").attr("lang"));
    assertNotNull(doc.selectFirst("head > meta[charset=utf-8]"));
    assertTrue(doc.title().contains(BUNDLED.metadata().title().ca()));
    for (String id : List.of("facets", "initiatives", "member-bodies", "sources")) {
      assertNotNull(doc.getElementById(id), id);
    }
    assertEquals(BUNDLED.catalog().initiatives().size(), doc.select("#initiatives article").size());
    assertEquals(BUNDLED.catalog().memberBodies().size(), doc.select("#member-bodies tbody tr").size());
    assertEquals(BUNDLED.catalog().sources().size(), doc.select("#sources li").size());
    Set<String> categories = new HashSet<>();
    BUNDLED.catalog().initiatives().forEach(i -> categories.add(i.category()));
    assertEquals(categories.size(), doc.select("#initiatives > section").size(), "one section per category used");
    // Facet counts are the SDK's.
    int boostCount = BUNDLED.facets(InitiativeQuery.all()).count(Facet.POLICY_CATEGORY, "boost");
    String boostLabel = BUNDLED.code(cat.xmess.model.CodelistKind.POLICY_CATEGORIES, "boost").orElseThrow().label().ca();
    Element row = doc.select("#facets tr").stream().filter(tr -> tr.text().startsWith(boostLabel + " ")).findFirst()
        .orElseThrow();
    assertEquals(String.valueOf(boostCount), row.select("td").last().text());
    assertTrue(doc.select("script, link, img, iframe").isEmpty(), "self-contained: no script, no external resource");
    Set<String> ids = new HashSet<>();
    doc.select("[id]").forEach(e -> assertTrue(ids.add(e.id()), "duplicate id " + e.id()));
    doc.select("a[href^=#]").forEach(a -> assertTrue(ids.contains(a.attr("href").substring(1)), a.attr("href")));
    doc.select("a[href]").forEach(a -> assertTrue(a.attr("href").matches("^(#|https?://).*"), a.attr("href")));
  }

  @Test
  void theReportSpeaksTheChosenLanguage() {
    assertEquals("Iniciatives", parse(CatalogExporter.html(BUNDLED, Language.CA)).selectFirst("#initiatives h2").text());
    Document es = parse(CatalogExporter.html(BUNDLED, Language.ES));
    assertEquals("es", es.selectFirst("html").attr("lang"));
    assertEquals("Iniciativas", es.selectFirst("#initiatives h2").text());
    Document en = parse(CatalogExporter.html(BUNDLED, Language.EN));
    assertEquals("Member bodies", en.selectFirst("#member-bodies h2").text());
    Initiative first = BUNDLED.catalog().initiatives().get(0);
    assertEquals(first.title().en(), en.getElementById("initiative-" + first.id()).selectFirst("h4").text());
  }

  @Test
  void injectedScriptAndTemplatesStayText() {
    String html = CatalogExporter.html(Catalogs.hostile(), Language.EN);
    Document doc = parse(html);
    assertTrue(doc.select("script").isEmpty(), "an injected <script> must not become an element");
    Element article = doc.select("#initiatives article").stream()
        .filter(a -> a.selectFirst("h4").text().equals(Catalogs.SCRIPT)).findFirst().orElseThrow();
    assertEquals(Catalogs.TEMPLATE, article.selectFirst("p").text(), "templates are neither evaluated nor dropped");
    assertFalse(html.contains("<script>"), "the raw markup is escaped in the source");
    assertTrue(html.contains("&lt;script&gt;"));
  }

  @Test
  void aSearchResultReportHoldsOnlyTheSelectedInitiativesAndWhatTheyInvolve() {
    InitiativeQuery query = InitiativeQuery.builder().policyCategory("boost").build();
    List<Initiative> selected = BUNDLED.initiatives(query);
    Document doc = parse(CatalogExporter.html(BUNDLED, query, Language.CA));
    assertEquals(selected.size(), doc.select("#initiatives article").size());
    Set<String> bodies = new HashSet<>();
    selected.forEach(i -> bodies.addAll(i.allMemberBodies()));
    assertEquals(bodies.size(), doc.select("#member-bodies tbody tr").size());
    assertTrue(doc.select("#sources li").size() < BUNDLED.catalog().sources().size());
    assertTrue(doc.selectFirst("header .meta").text().startsWith("Resultat de la cerca"));
  }
}
