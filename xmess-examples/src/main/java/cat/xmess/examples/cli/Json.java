package cat.xmess.examples.cli;

import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CLI's JSON output. Commands build trees of nodes rather than serialising Java objects, so
 * that each command's JSON shape is written down in one place and does not change when a record
 * gains a field.
 */
final class Json {

  /** Shared, immutable and thread-safe; pretty-printed because people read CLI JSON too. */
  static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** {@code {"ca": ..., "es": ..., "en": ...}}, with {@code null} for a missing language. */
  static ObjectNode text(LocalizedText text) {
    ObjectNode node = object();
    for (Language language : Language.values()) {
      node.put(language.code(), text == null ? null : text.translation(language).orElse(null));
    }
    return node;
  }

  static String write(Object tree) {
    return MAPPER.writeValueAsString(tree);
  }
}
