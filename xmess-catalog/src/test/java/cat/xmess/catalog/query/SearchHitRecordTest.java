package cat.xmess.catalog.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogLayer;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.SearchHit;
import cat.xmess.catalog.SearchRequest;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.CatalogRecord;
import cat.xmess.model.CodeDefinition;
import cat.xmess.model.Initiative;
import cat.xmess.model.MemberBody;
import cat.xmess.model.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A hit hands back its record (the same one a lookup by type and id finds), and sources are a record
 * type of their own: provenance covers them, search refuses them by name instead of returning nothing.
 */
class SearchHitRecordTest {
  private static final XmessCatalog CATALOG = XmessCatalog.bundled();

  @ParameterizedTest
  @ValueSource(strings = {"habitatge", "economia social", "coop", "housing", "sabadell", "clàusules socials"})
  void everyHitCarriesTheRecordALookupFinds(String text) {
    List<SearchHit> hits = CATALOG.search(SearchRequest.builder(text).limit(100).build());
    assertFalse(hits.isEmpty(), text);
    for (SearchHit hit : hits) {
      assertEquals(lookup(hit.type(), hit.id()), hit.record(), hit.type() + " " + hit.id());
      assertEquals(hit.type() == RecordType.INITIATIVE, hit.record(Initiative.class).isPresent());
      assertEquals(hit.type() == RecordType.MEMBER_BODY, hit.record(MemberBody.class).isPresent());
      assertEquals(hit.type().codelist().isPresent(), hit.record(CodeDefinition.class).isPresent());
      assertTrue(hit.record(Source.class).isEmpty(), "sources are not searched");
    }
  }

  private static CatalogRecord lookup(RecordType type, String id) {
    Optional<? extends CatalogRecord> found = switch (type) {
      case INITIATIVE -> CATALOG.initiative(id);
      case MEMBER_BODY -> CATALOG.memberBody(id);
      case SOURCE -> CATALOG.source(id);
      default -> CATALOG.code(type.codelist().orElseThrow(), id);
    };
    return found.orElseThrow();
  }

  @Test
  void aSearchForSourcesIsRefusedByName() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> SearchRequest.builder("habitatge").types(RecordType.SOURCE).build());
    assertTrue(refused.getMessage().contains("'source'"), refused.getMessage());
    assertTrue(refused.getMessage().contains("XmessCatalog.source(id)"), refused.getMessage());
    assertFalse(SearchRequest.of("habitatge").types().contains(RecordType.SOURCE));
  }

  @Test
  void provenanceCoversSources() {
    String first = CATALOG.catalog().sources().get(0).id();
    assertEquals(Optional.of(new CatalogLayer(0, CatalogLayer.BUNDLED)), CATALOG.provenance(RecordType.SOURCE, first));
    assertEquals(Optional.empty(), CATALOG.provenance(RecordType.SOURCE, "S-no-such-source"));
  }
}
