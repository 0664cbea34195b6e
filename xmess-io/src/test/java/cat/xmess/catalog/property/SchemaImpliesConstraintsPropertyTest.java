package cat.xmess.catalog.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.ReadLimits;
import cat.xmess.catalog.ValidationError;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.io.internal.codec.CatalogCodec;
import cat.xmess.io.internal.validation.ConstraintLayer;
import cat.xmess.io.internal.validation.SchemaLayer;
import cat.xmess.model.Catalog;
import cat.xmess.catalog.samples.Samples;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.databind.JsonNode;

/**
 * A catalog file that passes the JSON Schema breaks no bean constraint: the reason the load of a
 * file skips Hibernate Validator (see CatalogPipeline). Checked on two populations: any catalog the
 * model can hold (Instancio; blank texts, bad codes, out-of-range years...), written as JSON, and
 * random mutations of the bundled catalog's JSON. Whenever the schema finds nothing, the
 * constraints must find nothing either.
 */
class SchemaImpliesConstraintsPropertyTest {
  private static final CatalogCodec CODEC = new CatalogCodec(ReadLimits.DEFAULT);
  private static final String BUNDLED =
      CODEC.toPrettyJson(XmessCatalog.bundled().catalog());

  @ParameterizedTest(name = "seed {0}")
  @Samples(seed = 9_403, count = 400)
  void aSchemaValidModelBreaksNoConstraint(long seed) {
    Catalog catalog = Generators.representable(Catalog.class, seed);
    check(CODEC.toCanonicalBytes(catalog), "generated catalog");
  }

  @Test
  void aSchemaValidMutationBreaksNoConstraint() {
    int schemaValid = 0;
    for (long seed = 0; seed < 300; seed++) {
      List<String> applied = new ArrayList<>();
      byte[] mutated = Mutations.mutate(BUNDLED, new Random(seed), applied);
      if (check(mutated, "bundled JSON mutated by seed " + seed + " " + applied)) {
        schemaValid++;
      }
    }
    // Guards the test: enough mutations get past the schema for the claim to be exercised.
    assertTrue(schemaValid >= 20, "only " + schemaValid + " of 300 mutations passed the schema");
  }

  /** {@return whether the schema accepted {@code json}} Fails if it did and a constraint did not. */
  private static boolean check(byte[] json, String context) {
    JsonNode tree;
    Catalog bound;
    try {
      tree = CODEC.readTree(json);
      if (!tree.isObject() || !SchemaLayer.validate(tree).isEmpty()) {
        return false; // the schema refuses it: the constraints never run
      }
      bound = CODEC.bind(tree);
    } catch (RuntimeException unreadable) {
      return false; // not JSON the pipeline would bind; other tests cover how it is reported
    }
    List<ValidationError> constraints = ConstraintLayer.validate(bound);
    assertEquals(List.of(), constraints, () -> context + ": the schema accepted "
        + new String(json, StandardCharsets.UTF_8).substring(0, Math.min(json.length, 300)));
    return true;
  }
}
