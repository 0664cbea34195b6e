package cat.xmess.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogLayer;
import cat.xmess.catalog.CatalogValidationException;
import cat.xmess.catalog.ErrorCode;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.XmessCatalog;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The auto-configuration in a real Spring application context, on the real bundled catalog. */
class XmessAutoConfigurationTest {
  private static final String OVERLAY_RESOURCE = "xmess/council-overlay.json";
  private static final String OVERLAY_INITIATIVE = "mercat-social-del-consell";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(XmessAutoConfiguration.class));

  @Test
  void withoutOverlaysTheBeanIsTheBundledCatalog() {
    runner.run(context -> {
      XmessCatalog catalog = context.getBean(XmessCatalog.class);
      assertSame(XmessCatalog.bundled(), catalog);
      assertEquals(List.of(new CatalogLayer(0, CatalogLayer.BUNDLED)), catalog.layers());
      assertTrue(catalog.initiative("moneda-local-la-grama").isPresent());
    });
  }

  @Test
  void aValidOverlayFileIsMergedAndItsRecordNamesItsLayer(@TempDir Path dir) throws IOException {
    Path overlay = Files.writeString(dir.resolve("council.json"), overlayText(), StandardCharsets.UTF_8);
    runner.withPropertyValues("xmess.overlays=" + overlay).run(context -> {
      XmessCatalog catalog = context.getBean(XmessCatalog.class);
      int bundled = XmessCatalog.bundled().catalog().initiatives().size();
      assertEquals(bundled + 1, catalog.catalog().initiatives().size());
      assertEquals(new CatalogLayer(1, overlay.toString()),
          catalog.provenance(RecordType.INITIATIVE, OVERLAY_INITIATIVE).orElseThrow());
      assertEquals(new CatalogLayer(0, CatalogLayer.BUNDLED),
          catalog.provenance(RecordType.INITIATIVE, "moneda-local-la-grama").orElseThrow());
    });
  }

  @Test
  void aClassPathOverlayIsMergedFromItsFile() throws URISyntaxException {
    Path file = Path.of(getClass().getClassLoader().getResource(OVERLAY_RESOURCE).toURI());
    runner.withPropertyValues("xmess.overlays=classpath:" + OVERLAY_RESOURCE).run(context -> {
      XmessCatalog catalog = context.getBean(XmessCatalog.class);
      assertEquals(List.of(CatalogLayer.BUNDLED, file.toString()),
          catalog.layers().stream().map(CatalogLayer::name).toList());
      assertTrue(catalog.initiative(OVERLAY_INITIATIVE).isPresent());
    });
  }

  @Test
  void aBadOverlayFailsStartupWithEveryErrorItsFileAndPointer(@TempDir Path dir) throws IOException {
    String bad = overlayText().replace("\"category\": \"boost\"", "\"category\": \"no-such-category\"")
        .replace("\"sourceIds\": [\"S06\"]", "\"sourceIds\": [\"S9999\"]");
    Path overlay = Files.writeString(dir.resolve("bad.json"), bad, StandardCharsets.UTF_8);
    runner.withPropertyValues("xmess.overlays=" + overlay).run(context -> {
      Throwable failure = context.getStartupFailure();
      assertNotNull(failure, "the context started with an invalid overlay");
      CatalogValidationException invalid = cause(failure);
      List<ValidationError> errors = invalid.report().errors();
      assertTrue(invalid.report().has(ErrorCode.UNKNOWN_CODE, "/initiatives/0/category"), errors::toString);
      assertTrue(invalid.report().has(ErrorCode.UNKNOWN_SOURCE), errors::toString);

      FailureAnalysis analysis = new XmessCatalogFailureAnalyzer().analyze(failure);
      assertNotNull(analysis, "the analyzer did not recognise the failure");
      String description = analysis.getDescription();
      assertTrue(description.contains(overlay + " /initiatives/0/category [unknown-code] "), description);
      assertTrue(description.contains(" [unknown-source] "), description);
      assertTrue(description.contains(errors.size() + " errors:"), description);
      assertTrue(analysis.getAction().contains("xmess.overlays"), analysis.getAction());
    });
  }

  @Test
  void aMissingClassPathOverlayIsAnIoErrorNamingIt() {
    runner.withPropertyValues("xmess.overlays=classpath:xmess/no-such-overlay.json").run(context -> {
      CatalogValidationException invalid = cause(context.getStartupFailure());
      ValidationError error = invalid.report().errors().get(0);
      assertEquals(ErrorCode.IO_ERROR, error.code());
      assertEquals("classpath:xmess/no-such-overlay.json", error.origin());
    });
  }

  @Test
  void theInfoContributorShowsVersionsAndLayers() {
    runner.withPropertyValues("xmess.overlays=classpath:" + OVERLAY_RESOURCE).run(context -> {
      Info.Builder builder = new Info.Builder();
      context.getBean(XmessInfoContributor.class).contribute(builder);
      Map<?, ?> detail = assertInstanceOf(Map.class, builder.build().getDetails().get("xmess"));
      XmessCatalog bundled = XmessCatalog.bundled();
      assertEquals(bundled.metadata().dataVersion(), detail.get("dataVersion"));
      assertEquals(bundled.metadata().schemaVersion(), detail.get("schemaVersion"));
      List<?> layers = assertInstanceOf(List.class, detail.get("layers"));
      assertEquals(2, layers.size(), layers::toString);
      assertEquals(CatalogLayer.BUNDLED, layers.get(0));
    });
  }

  @Test
  void withoutActuatorThereIsNoInfoContributor() {
    runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
        .run(context -> {
          assertTrue(context.getBeansOfType(XmessInfoContributor.class).isEmpty());
          assertSame(XmessCatalog.bundled(), context.getBean(XmessCatalog.class));
        });
  }

  @Test
  void anApplicationsOwnCatalogWins(@TempDir Path dir) throws IOException {
    Path own = Files.writeString(dir.resolve("own.json"), overlayText(), StandardCharsets.UTF_8);
    // Were the auto-configured catalog created, this missing file would fail the startup.
    runner.withUserConfiguration(OwnCatalog.class)
        .withPropertyValues("own.overlay=" + own, "xmess.overlays=" + dir.resolve("missing.json"))
        .run(context -> {
          assertNull(context.getStartupFailure());
          XmessCatalog catalog = context.getBean(XmessCatalog.class);
          assertEquals(List.of(CatalogLayer.BUNDLED, own.toString()),
              catalog.layers().stream().map(CatalogLayer::name).toList());
          // The info contributor describes the application's catalog.
          Info.Builder builder = new Info.Builder();
          context.getBean(XmessInfoContributor.class).contribute(builder);
          Map<?, ?> detail = (Map<?, ?>) builder.build().getDetails().get("xmess");
          assertEquals(List.of(CatalogLayer.BUNDLED, own.toString()), detail.get("layers"));
        });
  }

  /** An application that merges its own overlay, named by the property {@code own.overlay}. */
  @Configuration(proxyBeanMethods = false)
  static class OwnCatalog {
    @Bean
    XmessCatalog ownCatalog(Environment environment) {
      return XmessCatalog.bundled().withOverlays(Path.of(environment.getRequiredProperty("own.overlay")));
    }
  }

  private static CatalogValidationException cause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CatalogValidationException invalid) {
        return invalid;
      }
    }
    throw new AssertionError("no CatalogValidationException in " + failure, failure);
  }

  private static String overlayText() throws IOException {
    try (var in = XmessAutoConfigurationTest.class.getClassLoader().getResourceAsStream(OVERLAY_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
