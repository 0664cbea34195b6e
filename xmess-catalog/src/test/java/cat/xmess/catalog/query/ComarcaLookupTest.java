package cat.xmess.catalog.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Comarca;
import cat.xmess.model.MemberBody;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A comarca is found by its Idescat code or by its name however a person types it (case, accents),
 * which the CLI's --comarca relies on instead of folding names itself.
 */
class ComarcaLookupTest {
  private static final XmessCatalog CATALOG = XmessCatalog.bundled();

  @Test
  void everyMemberBodysComarcaIsFoundByCodeAndByNameTypedAnyWay() {
    int checked = 0;
    for (MemberBody body : CATALOG.catalog().memberBodies()) {
      Comarca comarca = body.comarca();
      if (comarca == null) {
        continue;
      }
      String plain = Normalizer.normalize(comarca.name(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      assertEquals(Optional.of(comarca), CATALOG.comarca(comarca.code()), comarca.code());
      assertEquals(Optional.of(comarca), CATALOG.comarca(comarca.name()), comarca.name());
      assertEquals(Optional.of(comarca), CATALOG.comarca(" " + plain.toUpperCase(Locale.ROOT) + " "), plain);
      checked++;
    }
    assertFalse(checked == 0, "the bundled member bodies have comarcas");
  }

  @Test
  void somethingThatIsNoComarcaIsNotFound() {
    assertEquals(Optional.empty(), CATALOG.comarca("Atlàntida"));
    assertEquals(Optional.empty(), CATALOG.comarca("99"));
    assertEquals(Optional.empty(), CATALOG.comarca(""));
  }
}
