package cat.xmess.catalog.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.CodelistKind;
import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JSON-LD export read by a real JSON-LD 1.1 processor (Titanium): it expands, compacts back with
 * its own context, and expands again to the same graph; the expanded graph has the classes and links
 * the ESSGlobal mapping promises.
 */
class JsonLdExportTest {
  private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  private static final XmessCatalog BUNDLED = XmessCatalog.bundled();

  private static JsonArray expand(String jsonLd) throws JsonLdError {
    return JsonLd.expand(JsonDocument.of(new StringReader(jsonLd))).get();
  }

  private static List<JsonObject> ofType(JsonArray expanded, String type) {
    return expanded.stream().map(JsonValue::asJsonObject)
        .filter(node -> node.containsKey("@type") && node.getJsonArray("@type").stream()
            .anyMatch(t -> ((jakarta.json.JsonString) t).getString().equals(type)))
        .toList();
  }

  private static JsonObject node(JsonArray expanded, String id) {
    return expanded.stream().map(JsonValue::asJsonObject).filter(n -> id.equals(n.getString("@id", null)))
        .findFirst().orElseThrow(() -> new AssertionError("no node " + id));
  }

  private static Set<String> ids(JsonObject node, String property) {
    return node.getJsonArray(property).stream().map(v -> v.asJsonObject().getString("@id")).collect(Collectors.toSet());
  }

  @Test
  void itExpandsToTheClassesAndLinksOfTheMapping() throws JsonLdError {
    JsonArray expanded = expand(CatalogExporter.jsonLd(BUNDLED));
    assertEquals(BUNDLED.catalog().initiatives().size(), ofType(expanded, "https://xmess.cat/vocab/LocalPolicy").size());
    assertEquals(BUNDLED.catalog().memberBodies().size(), ofType(expanded, "https://xmess.cat/vocab/MemberBody").size());
    assertEquals(CodelistKind.values().length, ofType(expanded, SKOS + "ConceptScheme").size());
    assertEquals(133, ofType(expanded, SKOS + "Concept").size());
    assertEquals(1, ofType(expanded, "http://www.w3.org/ns/dcat#Dataset").size());

    JsonObject housing = node(expanded, "https://xmess.cat/codelist/sector/housing");
    assertEquals(Set.of("http://purl.org/essglobal/standard/activities-modified/AM90"), ids(housing, SKOS + "exactMatch"));
    assertEquals(Set.of("https://xmess.cat/codelist/sector"), ids(housing, SKOS + "inScheme"));
    Set<String> languages = housing.getJsonArray(SKOS + "prefLabel").stream()
        .map(v -> v.asJsonObject().getString("@language")).collect(Collectors.toSet());
    assertEquals(Set.of("ca", "es", "en"), languages);

    var initiative = BUNDLED.catalog().initiatives().get(0);
    JsonObject policy = node(expanded, "https://xmess.cat/id/initiative/" + initiative.id());
    assertEquals(Set.of("https://xmess.cat/codelist/policy-category/" + initiative.category()),
        ids(policy, "https://xmess.cat/vocab/policyCategory"));
    assertEquals(Set.of("http://purl.org/essglobal/standard/themes/T6"), ids(policy, "http://purl.org/dc/terms/subject"));
    assertEquals(initiative.sourceIds().stream().map(s -> "https://xmess.cat/id/source/" + s).collect(Collectors.toSet()),
        ids(policy, "http://purl.org/dc/terms/source"));
    for (String link : ids(policy, "https://xmess.cat/vocab/sector")) {
      node(expanded, link); // every code an initiative links to is a node of the graph
    }
  }

  @Test
  void itCompactsBackWithItsOwnContextToTheSameGraph() throws JsonLdError {
    String document = CatalogExporter.jsonLd(BUNDLED);
    JsonArray expanded = expand(document);
    JsonObject context = Json.createObjectBuilder()
        .add("@context", Json.createReader(new StringReader(document)).readObject().get("@context")).build();
    JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context)).get();
    assertTrue(compacted.containsKey("@graph"));
    JsonArray again = JsonLd.expand(JsonDocument.of(compacted)).get();
    assertEquals(new HashSet<>(expanded), new HashSet<>(again));
    assertEquals(expanded.size(), again.size());
  }

  @Test
  void extensionFieldsBecomePropertiesOfTheirNamespaceWithJsonValues() throws JsonLdError {
    XmessCatalog extended = Catalogs.changed(tree -> {
      tree.withObjectProperty("metadata").withArrayProperty("extensionNamespaces").addObject()
          .put("prefix", "bcn").put("uri", "https://example.org/bcn/");
      ((tools.jackson.databind.node.ObjectNode) tree.at("/initiatives/0")).putObject("extensions").putObject("bcn")
          .put("budgetLine", "2024/441").putArray("districts").add("Sants").add(3);
    });
    JsonArray expanded = expand(CatalogExporter.jsonLd(extended));
    JsonObject policy = node(expanded, "https://xmess.cat/id/initiative/" + extended.catalog().initiatives().get(0).id());
    JsonObject districts = policy.getJsonArray("https://example.org/bcn/districts").getJsonObject(0);
    assertEquals("@json", districts.getString("@type"));
    assertEquals(Json.createArrayBuilder().add("Sants").add(3).build(), districts.get("@value"));
  }
}
