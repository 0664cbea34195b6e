package cat.xmess.examples.cli;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.CodelistKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code xmess show <id>}: one record in full. Ids of initiatives, member bodies and sources and
 * the codes of every codelist live in separate namespaces, so all are searched; when an id is used
 * by more than one kind of record the first in that order is shown and the others are named on
 * stderr, and {@code --type} picks one.
 */
@Command(
    name = "show",
    description = {
      "Show an initiative, member body, source or codelist code in full.",
      "Looks the id up among initiatives, member bodies, sources and every codelist, in that"
          + " order."
    })
public final class ShowCommand extends XmessCommand {

  @Parameters(index = "0", paramLabel = "<id>", description = "Id or code of the record.")
  String id;

  @Mixin CatalogOption catalogOption;

  @Option(
      names = "--type",
      paramLabel = "<type>",
      description = "Only look among records of this type: initiative, member-body, source,"
          + " policy-category, administration-role, policy-instrument, theme, target-group,"
          + " entity-form or sdg.")
  String type;

  /** A record found under the id: its type code, the record, and where it sits in the catalog. */
  record Match(String type, Object record, String pointer) {}

  @Override
  protected int execute(Output output) {
    if (type != null && !knownTypes().contains(type)) {
      throw usageError("--type: '" + type + "' is not one of " + String.join(", ", knownTypes()));
    }
    XmessCatalog catalog = catalogOption.load();
    List<Match> matches = find(catalog, id.strip());
    if (type != null) {
      matches.removeIf(match -> !match.type().equals(type));
    }
    if (matches.isEmpty()) {
      throw new CliException(
          "no " + (type == null ? "record" : type) + " has id '" + id + "'");
    }
    Match match = matches.get(0);
    if (matches.size() > 1) {
      output.err().println(
          "xmess: '" + id + "' is also the id of a "
              + matches.subList(1, matches.size()).stream().map(Match::type)
                  .collect(Collectors.joining(", "))
              + "; add --type to choose");
    }
    if (output.json()) {
      output.printJson(toJson(catalog, match));
    } else {
      new RecordPrinter(output, catalog).print(match);
    }
    return CliExitCodes.OK;
  }

  /** Every record with {@code id}, initiatives first, then member bodies, sources and codes. */
  static List<Match> find(XmessCatalog catalog, String id) {
    List<Match> matches = new ArrayList<>();
    catalog.initiative(id).ifPresent(record -> matches.add(new Match(
        RecordType.INITIATIVE.code(), record,
        "/initiatives/" + indexOf(catalog.catalog().initiatives(), record))));
    catalog.memberBody(id).ifPresent(record -> matches.add(new Match(
        RecordType.MEMBER_BODY.code(), record,
        "/memberBodies/" + indexOf(catalog.catalog().memberBodies(), record))));
    catalog.source(id).ifPresent(record -> matches.add(new Match(
        RecordType.SOURCE.code(), record, "/sources/" + indexOf(catalog.catalog().sources(), record))));
    for (CodelistKind kind : CodelistKind.values()) {
      catalog.code(kind, id).ifPresent(record -> matches.add(new Match(
          RecordType.of(kind).code(), record,
          "/codelists/" + kind.fieldName() + "/"
              + indexOf(catalog.catalog().codelists().entries(kind), record))));
    }
    return matches;
  }

  private static int indexOf(List<?> list, Object record) {
    for (int i = 0; i < list.size(); i++) {
      // Identity first, equality as a fallback: the index may hold copies of the records.
      if (list.get(i) == record) {
        return i;
      }
    }
    return list.indexOf(record);
  }

  /**
   * The record exactly as the catalog format writes it, plus {@code "type"} first. Taken from the
   * SDK's own serialisation of the catalog rather than from reflection on the Java record, so
   * that codes, dates and omitted fields look the same as in a catalog file.
   */
  static ObjectNode toJson(XmessCatalog catalog, Match match) {
    JsonNode whole = Json.MAPPER.readTree(CatalogExporter.json(catalog.catalog()));
    JsonNode record = whole.at(match.pointer());
    ObjectNode node = Json.object();
    node.put("type", match.type());
    if (record.isObject()) {
      node.setAll((ObjectNode) record);
    } else {
      // Cannot happen with a consistent catalog; kept so that show never prints half a record.
      node.setAll((ObjectNode) Json.MAPPER.valueToTree(match.record()));
    }
    return node;
  }

  static List<String> knownTypes() {
    List<String> types = new ArrayList<>();
    types.add(RecordType.INITIATIVE.code());
    types.add(RecordType.MEMBER_BODY.code());
    types.add(RecordType.SOURCE.code());
    for (RecordType recordType : RecordType.values()) {
      if (recordType.codelist().isPresent()) {
        types.add(recordType.code());
      }
    }
    return types;
  }
}
