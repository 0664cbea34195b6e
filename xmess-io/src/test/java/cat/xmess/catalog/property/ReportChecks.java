package cat.xmess.catalog.property;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.catalog.ValidationReport;
import cat.xmess.model.Language;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What every validation report must look like, whatever the input. */
final class ReportChecks {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  /** Errors about a value that is not there: they point at the member that is missing. */
  private static final Set<ErrorCode> MAY_POINT_AT_ABSENT_VALUE =
      EnumSet.of(ErrorCode.MISSING_REQUIRED, ErrorCode.MISSING_TRANSLATION, ErrorCode.INE_IDESCAT_MISMATCH);

  private ReportChecks() {}

  /**
   * Every error has a JSON Pointer ("" or starting with "/", escapes well formed), a code, a layer
   * and a complete message in ca, es and en; errors come ordered by layer, and the layers that bind
   * the model (constraints, integrity) never report alongside the ones that refuse to (syntax,
   * schema).
   */
  static void assertWellFormed(ValidationReport report, String context) {
    assertNotNull(report, context + ": no report");
    assertNotNull(report.errors(), context + ": null error list");
    int lastLayer = -1;
    boolean early = false;
    boolean late = false;
    for (ValidationError error : report.errors()) {
      Supplier<String> where = () -> context + ": " + error;
      assertNotNull(error.pointer(), where);
      assertTrue(error.pointer().isEmpty() || error.pointer().startsWith("/"),
          () -> context + ": pointer '" + error.pointer() + "' is neither \"\" nor starts with \"/\"");
      assertWellFormedEscapes(error.pointer(), context);
      assertNotNull(error.code(), where);
      assertNotNull(error.layer(), where);
      assertNotNull(error.message(), where);
      for (Language language : Language.values()) {
        String text = error.message().translation(language).orElse(null);
        assertTrue(text != null && !text.isBlank(), () -> where.get() + ": no message in " + language);
      }
      int layer = error.layer().ordinal();
      assertTrue(layer >= lastLayer, () -> context + ": errors are not ordered by layer: " + report);
      lastLayer = layer;
      early |= error.layer() == ValidationLayer.SYNTAX || error.layer() == ValidationLayer.SCHEMA;
      late |= error.layer() == ValidationLayer.CONSTRAINTS || error.layer() == ValidationLayer.INTEGRITY;
    }
    boolean mixed = early && late;
    assertFalse(mixed, () -> context + ": syntax/schema errors mixed with constraint/integrity errors: " + report);
    assertDoesNotThrow(report::toString, context + ": toString()");
  }

  private static void assertWellFormedEscapes(String pointer, String context) {
    for (int i = 0; i < pointer.length(); i++) {
      if (pointer.charAt(i) == '~') {
        boolean escaped = i + 1 < pointer.length() && (pointer.charAt(i + 1) == '0' || pointer.charAt(i + 1) == '1');
        assertTrue(escaped, () -> context + ": bad '~' escape in pointer '" + pointer + "'");
      }
    }
  }

  /**
   * Every error of the constraint, schema and integrity layers points into {@code document}: at an
   * existing value, or (for a missing value) at a member of an existing object.
   */
  static void assertPointersResolve(ValidationReport report, JsonNode document, String context) {
    for (ValidationError error : report.errors()) {
      if (error.layer() == ValidationLayer.SYNTAX) {
        continue;
      }
      JsonPointer pointer;
      try {
        pointer = JsonPointer.compile(error.pointer());
      } catch (IllegalArgumentException e) {
        fail(context + ": not a JSON Pointer: '" + error.pointer() + "' (" + error + ")");
        return;
      }
      boolean exists = !document.at(pointer).isMissingNode();
      if (exists) {
        continue;
      }
      if (MAY_POINT_AT_ABSENT_VALUE.contains(error.code()) || error.layer() == ValidationLayer.SCHEMA) {
        JsonNode parent = document.at(pointer.head());
        assertTrue(!parent.isMissingNode() && (parent.isObject() || parent.isArray()),
            () -> context + ": " + error + " points under a value that does not exist in " + abbreviated(document));
      } else {
        fail(context + ": " + error + " points at a value that does not exist in " + abbreviated(document));
      }
    }
  }

  static JsonNode parseLeniently(byte[] json) {
    try {
      return PLAIN.readTree(json);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String abbreviated(JsonNode document) {
    String text = document.toString();
    return text.length() <= 600 ? text : text.substring(0, 600) + "…";
  }
}
