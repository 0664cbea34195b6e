package cat.xmess.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The baseline of a whole-process cold start ({@link ColdStart}): read the bundled catalog's JSON
 * from the xmess-catalog jar, as the SDK reads its compiled form from there, and parse every token
 * with Jackson's streaming parser (jackson-core only: the least any JSON-backed catalog does), or,
 * with the argument {@code tree}, into a Jackson tree (jackson-databind).
 */
public final class ColdJacksonParse {
  private static final String RESOURCE = "/cat/xmess/catalog/bundled/xmess-catalog.json";

  private ColdJacksonParse() {}

  /** Prints the number of tokens (streaming) or of top-level fields (tree). */
  public static void main(String[] args) throws IOException {
    byte[] json;
    try (InputStream in = ColdJacksonParse.class.getResourceAsStream(RESOURCE)) {
      json = in.readAllBytes();
    }
    if (args.length > 0 && args[0].equals("tree")) {
      System.out.println(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).size());
      return;
    }
    long tokens = 0;
    try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          parser.getString();
        }
        tokens++;
      }
    }
    System.out.println(tokens);
  }
}
