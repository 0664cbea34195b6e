package cat.xmess.catalog.export;

import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/** Catalogs for the export tests: the bundled one, changed where a test needs hostile text. */
final class Catalogs {
  /** Text a spreadsheet would run as a formula, HTML would run as script, a template engine would evaluate. */
  static final String FORMULA = "=HYPERLINK(\"https://example.org\",\"x\")";
  static final String SCRIPT = "<script>alert('x')</script>";
  static final String TEMPLATE = "${7*7} #{7*7} {{7*7}}";

  private Catalogs() {}

  /** The bundled catalog with {@code change} applied to its JSON, validated like any file. */
  static XmessCatalog changed(Consumer<ObjectNode> change) {
    ObjectNode tree = BundledJson.treeWithoutChecksum();
    change.accept(tree);
    return XmessCatalog.load(new ByteArrayInputStream(BundledJson.write(tree)));
  }

  /** Initiative 0 titled with script, summarised with templates; its first partner a formula. */
  static XmessCatalog hostile() {
    return changed(tree -> {
      ObjectNode initiative = (ObjectNode) tree.at("/initiatives/0");
      initiative.withObjectProperty("title").put("ca", SCRIPT).put("es", SCRIPT).put("en", SCRIPT);
      initiative.withObjectProperty("summary").put("ca", TEMPLATE).put("es", TEMPLATE).put("en", TEMPLATE);
      initiative.withArrayProperty("partners").insert(0, FORMULA);
      initiative.withArrayProperty("partners").add("Cooperativa A|B \\ C");
      ((ObjectNode) tree.at("/memberBodies/0")).put("place", "-1+1");
    });
  }
}
