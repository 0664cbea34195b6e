package cat.xmess.catalog.internal.load;

import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.catalog.internal.validation.Pointer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/** Explains a Jackson reading failure as one {@link ValidationError}, without a stack trace. */
final class ReadErrors {
  private static final int MAX_DETAIL = 200;

  private ReadErrors() {}

  static ValidationError explain(JacksonException e) {
    String pointer = pointerOf(e);
    String detail = shorten(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return ValidationError.of(ValidationLayer.SYNTAX, pointer, ErrorCode.LIMIT_EXCEEDED, detail);
    }
    if (detail.startsWith("Duplicate Object property")) {
      return ValidationError.of(
          ValidationLayer.SYNTAX, pointer, ErrorCode.DUPLICATE_KEY, quotedName(detail));
    }
    TokenStreamLocation at = e.getLocation();
    Object line = at == null || at.getLineNr() < 0 ? "?" : at.getLineNr();
    Object column = at == null || at.getColumnNr() < 0 ? "?" : at.getColumnNr();
    return ValidationError.of(
        ValidationLayer.SYNTAX, pointer, ErrorCode.SYNTAX_ERROR, line, column, detail);
  }

  /**
   * The JSON Pointer of where reading stopped: the parser's own position for syntax errors (which
   * carry no reference path), else the reference path Jackson recorded, else the document.
   */
  private static String pointerOf(JacksonException e) {
    if (e.getPath().isEmpty() && e.processor() instanceof JsonParser parser) {
      return parser.streamReadContext().pathAsPointer().toString();
    }
    String pointer = "";
    for (JacksonException.Reference ref : e.getPath()) {
      pointer =
          ref.getPropertyName() != null
              ? Pointer.append(pointer, ref.getPropertyName())
              : ref.getIndex() >= 0 ? Pointer.append(pointer, ref.getIndex()) : pointer;
    }
    return pointer;
  }

  private static String quotedName(String message) {
    int open = message.indexOf('"');
    int close = open < 0 ? -1 : message.indexOf('"', open + 1);
    return close > open ? message.substring(open + 1, close) : message;
  }

  /** Keeps messages to one readable line: hostile input can make them huge. */
  static String shorten(String message) {
    if (message == null) {
      return "";
    }
    String oneLine = message.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_DETAIL ? oneLine : oneLine.substring(0, MAX_DETAIL) + "…";
  }
}
