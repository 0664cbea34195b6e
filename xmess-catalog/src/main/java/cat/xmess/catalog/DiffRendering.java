package cat.xmess.catalog;

import cat.xmess.catalog.CatalogDiff.Change;
import cat.xmess.catalog.CatalogDiff.Deprecation;
import cat.xmess.catalog.CatalogDiff.FieldChange;
import cat.xmess.catalog.CatalogDiff.RecordChange;
import cat.xmess.catalog.internal.json.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Text, JSON and Markdown forms of a {@link CatalogDiff}. */
final class DiffRendering {
  /** Longest value shown in text: whole records belong in the JSON form. */
  private static final int MAX_SHOWN = 120;

  private DiffRendering() {}

  /** One line per record, indented lines per changed field. */
  public static String text(CatalogDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append("Catalog diff: data ").append(diff.olderDataVersion()).append(" -> ").append(diff.newerDataVersion())
        .append(", schema ").append(diff.olderSchemaVersion()).append(" -> ").append(diff.newerSchemaVersion())
        .append('\n');
    if (diff.isEmpty()) {
      return out.append("No differences.\n").toString();
    }
    out.append(diff.changes(Change.ADDED).size()).append(" added, ")
        .append(diff.changes(Change.REMOVED).size()).append(" removed, ")
        .append(diff.changes(Change.CHANGED).size()).append(" changed, ")
        .append(diff.deprecations().size()).append(" deprecated\n\n");
    for (RecordChange change : diff.changes()) {
      char mark = switch (change.change()) {
        case ADDED -> '+';
        case REMOVED -> '-';
        case CHANGED -> '~';
      };
      out.append(mark).append(' ').append(change.type()).append(' ').append(change.id()).append('\n');
      if (change.change() == Change.CHANGED) {
        for (FieldChange field : change.fields()) {
          out.append("    ").append(field.pointer()).append(": ").append(shown(field.oldValue())).append(" -> ")
              .append(shown(field.newValue())).append('\n');
        }
      }
    }
    for (Deprecation deprecation : diff.deprecations()) {
      out.append("! ").append(RecordType.of(deprecation.codelist()).code()).append(' ').append(deprecation.code())
          .append(" deprecated").append(deprecation.replacedBy() == null ? "" : ", replaced by " + deprecation.replacedBy())
          .append('\n');
    }
    return out.toString();
  }

  private static String shown(@Nullable String value) {
    if (value == null) {
      return "(absent)";
    }
    return value.length() <= MAX_SHOWN ? value : value.substring(0, MAX_SHOWN) + "…";
  }

  /** The diff as a JSON document, values embedded as JSON. */
  public static String json(CatalogDiff diff) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("older", versions(diff.olderDataVersion(), diff.olderSchemaVersion()));
    root.put("newer", versions(diff.newerDataVersion(), diff.newerSchemaVersion()));
    List<Object> changes = new ArrayList<>();
    for (RecordChange change : diff.changes()) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("change", change.change().code());
      node.put("type", change.type());
      node.put("id", change.id());
      putIfPresent(node, "olderPointer", change.olderPointer());
      putIfPresent(node, "newerPointer", change.newerPointer());
      List<Object> fields = new ArrayList<>();
      for (FieldChange field : change.fields()) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("pointer", field.pointer());
        // The values are JSON texts already: embedded as they are, not quoted again.
        putIfPresent(f, "old", field.oldValue() == null ? null : new JsonText.Raw(field.oldValue()));
        putIfPresent(f, "new", field.newValue() == null ? null : new JsonText.Raw(field.newValue()));
        fields.add(f);
      }
      node.put("fields", fields);
      changes.add(node);
    }
    root.put("changes", changes);
    List<Object> deprecations = new ArrayList<>();
    for (Deprecation deprecation : diff.deprecations()) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("type", RecordType.of(deprecation.codelist()).code());
      node.put("code", deprecation.code());
      putIfPresent(node, "replacedBy", deprecation.replacedBy());
      deprecations.add(node);
    }
    root.put("deprecations", deprecations);
    return JsonText.pretty(root) + "\n";
  }

  private static Map<String, Object> versions(@Nullable String dataVersion, @Nullable String schemaVersion) {
    Map<String, Object> versions = new LinkedHashMap<>();
    versions.put("dataVersion", dataVersion);
    versions.put("schemaVersion", schemaVersion);
    return versions;
  }

  private static void putIfPresent(Map<String, Object> object, String name, @Nullable Object value) {
    if (value != null) {
      object.put(name, value);
    }
  }

  /** A Keep-a-Changelog style Markdown section. */
  public static String changelog(CatalogDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append("## Data ").append(diff.newerDataVersion()).append("\n\n");
    out.append("Compared with data ").append(diff.olderDataVersion());
    if (!String.valueOf(diff.olderSchemaVersion()).equals(String.valueOf(diff.newerSchemaVersion()))) {
      out.append(" (schema ").append(diff.olderSchemaVersion()).append(" -> ").append(diff.newerSchemaVersion())
          .append(')');
    }
    out.append(".\n");
    if (diff.isEmpty()) {
      return out.append("\nNo changes.\n").toString();
    }
    section(out, "Added", diff.changes(Change.ADDED), false);
    section(out, "Changed", diff.changes(Change.CHANGED), true);
    if (!diff.deprecations().isEmpty()) {
      out.append("\n### Deprecated\n\n");
      for (Deprecation deprecation : diff.deprecations()) {
        out.append("- ").append(name(RecordType.of(deprecation.codelist()).code())).append(" `")
            .append(deprecation.code()).append('`')
            .append(deprecation.replacedBy() == null ? "" : ", replaced by `" + deprecation.replacedBy() + "`")
            .append('\n');
      }
    }
    section(out, "Removed", diff.changes(Change.REMOVED), false);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<RecordChange> changes, boolean withFields) {
    if (changes.isEmpty()) {
      return;
    }
    out.append("\n### ").append(title).append("\n\n");
    for (RecordChange change : changes) {
      out.append("- ").append(name(change.type())).append(" `").append(change.id()).append('`');
      if (withFields) {
        out.append(": ").append(change.fields().stream().map(f -> "`" + f.pointer() + "`")
            .collect(Collectors.joining(", ")));
      }
      out.append('\n');
    }
  }

  /** {@code member-body} as "Member body". */
  private static String name(String type) {
    String words = type.replace('-', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
