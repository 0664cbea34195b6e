package cat.xmess.examples.cli;

import cat.xmess.catalog.Facet;
import cat.xmess.catalog.FacetCounts;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Catalog;
import cat.xmess.model.CatalogMetadata;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Confidence;
import cat.xmess.model.MemberBody;
import cat.xmess.model.Province;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code xmess stats}: what a catalog holds, counted. Every known value is listed, with zero where
 * nothing has it, so that the shape of the JSON does not depend on the data.
 */
@Command(
    name = "stats",
    description = "Count the records of the catalog by type, initiatives by category and"
        + " confidence, and member bodies by province and confidence; show its versions and"
        + " licence.")
public final class StatsCommand extends XmessCommand {

  @Mixin CatalogOption catalogOption;

  /** The counts, keyed by code, in a stable order; built once for both output formats. */
  record Stats(
      CatalogMetadata metadata,
      Map<String, Integer> records,
      Map<String, Integer> initiativesPerCategory,
      Map<String, Integer> memberBodiesPerProvince,
      Map<String, Integer> initiativesPerConfidence,
      Map<String, Integer> memberBodiesPerConfidence) {}

  @Override
  protected int execute(Output output) {
    XmessCatalog catalog = catalogOption.load();
    Stats stats = count(catalog);
    if (output.json()) {
      output.printJson(toJson(stats));
    } else {
      printText(output, catalog, stats);
    }
    return CliExitCodes.OK;
  }

  static Stats count(XmessCatalog catalog) {
    Catalog data = catalog.catalog();
    Map<String, Integer> records = new LinkedHashMap<>();
    records.put(RecordType.INITIATIVE.code(), data.initiatives().size());
    records.put(RecordType.MEMBER_BODY.code(), data.memberBodies().size());
    records.put(RecordType.SOURCE.code(), data.sources().size());
    for (CodelistKind kind : CodelistKind.values()) {
      records.put(RecordType.of(kind).code(), data.codelists().entries(kind).size());
    }

    // The facet counts come from the SDK's index; the codelist gives the order and the zeros.
    FacetCounts facets = catalog.facets(InitiativeQuery.all());
    Map<String, Integer> perCategory = new LinkedHashMap<>();
    for (CodeDefinition category : data.codelists().entries(CodelistKind.POLICY_CATEGORIES)) {
      perCategory.put(category.code(), facets.count(Facet.POLICY_CATEGORY, category.code()));
    }
    facets.of(Facet.POLICY_CATEGORY).forEach(perCategory::putIfAbsent);

    Map<String, Integer> initiativesPerConfidence = new LinkedHashMap<>();
    for (Confidence confidence : Confidence.values()) {
      initiativesPerConfidence.put(
          confidence.code(), facets.count(Facet.CONFIDENCE, confidence.code()));
    }

    return new Stats(
        data.metadata(),
        records,
        perCategory,
        countBodies(data, Province.values(), MemberBody::province),
        initiativesPerConfidence,
        countBodies(data, Confidence.values(), MemberBody::confidence));
  }

  private static <E extends Enum<E> & cat.xmess.model.WireCode> Map<String, Integer> countBodies(
      Catalog data, E[] values, Function<MemberBody, E> key) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (E value : values) {
      counts.put(value.code(), 0);
    }
    for (MemberBody body : data.memberBodies()) {
      E value = key.apply(body);
      if (value != null) {
        counts.merge(value.code(), 1, Integer::sum);
      }
    }
    return counts;
  }

  static ObjectNode toJson(Stats stats) {
    ObjectNode node = Json.object();
    CatalogMetadata metadata = stats.metadata();
    ObjectNode meta = node.putObject("metadata");
    meta.put("schemaVersion", metadata.schemaVersion());
    meta.put("dataVersion", metadata.dataVersion());
    meta.put("generated", metadata.generated() == null ? null : metadata.generated().toString());
    meta.set("title", Json.text(metadata.title()));
    if (metadata.license() != null) {
      ObjectNode license = meta.putObject("license");
      license.put("id", metadata.license().id());
      license.put("url", metadata.license().url());
      license.set("attribution", Json.text(metadata.license().attribution()));
    }
    putCounts(node, "records", stats.records());
    putCounts(node, "initiativesPerCategory", stats.initiativesPerCategory());
    putCounts(node, "memberBodiesPerProvince", stats.memberBodiesPerProvince());
    putCounts(node, "initiativesPerConfidence", stats.initiativesPerConfidence());
    putCounts(node, "memberBodiesPerConfidence", stats.memberBodiesPerConfidence());
    return node;
  }

  private static void putCounts(ObjectNode parent, String name, Map<String, Integer> counts) {
    ObjectNode node = parent.putObject(name);
    counts.forEach(node::put);
  }

  private static void printText(Output output, XmessCatalog catalog, Stats stats) {
    CatalogMetadata metadata = stats.metadata();
    output.heading(output.pick(metadata.title()));
    output.field(Label.DATA_VERSION, metadata.dataVersion());
    output.field(Label.SCHEMA_VERSION, metadata.schemaVersion());
    output.field(Label.GENERATED, metadata.generated());
    if (metadata.license() != null) {
      output.field(Label.LICENSE, metadata.license().id() + " <" + metadata.license().url() + ">");
      output.field(Label.ATTRIBUTION, output.pick(metadata.license().attribution()));
    }

    Map<String, String> recordNames = new LinkedHashMap<>();
    recordNames.put(RecordType.INITIATIVE.code(), output.say(Label.TYPE_INITIATIVE));
    recordNames.put(RecordType.MEMBER_BODY.code(), output.say(Label.TYPE_MEMBER_BODY));
    recordNames.put(RecordType.SOURCE.code(), output.say(Label.TYPE_SOURCE));
    for (CodelistKind kind : CodelistKind.values()) {
      recordNames.put(RecordType.of(kind).code(), output.say(Label.plural(RecordType.of(kind))));
    }
    table(output, Label.RECORDS_PER_TYPE, stats.records(), recordNames::get);
    table(output, Label.INITIATIVES_PER_CATEGORY, stats.initiativesPerCategory(),
        code -> catalog.code(CodelistKind.POLICY_CATEGORIES, code)
            .map(entry -> output.pick(entry.label()) + " (" + code + ")")
            .orElse(code));
    table(output, Label.BODIES_PER_PROVINCE, stats.memberBodiesPerProvince(),
        code -> cat.xmess.model.WireCode.parse(Province.class, code).displayName());
    table(output, Label.INITIATIVES_PER_CONFIDENCE, stats.initiativesPerConfidence(), code -> code);
    table(output, Label.BODIES_PER_CONFIDENCE, stats.memberBodiesPerConfidence(), code -> code);
  }

  /** A heading and right-aligned counts, one row per key, named by {@code name}. */
  private static void table(
      Output output, Label heading, Map<String, Integer> counts, Function<String, String> name) {
    output.subheading(heading);
    int width = counts.values().stream().mapToInt(n -> Integer.toString(n).length()).max()
        .orElse(1);
    counts.forEach((code, count) ->
        output.out().println(String.format(java.util.Locale.ROOT, "  %" + width + "d  %s", count,
            name.apply(code))));
  }
}
