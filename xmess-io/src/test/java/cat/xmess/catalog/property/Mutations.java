package cat.xmess.catalog.property;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Random edits of a JSON text: syntax-breaking ones and ones that keep it JSON but change values. */
final class Mutations {
  private Mutations() {}

  private static final Pattern NUMBER = Pattern.compile("(?<=: )-?[0-9][0-9.eE+-]*");
  // Possessive runs: one loop step per run of plain characters, not per character, so that a long
  // text cannot overflow the regex engine's stack.
  private static final Pattern STRING_VALUE = Pattern.compile("(?<=: )\"(?:[^\"\\\\\\n]++|\\\\.)*+\"");
  private static final Pattern KEY = Pattern.compile("\"([A-Za-z]+)\": ");

  private static final List<String> TOKENS = List.of(",", "{", "}", "[", "]", ":", "\"", "null", "0", "-", "\\",
      "\\u", "\\ud800", " ", "\"x\": 1, ", "\u0000", "é", "😀", "/*", "NaN", "'");
  private static final List<String> NUMBERS = List.of("1e10000", "-1e-10000", "1E+2", "2.0e3", "99999999999999999999",
      "-0", "0.0", "1.5", "1e400", "-1", "2101", "NaN", "Infinity", "0x10", "01", "1.", ".5", "1e", "+1");
  private static final List<String> STRINGS = List.of("\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "\"X\"",
      "\"%s\"", "\"${7*7}\"", "\"S999\"", "\"cat-z\"", "\"2019-13-45\"", "\"08019\"", "\"999999\"", "\"9.0.0\"",
      "\"" + "x".repeat(5000) + "\"", "\"a\\/b\"", "\"😀\"", "\"\\\"\"");
  private static final List<String> VALUES = List.of("null", "[]", "{}", "true", "0", "\"\"", "[null]", "{\"a\":1}");
  private static final List<String> NAMES = List.of("Id", "ID", "unknown", "", "sourceids", "id ", "metadata",
      "checksum", "value");

  /** {@code text} with one to three random edits; each edit is named in {@code applied}. */
  static byte[] mutate(String text, Random random, List<String> applied) {
    int edits = 1 + random.nextInt(3);
    boolean byteFlip = false;
    for (int i = 0; i < edits; i++) {
      int op = random.nextInt(12);
      if (op == 11) {
        byteFlip = true;
        continue;
      }
      text = edit(text, op, random, applied);
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (byteFlip && bytes.length > 0) {
      int at = random.nextInt(bytes.length);
      byte value = (byte) random.nextInt(256);
      applied.add("byte[" + at + "]=0x" + Integer.toHexString(value & 0xff));
      bytes[at] = value;
    }
    return bytes;
  }

  private static String edit(String text, int op, Random random, List<String> applied) {
    int length = text.length();
    int at = length == 0 ? 0 : random.nextInt(length);
    switch (op) {
      case 0 -> {
        int end = Math.min(length, at + 1 + random.nextInt(40));
        applied.add("delete[" + at + "," + end + ")");
        return text.substring(0, at) + text.substring(end);
      }
      case 1 -> {
        String token = TOKENS.get(random.nextInt(TOKENS.size()));
        applied.add("insert@" + at + " " + visible(token));
        return text.substring(0, at) + token + text.substring(at);
      }
      case 2 -> {
        int end = Math.min(length, at + 1 + random.nextInt(60));
        applied.add("duplicate[" + at + "," + end + ")");
        return text.substring(0, end) + text.substring(at, end) + text.substring(end);
      }
      case 3 -> {
        applied.add("truncate@" + at);
        return text.substring(0, at);
      }
      case 4, 5 -> {
        return replaceMatch(text, NUMBER, NUMBERS, random, applied, "number");
      }
      case 6, 7 -> {
        return replaceMatch(text, STRING_VALUE, STRINGS, random, applied, "string");
      }
      case 8 -> {
        Pattern any = random.nextBoolean() ? NUMBER : STRING_VALUE;
        return replaceMatch(text, any, VALUES, random, applied, "value");
      }
      case 9 -> {
        List<int[]> keys = matches(text, KEY, 1);
        if (keys.isEmpty()) {
          return text;
        }
        int[] key = keys.get(random.nextInt(keys.size()));
        String name = NAMES.get(random.nextInt(NAMES.size()));
        applied.add("rename key@" + key[0] + " " + text.substring(key[0], key[1]) + "->" + name);
        return text.substring(0, key[0]) + name + text.substring(key[1]);
      }
      default -> {
        List<int[]> keys = matches(text, KEY, 0);
        if (keys.isEmpty()) {
          return text;
        }
        int[] key = keys.get(random.nextInt(keys.size()));
        String duplicate = text.substring(key[0], key[1]) + "null, ";
        applied.add("duplicate key@" + key[0] + " " + text.substring(key[0], key[1]).trim());
        return text.substring(0, key[0]) + duplicate + text.substring(key[0]);
      }
    }
  }

  private static String replaceMatch(String text, Pattern pattern, List<String> replacements, Random random,
      List<String> applied, String what) {
    List<int[]> found = matches(text, pattern, 0);
    if (found.isEmpty()) {
      return text;
    }
    int[] match = found.get(random.nextInt(found.size()));
    String replacement = replacements.get(random.nextInt(replacements.size()));
    applied.add(what + "@" + match[0] + " " + abbreviate(text.substring(match[0], match[1])) + "->" + abbreviate(replacement));
    return text.substring(0, match[0]) + replacement + text.substring(match[1]);
  }

  private static List<int[]> matches(String text, Pattern pattern, int group) {
    List<int[]> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(new int[] {matcher.start(group), matcher.end(group)});
    }
    return found;
  }

  private static String abbreviate(String text) {
    return visible(text.length() <= 40 ? text : text.substring(0, 40) + "…");
  }

  private static String visible(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) ? String.format("\\u%04X", c)
        : String.valueOf((char) c)));
    return out.toString();
  }
}
