package org.example.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.XmessCatalog;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The SDK inside a running Quarkus application (JVM mode): the host contract, and a REST search. */
@QuarkusTest
class XmessQuarkusTest extends XmessHostContract {
  @Inject
  XmessCatalog catalog;

  @TestHTTPResource("/search")
  URI search;

  @Override
  protected XmessCatalog catalog() {
    return catalog;
  }

  @Test
  void restSearchAnswersFromTheCatalog() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String query = URLEncoder.encode("contractació pública", StandardCharsets.UTF_8);
    HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(search + "?q=" + query)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, found.statusCode(), found::body);
    assertTrue(found.body().lines().anyMatch("initiative guia-contractacio-responsable-el-prat"::equals), found.body());

    // Hibernate Validator, as Quarkus configures it, still checks the application's own constraints.
    HttpResponse<String> blank = http.send(HttpRequest.newBuilder(URI.create(search + "?q=")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, blank.statusCode(), blank::body);
  }
}
