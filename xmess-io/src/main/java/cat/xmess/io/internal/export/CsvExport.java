package cat.xmess.io.internal.export;

import cat.xmess.catalog.CatalogLayer;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.internal.index.IndexedCatalog;
import cat.xmess.io.internal.codec.CatalogCodec;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.ExternalMapping;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import cat.xmess.model.MemberBody;
import cat.xmess.model.PolicyInstrument;
import cat.xmess.model.Source;
import cat.xmess.model.WireCode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * One CSV file per record type: initiatives, member bodies, sources and each codelist. RFC 4180 as
 * Jackson's CSV writer produces it: UTF-8 (no byte-order mark), a header row, CRLF line ends, every
 * text cell quoted, quotes doubled.
 *
 * <ul>
 *   <li>Texts in three languages become three columns, {@code title_ca}, {@code title_es}, {@code
 *       title_en}.
 *   <li>Lists are joined with {@code |}; inside an item, {@code \} is written {@code \\} and {@code
 *       |} is written {@code \|}, so the items can always be split back.
 *   <li>Nested structures (figures, extensions) are one cell of compact JSON.
 *   <li>The last column, {@code layer}, names the layer each record comes from.
 *   <li>Formula injection (OWASP, "CSV Injection"): a cell that starts with {@code =}, {@code +},
 *       {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, so a spreadsheet
 *       shows it as text instead of running it. The JSON form is the lossless one.
 * </ul>
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class CsvExport {
  /** Separator of the items of a multi-valued cell. */
  public static final String LIST_SEPARATOR = "|";

  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvWriteFeature.ALWAYS_QUOTE_STRINGS).build();

  private CsvExport() {}

  /** File name to CSV text, in a stable order. */
  public static Map<String, String> files(IndexedCatalog catalog, CatalogCodec codec) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("initiatives.csv", initiatives(catalog, codec));
    files.put("member-bodies.csv", memberBodies(catalog, codec));
    files.put("sources.csv", sources(catalog));
    for (CodelistKind kind : CodelistKind.values()) {
      files.put(fileName(kind), codelist(catalog, kind));
    }
    return Collections.unmodifiableMap(files);
  }

  /** {@code policyInstruments} as {@code policy-instruments.csv}. */
  public static String fileName(CodelistKind kind) {
    return kind.fieldName().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT) + ".csv";
  }

  private static String initiatives(IndexedCatalog catalog, CatalogCodec codec) {
    Table table = new Table("id").texts("title").texts("summary")
        .columns("memberBody", "leadBodyName", "coMemberBodies", "coBodyNames", "category", "categoryBasis",
            "categoryAlternatives", "instruments", "roles", "themes", "targetGroups", "sdgs", "entityForms",
            "yearStart", "yearEnd", "figures", "partners", "inAbcGuide", "candidateBasis", "confidence")
        .texts("notes").columns("sourceIds", "extensions", "layer");
    for (Initiative i : catalog.catalog().initiatives()) {
      table.row(i.id()).texts(i.title()).texts(i.summary())
          .cells(i.memberBody(), i.leadBodyName(), list(i.coMemberBodies()), list(i.coBodyNames()), i.category(),
              code(i.categoryBasis()), list(i.categoryAlternatives()), list(i.instruments()), list(i.roles()),
              list(i.themes()), list(i.targetGroups()), list(i.sdgs()), list(i.entityForms()), text(i.yearStart()),
              text(i.yearEnd()), i.figures().isEmpty() ? null : codec.toCompactJson(i.figures()),
              list(i.partners()), code(i.inAbcGuide()), list(i.candidateBasis().stream().map(CsvExport::code).toList()),
              code(i.confidence()))
          .texts(i.notes())
          .cells(list(i.sourceIds()), extensions(i.extensions(), codec),
              layer(catalog.provenance(RecordType.INITIATIVE, i.id())));
    }
    return table.write();
  }

  private static String memberBodies(IndexedCatalog catalog, CatalogCodec codec) {
    Table table = new Table("id").texts("name")
        .columns("kind", "place", "ineCode", "idescatCode", "comarcaCode", "comarcaName", "province",
            "membershipStatus", "joined", "confidence")
        .texts("notes").columns("sourceIds", "extensions", "layer");
    for (MemberBody b : catalog.catalog().memberBodies()) {
      table.row(b.id()).texts(b.name())
          .cells(code(b.kind()), b.place(), b.ineCode(), b.idescatCode(),
              b.comarca() == null ? null : b.comarca().code(), b.comarca() == null ? null : b.comarca().name(),
              code(b.province()), code(b.membershipStatus()), text(b.joined()), code(b.confidence()))
          .texts(b.notes())
          .cells(list(b.sourceIds()), extensions(b.extensions(), codec),
              layer(catalog.provenance(RecordType.MEMBER_BODY, b.id())));
    }
    return table.write();
  }

  private static String sources(IndexedCatalog catalog) {
    Table table = new Table("id").columns("title", "publisher", "urls", "date", "supports", "layer");
    for (Source s : catalog.catalog().sources()) {
      table.row(s.id()).cells(s.title(), s.publisher(), list(s.urls()), s.date(), s.supports(),
          layer(catalog.sourceProvenance(s.id())));
    }
    return table.write();
  }

  private static String codelist(IndexedCatalog catalog, CodelistKind kind) {
    boolean instruments = kind == CodelistKind.POLICY_INSTRUMENTS;
    Table table = new Table("code").texts("label").texts("definition").columns("status", "replacedBy");
    if (instruments) {
      table.columns("defaultCategory", "adminRoles");
    }
    table.columns("sourceIds", "mappings", "layer");
    for (CodeDefinition entry : catalog.catalog().codelists().entries(kind)) {
      Row row = table.row(entry.code()).texts(entry.label()).texts(entry.definition())
          .cells(code(entry.status()), entry.replacedBy());
      if (entry instanceof PolicyInstrument instrument) {
        row.cells(instrument.defaultCategory(), list(instrument.adminRoles()));
      }
      row.cells(list(entry.sourceIds()), list(entry.mappings().stream().map(CsvExport::mapping).toList()),
          layer(catalog.provenance(RecordType.of(kind), entry.code())));
    }
    return table.write();
  }

  private static String mapping(ExternalMapping mapping) {
    return mapping.match() == null ? mapping.target() : mapping.target() + " (" + mapping.match().code() + ")";
  }

  private static String code(WireCode code) {
    return code == null ? null : code.code();
  }

  private static String text(Integer number) {
    return number == null ? null : number.toString();
  }

  private static String layer(Optional<CatalogLayer> layer) {
    return layer.map(CatalogLayer::name).orElse(null);
  }

  private static String extensions(Map<String, Object> extensions, CatalogCodec codec) {
    return extensions.isEmpty() ? null : codec.toCompactJson(extensions);
  }

  /** Items joined with {@link #LIST_SEPARATOR}, each escaped so the join can be undone. */
  static String list(List<String> items) {
    if (items.isEmpty()) {
      return null;
    }
    List<String> escaped = new ArrayList<>(items.size());
    items.forEach(item -> escaped.add(item.replace("\\", "\\\\").replace(LIST_SEPARATOR, "\\" + LIST_SEPARATOR)));
    return String.join(LIST_SEPARATOR, escaped);
  }

  /** OWASP's advice against CSV injection: a cell a spreadsheet would read as a formula starts with {@code '}. */
  static String neutralised(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell == null ? "" : cell;
    }
    char first = cell.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + cell : cell;
  }

  /** The header and rows of one file. */
  private static final class Table {
    private final List<String> header = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    Table(String key) {
      header.add(key);
    }

    Table columns(String... names) {
      header.addAll(List.of(names));
      return this;
    }

    /** Three columns for a text in ca, es and en: {@code name_ca}, {@code name_es}, {@code name_en}. */
    Table texts(String name) {
      for (Language language : Language.values()) {
        header.add(name + "_" + language.code());
      }
      return this;
    }

    Row row(String key) {
      Row row = new Row().cells(key);
      rows.add(row);
      return row;
    }

    String write() {
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
      header.forEach(schema::addColumn);
      StringWriter out = new StringWriter();
      try (SequenceWriter writer = CSV.writer(schema.build().withLineSeparator("\r\n")).writeValues(out)) {
        for (Row row : rows) {
          if (row.cells.size() != header.size()) {
            throw new IllegalStateException(row.cells.size() + " cells for " + header.size() + " columns");
          }
          writer.write(row.cells.toArray(new String[0]));
        }
      }
      return out.toString();
    }
  }

  /** The cells of one row, each neutralised. */
  private static final class Row {
    private final List<String> cells = new ArrayList<>();

    Row cells(String... values) {
      for (String value : values) {
        cells.add(neutralised(value));
      }
      return this;
    }

    Row texts(LocalizedText text) {
      for (Language language : Language.values()) {
        cells(text == null ? null : text.translation(language).orElse(null));
      }
      return this;
    }
  }
}
