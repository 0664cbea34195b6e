package cat.xmess.examples.cli;

import cat.xmess.model.Language;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/**
 * The commonest command, {@code xmess search <words>} with no option at all, run without building
 * picocli's model: picocli reads every annotation of the commands it is given through reflection
 * and spins annotation proxies, which took about as long as loading and searching the catalog. The
 * words and the defaults are exactly what picocli would have bound ({@code --lang ca}, {@code
 * --format text}, {@code --limit 20}, the bundled catalog), and the search runs through {@link
 * SearchCommand#execute}, so the output is the same; {@code QuickSearchTest} compares the two.
 *
 * <p>Anything else goes to picocli: an option or {@code --} anywhere, an {@code @file} argument
 * (picocli expands those), no words or only blank ones (a usage error), or a failure of the search
 * itself (picocli's handlers then report it, before anything was printed).
 */
final class QuickSearch {
  private QuickSearch() {}

  /** The exit code of the search {@code args} ask for, or {@code null} if picocli must run them. */
  static Integer tryRun(PrintWriter out, PrintWriter err, String... args) {
    if (args.length < 2 || !args[0].equals("search")) {
      return null;
    }
    List<String> words = Arrays.asList(args).subList(1, args.length);
    boolean anyText = false;
    for (String word : words) {
      if (word.isEmpty() || word.charAt(0) == '-' || word.charAt(0) == '@') {
        return null;
      }
      anyText |= !word.isBlank();
    }
    if (!anyText) {
      return null;
    }
    SearchCommand search = new SearchCommand();
    search.words = words;
    search.catalogOption = new CatalogOption();
    search.limit = 20;
    try {
      return search.execute(new Output(out, err, OutputFormat.TEXT, Language.CA));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
