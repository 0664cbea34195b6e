package cat.xmess.io.internal.export;

import cat.xmess.model.Catalog;
import cat.xmess.model.CatalogMetadata;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodeStatus;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.ExtensionNamespace;
import cat.xmess.model.ExternalMapping;
import cat.xmess.model.Figure;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import cat.xmess.model.MatchKind;
import cat.xmess.model.MemberBody;
import cat.xmess.model.PolicyInstrument;
import cat.xmess.model.Source;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog as JSON-LD 1.1, following the mapping and draft context of the research dossier
 * ({@code essglobal.md}):
 *
 * <ul>
 *   <li>each codelist is a {@code skos:ConceptScheme} and each code a {@code skos:Concept} with
 *       {@code skos:notation}, language-tagged {@code skos:prefLabel} and {@code skos:definition},
 *       and {@code skos:exactMatch} / {@code closeMatch} / ... to ESSGlobal concepts (in the
 *       concept-scheme base {@code http://purl.org/essglobal/standard/}, not the vocabulary
 *       namespace) and to UN SDG goals; mapping keys without an official IRI ({@code oecd:},
 *       {@code diba:}...) stay literals ({@code xm:externalKey});
 *   <li>initiatives are {@code xm:LocalPolicy} resources (ESSGlobal has no policy class), each tagged
 *       with ESSGlobal theme T6 "Public policies" and linked to its codes, its member bodies and its
 *       sources; member bodies are {@code xm:MemberBody} and {@code schema:GovernmentOrganization};
 *       sources are {@code dcterms:BibliographicResource};
 *   <li>the catalog itself is a {@code dcat:Dataset}.
 * </ul>
 *
 * <p>The dossier's pitfalls are kept in mind: concept-valued properties are {@code "@type": "@id"};
 * language tags are lower case; {@code dcterms:} is {@code http://purl.org/dc/terms/}. The catalog's
 * own IRIs ({@code https://xmess.cat/...}) are identifiers, like the schema's {@code $id}, not
 * addresses that resolve. Extension fields become properties in their declared namespace, with
 * their value kept as a JSON literal ({@code "@type": "@json"}).
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class JsonLdExport {
  /** Base of the catalog's own vocabulary. */
  public static final String VOCAB = "https://xmess.cat/vocab/";
  /** Base of the codelists' concept schemes. */
  public static final String CODELISTS = "https://xmess.cat/codelist/";
  /** Base of the catalog's records. */
  public static final String RECORDS = "https://xmess.cat/id/";

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonNodeFactory NODES = JSON.getNodeFactory();

  /** Scheme slugs of the dossier's mapping table (section 4). */
  private static final Map<CodelistKind, String> SCHEMES = new EnumMap<>(Map.of(
      CodelistKind.POLICY_CATEGORIES, "policy-category",
      CodelistKind.ADMINISTRATION_ROLES, "admin-role",
      CodelistKind.POLICY_INSTRUMENTS, "policy-instrument",
      CodelistKind.THEMES, "sector",
      CodelistKind.TARGET_GROUPS, "target-group",
      CodelistKind.ENTITY_FORMS, "entity-form",
      CodelistKind.SDGS, "sdg"));

  /** Mapping prefixes with official IRIs: the CSV prefix {@code essglobal:} is the scheme base. */
  private static final Map<String, String> MAPPING_BASES = Map.of(
      "essglobal", "http://purl.org/essglobal/standard/",
      "sdg", "http://metadata.un.org/sdg/");

  private JsonLdExport() {}

  /** The JSON-LD document of {@code catalog}. */
  public static String of(Catalog catalog) {
    ObjectNode document = NODES.objectNode();
    document.set("@context", context(catalog.metadata()));
    ArrayNode graph = document.putArray("@graph");
    graph.add(dataset(catalog.metadata()));
    for (CodelistKind kind : CodelistKind.values()) {
      graph.add(scheme(kind));
      catalog.codelists().entries(kind).forEach(entry -> graph.add(concept(kind, entry)));
    }
    catalog.memberBodies().forEach(body -> graph.add(memberBody(body)));
    catalog.initiatives().forEach(initiative -> graph.add(initiative(initiative)));
    catalog.sources().forEach(source -> graph.add(source(source)));
    return JSON.writeValueAsString(document) + "\n";
  }

  /** The context: the dossier's draft, adapted to the catalog's IRIs, plus declared extension namespaces. */
  public static ObjectNode context(CatalogMetadata metadata) {
    ObjectNode c = NODES.objectNode();
    c.put("@version", 1.1);
    c.put("xm", VOCAB).put("xmc", CODELISTS).put("xmr", RECORDS);
    c.put("essglobal", "http://purl.org/essglobal/vocab/").put("esss", "http://purl.org/essglobal/standard/");
    c.put("skos", "http://www.w3.org/2004/02/skos/core#").put("dcterms", "http://purl.org/dc/terms/");
    c.put("dcat", "http://www.w3.org/ns/dcat#").put("schema", "http://schema.org/");
    c.put("foaf", "http://xmlns.com/foaf/0.1/").put("owl", "http://www.w3.org/2002/07/owl#");
    c.put("xsd", "http://www.w3.org/2001/XMLSchema#").put("sdg", "http://metadata.un.org/sdg/");
    c.put("Policy", "xm:LocalPolicy").put("MemberBody", "xm:MemberBody");
    languageMap(c, "title", "dcterms:title");
    languageMap(c, "description", "dcterms:description");
    languageMap(c, "notes", "skos:note");
    languageMap(c, "name", "schema:name");
    languageMap(c, "prefLabel", "skos:prefLabel");
    languageMap(c, "definition", "skos:definition");
    link(c, "municipality", "xm:municipality", false);
    link(c, "leadBody", "xm:leadBody", false);
    link(c, "memberBody", "xm:memberBody", true);
    link(c, "category", "xm:policyCategory", false);
    link(c, "categoryAlternative", "xm:policyCategoryAlternative", true);
    link(c, "instrument", "xm:instrument", true);
    link(c, "role", "xm:adminRole", true);
    link(c, "sector", "xm:sector", true);
    link(c, "targetGroup", "xm:targetGroup", true);
    link(c, "entityForm", "xm:entityForm", true);
    link(c, "sdgGoal", "xm:sdg", true);
    link(c, "theme", "dcterms:subject", true);
    link(c, "source", "dcterms:source", true);
    link(c, "inScheme", "skos:inScheme", false);
    link(c, "license", "dcterms:license", false);
    link(c, "page", "foaf:page", true);
    link(c, "isReplacedBy", "dcterms:isReplacedBy", false);
    for (MatchKind match : MatchKind.values()) {
      link(c, match.code() + "Match", "skos:" + match.code() + "Match", true);
    }
    c.put("notation", "skos:notation").put("identifier", "dcterms:identifier");
    if (metadata != null) {
      for (ExtensionNamespace namespace : metadata.extensionNamespaces()) {
        c.put(namespace.prefix(), namespace.uri());
      }
    }
    return c;
  }

  private static void languageMap(ObjectNode context, String term, String iri) {
    context.putObject(term).put("@id", iri).put("@container", "@language");
  }

  private static void link(ObjectNode context, String term, String iri, boolean set) {
    ObjectNode definition = context.putObject(term).put("@id", iri).put("@type", "@id");
    if (set) {
      definition.put("@container", "@set");
    }
  }

  private static ObjectNode dataset(CatalogMetadata metadata) {
    ObjectNode node = NODES.objectNode().put("@id", RECORDS + "catalog").put("@type", "dcat:Dataset");
    text(node, "title", metadata.title());
    text(node, "description", metadata.description());
    node.put("dcat:version", metadata.dataVersion());
    node.put("xm:schemaVersion", metadata.schemaVersion());
    node.set("dcterms:issued", NODES.objectNode().put("@value", metadata.generated().toString())
        .put("@type", "xsd:date"));
    node.put("license", metadata.license().url());
    return node;
  }

  private static ObjectNode scheme(CodelistKind kind) {
    ObjectNode node = NODES.objectNode().put("@id", "xmc:" + SCHEMES.get(kind)).put("@type", "skos:ConceptScheme");
    node.put("notation", kind.fieldName());
    return node;
  }

  /** The compact IRI of a code of {@code kind}. */
  static String conceptIri(CodelistKind kind, String code) {
    return "xmc:" + SCHEMES.get(kind) + "/" + code;
  }

  private static ObjectNode concept(CodelistKind kind, CodeDefinition entry) {
    ObjectNode node = NODES.objectNode().put("@id", conceptIri(kind, entry.code())).put("@type", "skos:Concept");
    node.put("inScheme", "xmc:" + SCHEMES.get(kind));
    node.put("notation", entry.code());
    text(node, "prefLabel", entry.label());
    text(node, "definition", entry.definition());
    if (entry.status() == CodeStatus.DEPRECATED) {
      node.put("owl:deprecated", true);
    }
    if (entry.status() == CodeStatus.PROVISIONAL) {
      node.put("xm:status", entry.status().code());
    }
    if (entry.replacedBy() != null) {
      node.put("isReplacedBy", conceptIri(kind, entry.replacedBy()));
    }
    if (entry instanceof PolicyInstrument instrument) {
      node.put("xm:defaultCategory", conceptIri(CodelistKind.POLICY_CATEGORIES, instrument.defaultCategory()));
      links(node, "role", CodelistKind.ADMINISTRATION_ROLES, instrument.adminRoles());
    }
    for (ExternalMapping mapping : entry.mappings()) {
      int colon = mapping.target().indexOf(':');
      String base = MAPPING_BASES.get(mapping.target().substring(0, colon));
      if (base == null) {
        node.withArrayProperty("xm:externalKey").add(mapping.target());
      } else {
        String relation = (mapping.match() == null ? MatchKind.RELATED : mapping.match()).code() + "Match";
        node.withArrayProperty(relation).add(base + mapping.target().substring(colon + 1));
      }
    }
    sources(node, entry.sourceIds());
    return node;
  }

  private static ObjectNode memberBody(MemberBody body) {
    ObjectNode node = NODES.objectNode().put("@id", "xmr:member-body/" + body.id());
    node.putArray("@type").add("MemberBody").add("schema:GovernmentOrganization");
    node.put("identifier", body.id());
    text(node, "name", body.name());
    node.put("xm:kind", body.kind().code());
    node.put("xm:place", body.place());
    if (body.idescatCode() != null) {
      // The dossier's municipality IRIs end with the six-digit Idescat code.
      node.put("municipality", "xmr:municipality/" + body.idescatCode());
      node.put("xm:ineCode", body.ineCode()).put("xm:idescatCode", body.idescatCode());
    }
    if (body.comarca() != null) {
      node.put("xm:comarca", body.comarca().name());
    }
    node.put("xm:province", body.province().code());
    node.put("xm:membershipStatus", body.membershipStatus().code());
    if (body.joined() != null) {
      node.put("xm:joined", body.joined());
    }
    node.put("xm:confidence", body.confidence().code());
    text(node, "notes", body.notes());
    sources(node, body.sourceIds());
    extensions(node, body.extensions());
    return node;
  }

  private static ObjectNode initiative(Initiative it) {
    ObjectNode node = NODES.objectNode().put("@id", "xmr:initiative/" + it.id()).put("@type", "Policy");
    node.put("identifier", it.id());
    text(node, "title", it.title());
    text(node, "description", it.summary());
    if (it.memberBody() != null) {
      node.put("leadBody", "xmr:member-body/" + it.memberBody());
    }
    if (it.leadBodyName() != null) {
      node.put("xm:leadBodyName", it.leadBodyName());
    }
    ArrayNode bodies = node.putArray("memberBody");
    it.allMemberBodies().forEach(id -> bodies.add("xmr:member-body/" + id));
    node.put("category", conceptIri(CodelistKind.POLICY_CATEGORIES, it.category()));
    node.put("xm:categoryBasis", it.categoryBasis().code());
    links(node, "categoryAlternative", CodelistKind.POLICY_CATEGORIES, it.categoryAlternatives());
    links(node, "instrument", CodelistKind.POLICY_INSTRUMENTS, it.instruments());
    links(node, "role", CodelistKind.ADMINISTRATION_ROLES, it.roles());
    links(node, "sector", CodelistKind.THEMES, it.themes());
    links(node, "targetGroup", CodelistKind.TARGET_GROUPS, it.targetGroups());
    links(node, "sdgGoal", CodelistKind.SDGS, it.sdgs());
    links(node, "entityForm", CodelistKind.ENTITY_FORMS, it.entityForms());
    // The dossier: ESSGlobal has no policy class; tag policies with its theme T6, "Public policies".
    node.putArray("theme").add("esss:themes/T6");
    if (it.yearStart() != null) {
      node.put("xm:yearStart", it.yearStart());
    }
    if (it.yearEnd() != null) {
      node.put("xm:yearEnd", it.yearEnd());
    }
    for (Figure figure : it.figures()) {
      ObjectNode f = node.withArrayProperty("xm:figure").addObject().put("xm:name", figure.name());
      if (figure.value() != null) {
        f.set("xm:value", decimal(figure.value()));
      }
      if (figure.text() != null) {
        f.put("xm:text", figure.text());
      }
    }
    it.coBodyNames().forEach(name -> node.withArrayProperty("xm:coBodyName").add(name));
    it.partners().forEach(partner -> node.withArrayProperty("xm:partnerName").add(partner));
    node.put("xm:inAbcGuide", it.inAbcGuide().code());
    if (it.guideCitation() != null) {
      // The guide's page as a bibliographic citation: the cited source (the guide) and its page.
      node.putObject("xm:guideCitation").put("@type", "xm:GuideCitation")
          .put("source", "xmr:source/" + it.guideCitation().sourceId())
          .put("xm:page", it.guideCitation().page());
    }
    it.candidateBasis().forEach(basis -> node.withArrayProperty("xm:candidateBasis").add(basis.code()));
    node.put("xm:confidence", it.confidence().code());
    text(node, "notes", it.notes());
    sources(node, it.sourceIds());
    extensions(node, it.extensions());
    return node;
  }

  private static ObjectNode source(Source source) {
    ObjectNode node = NODES.objectNode().put("@id", "xmr:source/" + source.id())
        .put("@type", "dcterms:BibliographicResource");
    node.put("identifier", source.id());
    node.put("dcterms:title", source.title());
    if (Boolean.TRUE.equals(source.abcGuide())) {
      node.put("xm:abcGuide", true);
    }
    if (source.publisher() != null) {
      node.put("dcterms:publisher", source.publisher());
    }
    if (source.date() != null) {
      node.put("dcterms:date", source.date());
    }
    if (!source.urls().isEmpty()) {
      ArrayNode pages = node.putArray("page");
      source.urls().forEach(pages::add);
    }
    return node;
  }

  private static ObjectNode decimal(BigDecimal value) {
    return NODES.objectNode().put("@value", value.toPlainString()).put("@type", "xsd:decimal");
  }

  private static void text(ObjectNode node, String term, LocalizedText text) {
    if (text == null) {
      return;
    }
    ObjectNode map = node.putObject(term);
    for (Language language : Language.values()) {
      text.translation(language).ifPresent(value -> map.put(language.code(), value));
    }
  }

  private static void links(ObjectNode node, String term, CodelistKind kind, List<String> codes) {
    if (!codes.isEmpty()) {
      ArrayNode links = node.putArray(term);
      codes.forEach(code -> links.add(conceptIri(kind, code)));
    }
  }

  private static void sources(ObjectNode node, List<String> ids) {
    if (!ids.isEmpty()) {
      ArrayNode links = node.putArray("source");
      ids.forEach(id -> links.add("xmr:source/" + id));
    }
  }

  /** Each extension member as a property of its namespace, its value a JSON literal. */
  private static void extensions(ObjectNode node, Map<String, Object> extensions) {
    extensions.forEach((prefix, value) -> {
      if (value instanceof Map<?, ?> members) {
        // Names become the local part of an IRI: percent-encoded, so any JSON name gives a valid IRI.
        members.forEach((name, member) -> node.set(prefix + ":"
            + java.net.URLEncoder.encode(String.valueOf(name), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"), jsonLiteral(member)));
      } else {
        node.set(prefix + ":value", jsonLiteral(value));
      }
    });
  }

  private static ObjectNode jsonLiteral(Object value) {
    JsonNode json = JSON.valueToTree(value);
    ObjectNode literal = NODES.objectNode();
    literal.set("@value", json);
    return literal.put("@type", "@json");
  }
}
