package org.example.council;

import cat.xmess.catalog.SearchHit;
import cat.xmess.catalog.XmessCatalog;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.stream.Collectors;

/** Free-text search over the catalog: one hit a line, "type id". */
@Path("/search")
public class InitiativeResource {
  @Inject
  XmessCatalog catalog;

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String search(@QueryParam("q") @NotBlank String text) {
    return catalog.search(text).stream()
        .map(hit -> hit.type() + " " + hit.id())
        .collect(Collectors.joining("\n"));
  }
}
