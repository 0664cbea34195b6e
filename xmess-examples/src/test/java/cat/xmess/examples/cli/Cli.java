package cat.xmess.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Runs the CLI in-process against the real bundled catalog and checks, on every run, the promise
 * that no stack trace ever reaches the user.
 */
final class Cli {
  private Cli() {}

  /** What one run printed and returned. */
  record Result(int exitCode, String out, String err) {

    JsonNode json() {
      return Json.MAPPER.readTree(out);
    }

    List<String> errLines() {
      return err.lines().toList();
    }

    Result expectExit(int expected) {
      assertEquals(expected, exitCode, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
      return this;
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = XmessCli.run(new PrintWriter(out), new PrintWriter(err), args);
    Result result = new Result(exitCode, out.toString(), err.toString());
    assertNoStackTrace(result);
    return result;
  }

  static void assertNoStackTrace(Result result) {
    for (String line : result.errLines()) {
      assertFalse(line.startsWith("\tat ") || line.contains("\tat "), () -> "stack trace: " + result.err);
      assertFalse(line.contains("Exception"), () -> "exception in stderr: " + result.err);
    }
  }
}
