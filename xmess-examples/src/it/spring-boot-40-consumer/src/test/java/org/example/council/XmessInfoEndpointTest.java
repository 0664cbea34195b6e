package org.example.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import cat.xmess.catalog.XmessCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.test.context.SpringBootTest;

/** On Boot 4's Actuator, the info endpoint shows the catalog the starter configured. */
@SpringBootTest(properties = {
    "xmess.overlays=classpath:" + XmessHostContract.OVERLAY_RESOURCE,
    // Boot creates an endpoint only when it is exposed; by default the web exposes health alone.
    "management.endpoints.web.exposure.include=info"})
class XmessInfoEndpointTest {
  @Autowired
  InfoEndpoint info;

  @Autowired
  XmessCatalog catalog;

  @Test
  void infoShowsVersionsAndLayers() {
    Map<?, ?> xmess = assertInstanceOf(Map.class, info.info().get("xmess"), () -> info.info().toString());
    assertEquals("1.1.0", xmess.get("dataVersion"));
    assertEquals("1.2.0", xmess.get("schemaVersion"));
    List<?> layers = assertInstanceOf(List.class, xmess.get("layers"));
    assertEquals(catalog.layers().stream().map(layer -> layer.name()).toList(), layers);
    assertEquals(2, layers.size());
  }
}
