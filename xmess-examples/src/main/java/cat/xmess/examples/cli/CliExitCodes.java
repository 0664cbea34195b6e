package cat.xmess.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of the {@code xmess} command. Scripts rely on them, so they never change meaning.
 *
 * <ul>
 *   <li>{@value #OK}: success.
 *   <li>{@value #FAILURE}: invalid input, an unreadable or invalid catalog, or nothing found for
 *       {@code show}.
 *   <li>{@value #USAGE}: usage error: unknown option, bad value or missing argument.
 * </ul>
 */
public final class CliExitCodes {

  /** Success. */
  public static final int OK = 0;

  /** Invalid input, unreadable or invalid catalog, or nothing found for {@code show}. */
  public static final int FAILURE = 1;

  /** Usage error: unknown option, bad value or missing argument. */
  public static final int USAGE = 2;

  private CliExitCodes() {}

  /** The codes and their meaning, for the "Exit codes" section of every command's help. */
  static Map<String, String> described() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(Integer.toString(OK), "success");
    codes.put(
        Integer.toString(FAILURE),
        "invalid input, unreadable or invalid catalog, or nothing found for 'show'");
    codes.put(
        Integer.toString(USAGE), "usage error: unknown option, bad value or missing argument");
    return codes;
  }
}
