package cat.xmess.io.internal.codec;

import cat.xmess.catalog.ReadLimits;
import cat.xmess.model.Catalog;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON and the model, both ways, with Jackson kept inside this package's callers. Reading is strict
 * (bounded, duplicate keys and unknown fields rejected, trailing content rejected); writing is
 * canonical (record order, absent values and empty lists and maps left out, decimals written plainly), so
 * that the same catalog always gives the same bytes and checksum.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class CatalogCodec {
  /** Two-space indentation and {@code "key": value}, the layout of hand-edited JSON. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
          Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER));

  private final JsonMapper mapper;

  /** A codec enforcing {@code limits} on everything it reads. */
  public CatalogCodec(ReadLimits limits) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxTokenCount(limits.maxTokenCount())
            .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
            .build();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .enable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                // Keeps figures such as 2959408.76 exact on the way through a tree.
                DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Enums carry their wire code in toString(); see cat.xmess.model.WireCode.
            .enable(EnumFeature.READ_ENUMS_USING_TO_STRING, EnumFeature.WRITE_ENUMS_USING_TO_STRING)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .nodeFactory(new ObjectNodesWithViews())
            .changeDefaultPropertyInclusion(
                v -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            // Records turn absent lists into empty ones, so leaving empty lists out loses nothing.
            .withConfigOverride(
                List.class,
                o -> o.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null)))
            // Likewise records turn absent extensions into empty maps. Only the record property is
            // left out when empty: values inside extensions (an empty list or object) are written.
            .withConfigOverride(
                Map.class,
                o -> o.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null)))
            .build();
  }

  /**
   * Makes object nodes whose map has its key and entry views made with it. A map makes these views
   * on first use and keeps them, and the schema check, the binding and the checksum ask every object
   * node of a document for them: in a large document, long after its nodes were promoted to the old
   * generation, so that each view would be a young object held by an old one, which the collector
   * has to find again at every young collection until the view is promoted too. On a catalog of
   * 100,000 initiatives the schema check spent more time in those collections than in checking.
   */
  private static final class ObjectNodesWithViews extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public ObjectNode objectNode() {
      Map<String, JsonNode> members = new LinkedHashMap<>();
      members.keySet();
      members.entrySet();
      return new ObjectNode(this, members);
    }
  }

  /** Parses UTF-8 JSON into a tree; throws Jackson's exceptions, which {@link ReadErrors} explains. */
  public JsonNode readTree(byte[] json) {
    return mapper.readTree(json);
  }

  /** Binds a tree that passed the schema to the model. */
  public Catalog bind(JsonNode tree) {
    return mapper.treeToValue(tree, Catalog.class);
  }

  /**
   * The document as plain values (maps, lists, strings, {@code BigDecimal} numbers, booleans,
   * null), over which {@code metadata.checksum} is computed: a read-only view of {@code tree}
   * whose values are made as they are read, not a copy of it, which for a large catalog took as
   * long as parsing it and as much memory again.
   *
   * @param tree a document read by {@link #readTree}: an object, its fractions read as decimals
   */
  public static Map<String, Object> plain(JsonNode tree) {
    return new PlainObject((ObjectNode) tree);
  }

  private static Object plainValue(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> new PlainObject((ObjectNode) node);
      case ARRAY -> new PlainArray((ArrayNode) node);
      case STRING -> node.stringValue();
      // Exact: the codec reads fractions as BigDecimal (USE_BIG_DECIMAL_FOR_FLOATS).
      case NUMBER -> node.decimalValue();
      case BOOLEAN -> node.booleanValue();
      case NULL -> null;
      default -> throw new IllegalArgumentException("Not a JSON value: " + node.getNodeType());
    };
  }

  private static final class PlainObject extends AbstractMap<String, Object> {
    private final ObjectNode node;

    PlainObject(ObjectNode node) {
      this.node = node;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, Object>> iterator() {
          Iterator<Map.Entry<String, JsonNode>> members = node.properties().iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return members.hasNext();
            }

            @Override
            public Map.Entry<String, Object> next() {
              Map.Entry<String, JsonNode> member = members.next();
              return new SimpleImmutableEntry<>(member.getKey(), plainValue(member.getValue()));
            }
          };
        }

        @Override
        public int size() {
          return node.size();
        }
      };
    }
  }

  private static final class PlainArray extends AbstractList<Object> {
    private final ArrayNode node;

    PlainArray(ArrayNode node) {
      this.node = node;
    }

    @Override
    public Object get(int index) {
      return plainValue(node.get(index));
    }

    @Override
    public int size() {
      return node.size();
    }
  }

  /** Parses UTF-8 JSON straight into the model, for input already known to be valid. */
  public Catalog read(byte[] json) {
    return mapper.readValue(json, Catalog.class);
  }

  /** The canonical compact form of {@code catalog}: the bytes its checksum is computed over. */
  public byte[] toCanonicalBytes(Catalog catalog) {
    return mapper.writeValueAsBytes(catalog);
  }

  /** A part of a catalog (a list of figures, extensions) as compact JSON, written like the catalog. */
  public String toCompactJson(Object part) {
    return new String(mapper.writeValueAsBytes(part), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The catalog as indented JSON with a final newline, the form of files the SDK writes. */
  public String toPrettyJson(Catalog catalog) {
    // Through UTF-8 bytes, like the canonical form: the byte writer escapes an unpaired surrogate,
    // which a String would carry raw and no UTF-8 file could hold.
    byte[] json = mapper.writerWithDefaultPrettyPrinter().with(PRETTY).writeValueAsBytes(catalog);
    return new String(json, java.nio.charset.StandardCharsets.UTF_8) + "\n";
  }
}
