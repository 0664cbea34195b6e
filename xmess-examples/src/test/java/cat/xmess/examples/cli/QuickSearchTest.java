package cat.xmess.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code xmess search <words>} without options skips picocli ({@link QuickSearch}) and prints
 * exactly what picocli's run of the same arguments prints; every other command line goes to
 * picocli.
 */
class QuickSearchTest {

  @Test
  void wordsOnlyPrintWhatPicocliPrints() {
    for (List<String> words : List.of(List.of("economia", "social"), List.of("habitatge"),
        List.of("contractació pública"), List.of("coop", "JOVES"), List.of("zzzzzz"), List.of("sabadell", " ", "terrassa"))) {
      String[] args = new String[words.size() + 1];
      args[0] = "search";
      for (int i = 0; i < words.size(); i++) {
        args[i + 1] = words.get(i);
      }
      StringWriter quickOut = new StringWriter();
      StringWriter quickErr = new StringWriter();
      Integer quick = QuickSearch.tryRun(new PrintWriter(quickOut, true), new PrintWriter(quickErr, true), args);
      assertNotNull(quick, words.toString());

      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      PrintWriter outWriter = new PrintWriter(out, true);
      PrintWriter errWriter = new PrintWriter(err, true);
      int picocli = XmessCli.commandLine(outWriter, errWriter).execute(args);
      outWriter.flush();
      errWriter.flush();
      assertEquals(picocli, quick.intValue(), words.toString());
      assertEquals(out.toString(), quickOut.toString(), words.toString());
      assertEquals(err.toString(), quickErr.toString(), words.toString());
    }
  }

  @Test
  void anythingElseGoesToPicocli() {
    for (String[] args : List.of(new String[] {"search"}, new String[] {"search", " "}, new String[] {"search", "a", "--limit", "3"},
        new String[] {"search", "--", "a"}, new String[] {"search", "@words.txt"}, new String[] {"search", "-h"},
        new String[] {"show", "habitatge"}, new String[] {"search", ""}, new String[] {})) {
      assertNull(QuickSearch.tryRun(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args),
          String.join(" ", args));
    }
  }
}
