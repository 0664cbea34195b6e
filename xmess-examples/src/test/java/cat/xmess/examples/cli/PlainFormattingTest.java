package cat.xmess.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.SearchHit;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The search output avoids {@link String#format} for start-up's sake ({@link Label#in}, {@link
 * SearchCommand#score}); {@code String.format} is the oracle it must agree with.
 */
class PlainFormattingTest {
  private static final Pattern SPECIFIER = Pattern.compile("%.");

  @Test
  void everyLabelFillsItsPlaceholdersAsStringFormatDoes() {
    int templatesWithArguments = 0;
    for (Label label : Label.values()) {
      for (Language language : Language.values()) {
        String template = label.in(language);
        List<Object> args = new ArrayList<>();
        Matcher specifiers = SPECIFIER.matcher(template);
        while (specifiers.find()) {
          String specifier = specifiers.group();
          assertTrue(specifier.equals("%s") || specifier.equals("%d"),
              label + " " + language + " uses " + specifier + ", which Label.in does not fill");
          // Arguments that would trip a naive substitution: a '%' in a value, accents, a negative number.
          args.add(specifier.equals("%d") ? (Object) (-1234567 + args.size()) : "50% «l·l» %s " + args.size());
        }
        if (args.isEmpty()) {
          continue;
        }
        templatesWithArguments++;
        Object[] values = args.toArray();
        assertEquals(String.format(Locale.ROOT, template, values), label.in(language, values), label + " " + language);
      }
    }
    assertTrue(templatesWithArguments >= 18, "the labels with arguments were found: " + templatesWithArguments);
  }

  @Test
  void scoresHaveTwoDecimalsRoundedAsStringFormatRoundsThem() {
    List<Double> scores = new ArrayList<>(List.of(0.0, 0.005, 0.015, 0.125, 1.005, 2.675, 9.995, 99.999,
        0.0049999999, 1e-9, 123456.785, 3.0));
    Random random = new Random(20261207);
    for (int i = 0; i < 20_000; i++) {
      scores.add(random.nextDouble() * Math.pow(10, random.nextInt(5)));
      scores.add(random.nextInt(100_000) / 1000.0); // exact halves at the third decimal
    }
    for (double score : scores) {
      assertEquals(String.format(Locale.ROOT, "%.2f", score), SearchCommand.score(score), "score " + score);
    }
  }

  @Test
  void searchLinesAreTheColumnsStringFormatWouldPrint() {
    XmessCatalog catalog = XmessCatalog.bundled();
    for (String text : List.of("economia social", "habitatge", "coop", "contractació pública", "sabadell")) {
      StringWriter out = new StringWriter();
      int exit = XmessCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "search", text);
      assertEquals(CliExitCodes.OK, exit, text);

      List<SearchHit> hits = catalog.search(text);
      assertTrue(!hits.isEmpty(), "the bundled catalog has hits for " + text);
      int idWidth = hits.stream().mapToInt(hit -> hit.id().length()).max().orElseThrow();
      int typeWidth = hits.stream().mapToInt(hit -> hit.type().code().length()).max().orElseThrow();
      StringBuilder expected = new StringBuilder(String.format(Locale.ROOT, "%d resultats per «%s»%n", hits.size(), text));
      for (SearchHit hit : hits) {
        expected.append(String.format(Locale.ROOT, "%7.2f  %-" + typeWidth + "s  %-" + idWidth + "s  %s%n",
            hit.score(), hit.type().code(), hit.id(), hit.title().text(Language.CA)));
      }
      assertEquals(expected.toString(), out.toString(), text);
    }
  }
}
