package cat.xmess.examples.cli;

import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where and how a command prints: the writers picocli was given (so tests can capture them), the
 * chosen format and language, and small helpers for the "Label: value" layout of text output.
 */
final class Output {
  /** Long texts are wrapped here: wide enough for summaries, narrow enough for a terminal. */
  private static final int WRAP_WIDTH = 100;

  private final PrintWriter out;
  private final PrintWriter err;
  private final OutputFormat format;
  private final Language language;

  Output(CommandSpec spec, OutputOptions options) {
    this.out = spec.commandLine().getOut();
    this.err = spec.commandLine().getErr();
    this.format = options.format();
    this.language = options.language();
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  boolean json() {
    return format == OutputFormat.JSON;
  }

  Language language() {
    return language;
  }

  /** {@code label} in the output language, with {@code args} filled in. */
  String say(Label label, Object... args) {
    return label.in(language, args);
  }

  /** {@code text} in the output language, falling back to Catalan; {@code null} stays null. */
  String pick(LocalizedText text) {
    return text == null ? null : text.text(language);
  }

  /** Prints a JSON tree. */
  void printJson(Object tree) {
    out.println(Json.write(tree));
  }

  /** A heading followed by an underline of the same length. */
  void heading(String text) {
    out.println(text);
    out.println("=".repeat(Math.max(3, text.codePointCount(0, text.length()))));
  }

  /** A subheading, preceded by a blank line. */
  void subheading(Label label) {
    out.println();
    out.println(say(label));
  }

  /** {@code Label: value}; nothing when the value is absent, so sparse records stay short. */
  void field(Label label, Object value) {
    if (value == null || value.toString().isBlank()) {
      return;
    }
    String text = value.toString();
    String prefix = say(label) + ": ";
    if (prefix.length() + text.length() <= WRAP_WIDTH && text.indexOf('\n') < 0) {
      out.println(prefix + text);
    } else {
      // Long prose goes under its label, indented, so it does not run into the next field.
      out.println(say(label) + ":");
      wrap(text, "  ").forEach(out::println);
    }
  }

  /** {@code Label:} and one indented line per item; nothing for an empty list. */
  void list(Label label, List<String> items) {
    if (items == null || items.isEmpty()) {
      return;
    }
    out.println(say(label) + ":");
    items.forEach(item -> out.println("  - " + item));
  }

  /** Words of {@code text} in lines of at most {@link #WRAP_WIDTH} columns, each after {@code indent}. */
  static List<String> wrap(String text, String indent) {
    List<String> lines = new java.util.ArrayList<>();
    for (String paragraph : text.split("\\R")) {
      StringBuilder line = new StringBuilder(indent);
      for (String word : paragraph.trim().split("\\s+")) {
        if (line.length() > indent.length() && line.length() + 1 + word.length() > WRAP_WIDTH) {
          lines.add(line.toString());
          line = new StringBuilder(indent);
        }
        if (line.length() > indent.length()) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
