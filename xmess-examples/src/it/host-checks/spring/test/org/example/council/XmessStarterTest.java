package org.example.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogLayer;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.XmessCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The starter in a real Spring Boot application: its XmessCatalog bean, with the council overlay
 * of application properties merged, passes the SDK's host contract; a bad overlay stops the
 * application and the startup report lists every error. Identical on Boot 3.5 and 4.0.
 */
@SpringBootTest(properties = "xmess.overlays=classpath:" + XmessHostContract.OVERLAY_RESOURCE)
@ExtendWith(OutputCaptureExtension.class)
class XmessStarterTest extends XmessHostContract {
  @Autowired
  XmessCatalog catalog;

  @Override
  protected XmessCatalog catalog() {
    return catalog;
  }

  @Test
  void theStartersBeanIsTheBundledCatalogWithTheConfiguredOverlay() {
    assertEquals(2, catalog.layers().size(), catalog.layers()::toString);
    assertEquals(CatalogLayer.BUNDLED, catalog.layers().get(0).name());
    assertTrue(catalog.layers().get(1).name().endsWith(OVERLAY_RESOURCE), catalog.layers()::toString);
    assertEquals(catalog.layers().get(1), catalog.provenance(RecordType.INITIATIVE, OVERLAY_INITIATIVE).orElseThrow());
    assertEquals(catalog.layers().get(0), catalog.provenance(RecordType.INITIATIVE, "moneda-local-la-grama").orElseThrow());
  }

  @Test
  void aBadOverlayStopsTheApplicationWithEveryErrorInTheReport(@TempDir Path dir, CapturedOutput output)
      throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), overlayText()
        .replace("\"category\": \"boost\"", "\"category\": \"no-such-category\"")
        .replace("\"sourceIds\": [\"S06\"]", "\"sourceIds\": [\"S9999\"]"));
    SpringApplication application = new SpringApplication(CouncilApplication.class);
    application.setWebApplicationType(WebApplicationType.NONE);

    assertThrows(Exception.class, () -> application.run("--xmess.overlays=" + bad));

    String report = output.getAll();
    assertTrue(report.contains("APPLICATION FAILED TO START"), report);
    assertTrue(report.contains("The XMESS catalog could not be loaded: 2 errors:"), report);
    assertTrue(report.contains(bad + " /initiatives/0/category [unknown-code] "), report);
    assertTrue(report.contains(bad + " /initiatives/0/sourceIds/0 [unknown-source] "), report);
  }
}
