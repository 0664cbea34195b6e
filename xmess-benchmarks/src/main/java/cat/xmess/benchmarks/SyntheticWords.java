package cat.xmess.benchmarks;

import cat.xmess.model.Catalog;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import cat.xmess.model.LocalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Text for synthetic initiatives, per language: words drawn from a Zipf distribution (exponent 1)
 * over a large ranked vocabulary, so that a few function words are very common and most words rare,
 * as in real text. The vocabulary is, in rank order: the words of the bundled catalog's texts by
 * frequency, with a list of topic words (the themes, places and policies that users search for)
 * placed among the common ones, then {@value #INVENTED} invented words per language. Titles are 3 to
 * 7 words (sometimes a place), summaries 18 to 45 words, so titles are almost all distinct.
 */
final class SyntheticWords {
  /** Invented words per language: the long tail of a real vocabulary (names, rare terms). */
  static final int INVENTED = 30_000;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}·']+");
  private static final String[][] TOPICS = {
    {"habitatge", "energia", "aigua", "cooperativa", "cooperatiu", "consum", "formació", "ocupació", "joves",
      "cultura", "salut", "turisme", "mobilitat", "finances", "ètiques", "alimentació", "reciclatge", "economia",
      "social", "solidària", "contractació", "pública", "moneda", "local", "estratègic", "pla", "treball",
      "inserció", "sociolaboral", "responsable", "clàusules", "ateneu", "territori", "educació", "sostenible",
      "agroecologia", "comerç", "just", "xarxa", "emprenedoria"},
    {"vivienda", "energía", "agua", "cooperativa", "cooperativo", "consumo", "formación", "empleo", "jóvenes",
      "cultura", "salud", "turismo", "movilidad", "finanzas", "éticas", "alimentación", "reciclaje", "economía",
      "social", "solidaria", "contratación", "pública", "moneda", "local", "estratégico", "plan", "trabajo",
      "inserción", "sociolaboral", "responsable", "cláusulas", "ateneo", "territorio", "educación", "sostenible",
      "agroecología", "comercio", "justo", "red", "emprendimiento"},
    {"housing", "energy", "water", "cooperative", "cooperatives", "consumption", "training", "employment", "youth",
      "culture", "health", "tourism", "mobility", "finance", "ethical", "food", "recycling", "economy", "social",
      "solidarity", "procurement", "public", "currency", "local", "strategic", "plan", "work", "integration",
      "network", "responsible", "clauses", "athenaeum", "territory", "education", "sustainable", "agroecology",
      "trade", "fair", "networks", "entrepreneurship"},
  };
  private static final String[] PLACE_WORD = {"a", "en", "in"};

  private final String[][] vocabulary = new String[3][];
  private final double[][] cumulative = new double[3][];

  SyntheticWords(Catalog bundled) {
    List<Map<String, Integer>> counts = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
    for (Initiative it : bundled.initiatives()) {
      count(counts, it.title());
      count(counts, it.summary());
      count(counts, it.notes());
    }
    for (CodelistKind kind : CodelistKind.values()) {
      for (CodeDefinition entry : bundled.codelists().entries(kind)) {
        count(counts, entry.label());
        count(counts, entry.definition());
      }
    }
    for (int lang = 0; lang < 3; lang++) {
      Map<String, Integer> c = counts.get(lang);
      List<String> ranked = new ArrayList<>(c.keySet());
      ranked.sort((a, b) -> c.get(b) != c.get(a).intValue() ? c.get(b) - c.get(a) : a.compareTo(b));
      Set<String> words = new LinkedHashSet<>(ranked.subList(0, Math.min(60, ranked.size())));
      words.addAll(Arrays.asList(TOPICS[lang]));
      words.addAll(ranked);
      SplittableRandom invent = new SplittableRandom(SyntheticCatalogs.SEED + lang);
      while (words.size() < ranked.size() + TOPICS[lang].length + INVENTED) {
        words.add(invented(lang, invent));
      }
      vocabulary[lang] = words.toArray(String[]::new);
      cumulative[lang] = new double[vocabulary[lang].length];
      double sum = 0;
      for (int r = 0; r < vocabulary[lang].length; r++) {
        sum += 1.0 / (r + 1);
        cumulative[lang][r] = sum;
      }
    }
  }

  private static void count(List<Map<String, Integer>> counts, LocalizedText text) {
    if (text == null) {
      return;
    }
    for (Language language : Language.values()) {
      String value = text.translation(language).orElse(null);
      if (value != null) {
        var words = WORD.matcher(value.toLowerCase(Locale.ROOT));
        while (words.find()) {
          counts.get(language.ordinal()).merge(words.group(), 1, Integer::sum);
        }
      }
    }
  }

  private static final String[] ONSETS = {"b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "br",
    "tr", "pl", "gr", "x", "ll", "qu"};
  private static final String[][] VOWELS = {
    {"a", "e", "i", "o", "u", "à", "è", "é", "í", "ò", "ó", "ú"},
    {"a", "e", "i", "o", "u", "á", "é", "í", "ó", "ú"},
    {"a", "e", "i", "o", "u", "ea", "ou"}};
  private static final String[] CODAS = {"", "", "", "n", "r", "s", "l", "t", "nt", "rs"};

  private static String invented(int lang, SplittableRandom random) {
    StringBuilder word = new StringBuilder();
    int syllables = 2 + random.nextInt(3);
    for (int s = 0; s < syllables; s++) {
      word.append(ONSETS[random.nextInt(ONSETS.length)]);
      String[] vowels = VOWELS[lang];
      // Accented vowels are rarer than plain ones.
      word.append(vowels[random.nextInt(4) == 0 ? random.nextInt(vowels.length) : random.nextInt(5)]);
    }
    return word.append(CODAS[random.nextInt(CODAS.length)]).toString();
  }

  private String word(int lang, SplittableRandom random) {
    double[] c = cumulative[lang];
    int at = Arrays.binarySearch(c, random.nextDouble() * c[c.length - 1]);
    return vocabulary[lang][at >= 0 ? at : Math.min(-at - 1, c.length - 1)];
  }

  /** A title of 3 to 7 words in language {@code lang} (0 ca, 1 es, 2 en), ending with {@code place} if not null. */
  String title(int lang, String place, SplittableRandom random) {
    StringBuilder title = new StringBuilder();
    int n = 3 + random.nextInt(5);
    for (int w = 0; w < n; w++) {
      String word = word(lang, random);
      title.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
    }
    if (place != null) {
      title.append(' ').append(PLACE_WORD[lang]).append(' ').append(place);
    }
    return title.toString();
  }

  /** A summary of 18 to 45 words in sentences of up to 15 words. */
  String summary(int lang, SplittableRandom random) {
    StringBuilder summary = new StringBuilder();
    int n = 18 + random.nextInt(28);
    for (int w = 0, inSentence = 0; w < n; w++, inSentence++) {
      String word = word(lang, random);
      if (inSentence == 0) {
        summary.append(w == 0 ? "" : ". ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      } else {
        summary.append(' ').append(word);
      }
      if (inSentence == 14 || random.nextInt(12) == 0) {
        inSentence = -1;
      }
    }
    return summary.append('.').toString();
  }
}
