package cat.xmess.catalog.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogDiff;
import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.InitiativeQuery;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Catalog;
import cat.xmess.model.Initiative;
import cat.xmess.model.Language;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * This module's tests run without xmess-io on the class path, as an application that depends on
 * xmess-catalog alone: the bundled catalog, its queries, search and diffs work, and every call that
 * needs files says which artifact to add instead of failing with a {@link NoClassDefFoundError}.
 */
class CoreWithoutIoTest {

  @Test
  void xmessIoIsReallyAbsentHere() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("cat.xmess.io.internal.FileCatalogIo"));
  }

  @Test
  void theBundledCatalogAnswersQueriesSearchesAndDiffs() {
    XmessCatalog catalog = XmessCatalog.bundled();
    assertFalse(catalog.search("contractació pública").isEmpty());
    assertFalse(catalog.initiatives(InitiativeQuery.builder().policyCategory("boost").build()).isEmpty());

    Catalog older = catalog.catalog();
    List<Initiative> fewer = new ArrayList<>(older.initiatives());
    Initiative removed = fewer.remove(0);
    Catalog newer = new Catalog(older.metadata(), older.sources(), older.codelists(), older.network(),
        older.memberBodies(), fewer);
    CatalogDiff diff = CatalogDiff.between(older, newer);
    assertEquals(1, diff.changes().size());
    assertEquals(removed.id(), diff.changes().get(0).id());
    assertEquals(CatalogDiff.Change.REMOVED, diff.changes().get(0).change());
    assertTrue(diff.toJson().contains("\"change\": \"removed\""), diff.toJson());
  }

  @Test
  void everyFileCallNamesTheArtifactToAdd() {
    XmessCatalog bundled = XmessCatalog.bundled();
    List<Executable> calls = List.of(
        () -> XmessCatalog.load(Path.of("catalog.json")),
        () -> XmessCatalog.load(new ByteArrayInputStream(new byte[0])),
        () -> XmessCatalog.validate(Path.of("catalog.json")),
        () -> XmessCatalog.of(bundled.catalog()),
        () -> CatalogExporter.json(bundled.catalog()),
        () -> bundled.withOverlays(Path.of("overlay.json")),
        () -> CatalogReader.withLimits(CatalogReader.standard().limits()).load(new byte[0]),
        () -> CatalogExporter.csv(bundled),
        () -> CatalogExporter.jsonLd(bundled),
        () -> CatalogExporter.html(bundled, Language.EN));
    for (Executable call : calls) {
      IllegalStateException e = assertThrows(IllegalStateException.class, call);
      assertTrue(e.getMessage().contains("cat.xmess:xmess-io"), e.getMessage());
      assertTrue(e.getMessage().contains("not on the class path or module path"), e.getMessage());
    }
  }
}
