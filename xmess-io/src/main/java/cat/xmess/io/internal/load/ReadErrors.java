package cat.xmess.io.internal.load;

import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.ValidationLayer;
import cat.xmess.catalog.internal.json.Pointer;
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
      return ValidationError.of(ValidationLayer.SYNTAX, pointer, ErrorCode.LIMIT_EXCEEDED,
          inOurTerms(detail));
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

  /** Jackson's setting names, which users of the SDK never see, and the {@code ReadLimits} to raise. */
  private static final java.util.Map<String, String> LIMIT_NAMES = java.util.Map.of(
      "getMaxDocumentLength", "maxDocumentBytes",
      "getMaxNestingDepth", "maxNestingDepth",
      "getMaxStringLength", "maxStringLength",
      "getMaxNameLength", "maxStringLength",
      "getMaxNumberLength", "maxNumberLength",
      "getMaxTokenCount", "maxTokenCount");

  private static final java.util.regex.Pattern JACKSON_LIMIT =
      java.util.regex.Pattern.compile(", from `StreamReadConstraints\\.(\\w+)\\(\\)`");

  /** Jackson's count of what it read so far when it stopped: not the input's size, and not stable. */
  private static final java.util.regex.Pattern COUNT_SO_FAR =
      java.util.regex.Pattern.compile("\\(\\d+\\) exceeds");

  /** The message with Jackson's setting replaced by the {@code ReadLimits} component to raise. */
  private static String inOurTerms(String detail) {
    String stable = COUNT_SO_FAR.matcher(detail).replaceFirst("exceeds");
    java.util.regex.Matcher m = JACKSON_LIMIT.matcher(stable);
    if (!m.find()) {
      return stable;
    }
    String ours = LIMIT_NAMES.getOrDefault(m.group(1), m.group(1));
    return stable.substring(0, m.start()) + "; ReadLimits." + ours
        + ", raise it with CatalogReader.withLimits" + stable.substring(m.end());
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
