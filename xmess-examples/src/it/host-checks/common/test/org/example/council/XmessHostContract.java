package org.example.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogExporter;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.SearchHit;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Catalog;
import cat.xmess.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the SDK must do inside every host framework, on the real bundled catalog: search it, load
 * and fully validate a valid file (every layer: syntax, schema, constraints, integrity), reject
 * invalid files with their error codes, merge overlays and export. Each host's test extends this
 * class and hands it the catalog the host wires up. Shared by the host consumer tests (copied in
 * by src/it/host-checks/copy-into.groovy).
 */
public abstract class XmessHostContract {
  /** The council overlay of the starter's tests, copied into src/test/resources by the prebuild. */
  protected static final String OVERLAY_RESOURCE = "xmess/council-overlay.json";
  protected static final String OVERLAY_INITIATIVE = "mercat-social-del-consell";

  /** {@return the catalog as the host application gets it (an injected bean)} */
  protected abstract XmessCatalog catalog();

  @Test
  void searchFindsBundledInitiatives() {
    List<String> ids = catalog().search("contractació pública").stream().map(SearchHit::id).toList();
    assertTrue(ids.contains("guia-contractacio-responsable-el-prat"), ids::toString);
    assertTrue(ids.contains("guia-contractacio-responsable-vilanova-i-la-geltru"), ids::toString);
    assertEquals(ids, catalog().search("contratacion publica").stream().map(SearchHit::id).toList());
  }

  @Test
  void loadsAndFullyValidatesAValidFile(@TempDir Path dir) throws IOException {
    XmessCatalog bundled = XmessCatalog.bundled();
    Path file = Files.writeString(dir.resolve("catalog.json"), CatalogExporter.json(bundled.catalog()));

    assertEquals(List.of(), XmessCatalog.validate(file).errors());
    Catalog loaded = XmessCatalog.load(file).catalog();
    assertEquals(35, loaded.initiatives().size());
    assertEquals(bundled.catalog().initiatives().size(), loaded.initiatives().size());
    assertEquals(bundled.catalog().memberBodies().size(), loaded.memberBodies().size());
    assertEquals(bundled.catalog().sources().size(), loaded.sources().size());
    assertEquals(bundled.catalog(), loaded);
  }

  @Test
  void rejectsAnIncompleteFileWithEveryMissingField(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("incomplete.json"),
        "{\"metadata\": {\"schemaVersion\": \"1.1.0\"}, \"codelists\": {}}");
    CatalogValidationException e = assertThrows(CatalogValidationException.class, () -> XmessCatalog.load(file));
    List<String> found = e.report().errors().stream()
        .map(error -> error.code().code() + " " + error.pointer()).toList();
    assertEquals(List.of("missing-required /metadata/dataVersion", "missing-required /metadata/generated",
        "missing-required /metadata/title", "missing-required /metadata/license"), found);
  }

  @Test
  void mergesAValidOverlayAndRejectsOneWithAnUnknownCode(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("council.json"), overlayText());
    XmessCatalog merged = XmessCatalog.bundled().withOverlays(good);
    assertEquals(36, merged.catalog().initiatives().size());
    assertEquals(good.toString(), merged.layers().get(1).name());

    Path bad = Files.writeString(dir.resolve("bad.json"),
        overlayText().replace("\"category\": \"boost\"", "\"category\": \"no-such-category\""));
    CatalogValidationException e = assertThrows(CatalogValidationException.class,
        () -> XmessCatalog.bundled().withOverlays(bad));
    ValidationError error = e.report().errors().get(0);
    assertEquals(1, e.report().errors().size(), e.report()::toString);
    assertEquals(ErrorCode.UNKNOWN_CODE, error.code());
    assertEquals("unknown-code", error.code().code());
    assertEquals("/initiatives/0/category", error.pointer());
    assertEquals(bad.toString(), error.origin());
  }

  @Test
  void exportsCsvAndHtml() {
    Map<String, String> csv = CatalogExporter.csv(catalog());
    String initiatives = csv.get("initiatives.csv");
    assertTrue(initiatives.startsWith("\"id\",\"title_ca\",\"title_es\",\"title_en\","), initiatives);
    assertTrue(initiatives.contains("\"moneda-local-la-grama\",\"Moneda Local Digital La Grama\""));

    String html = CatalogExporter.html(catalog(), Language.EN);
    assertTrue(html.contains("id=\"initiative-moneda-local-la-grama\""));
    assertTrue(html.contains("La Grama digital local currency"));
  }

  protected static String overlayText() throws IOException {
    try (InputStream in = XmessHostContract.class.getClassLoader().getResourceAsStream(OVERLAY_RESOURCE)) {
      assertTrue(in != null, "no " + OVERLAY_RESOURCE + " on the test class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
