package cat.xmess.catalog.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogLayer;
import cat.xmess.catalog.CatalogReader;
import cat.xmess.catalog.RecordType;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.model.Catalog;
import cat.xmess.model.CatalogMetadata;
import cat.xmess.model.Codelists;
import cat.xmess.model.Initiative;
import cat.xmess.model.LocalizedText;
import cat.xmess.model.MemberBody;
import cat.xmess.model.OverlayDeclaration;
import cat.xmess.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Properties of merging overlays, over valid catalogs drawn by the {@link Generators.Plausible}
 * generator (seeds 0 to 79; each sample's split is drawn from its own seed, so a failure names the
 * seed that reproduces it).
 */
class OverlayMergePropertyTest {
  private static final CatalogReader READER = CatalogReader.standard();
  private static final int SEEDS = 80;

  /** The valid plausible catalogs among the first {@link #SEEDS} seeds, with their seeds. */
  private static List<Object[]> validSamples() {
    List<Object[]> samples = new ArrayList<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      Catalog catalog = Generators.plausible(seed);
      if (XmessCatalog.validate(catalog).isValid()) {
        samples.add(new Object[] {seed, catalog});
      }
    }
    assertTrue(samples.size() >= SEEDS / 5, "too few valid samples to mean anything: " + samples.size());
    return samples;
  }

  private static Catalog emptyOverlay(Catalog like) {
    return Catalog.builder().metadata(like.metadata().withChecksum(null)).codelists(Codelists.empty()).build();
  }

  @Test
  void mergingAnEmptyOverlayIsTheIdentity() {
    for (Object[] sample : validSamples()) {
      Catalog catalog = (Catalog) sample[1];
      XmessCatalog base = XmessCatalog.of(catalog);
      XmessCatalog merged = READER.overlayCatalogs(base, List.of(emptyOverlay(catalog)));
      assertEquals(catalog, merged.catalog(), "seed " + sample[0]);
      assertEquals(2, merged.layers().size());
      catalog.initiatives().forEach(i -> assertEquals(0,
          merged.provenance(RecordType.INITIATIVE, i.id()).orElseThrow().index(), "seed " + sample[0]));
    }
    XmessCatalog bundled = XmessCatalog.bundled();
    assertEquals(bundled.catalog(), READER.overlayCatalogs(bundled, List.of(emptyOverlay(bundled.catalog())))
        .catalog(), "the bundled catalog with an empty overlay, checksum included");
  }

  /**
   * A valid catalog split into a base and an overlay (each record to one side at random, codelists
   * and sources in the base) merges back to the same records: ids unique, nothing lost, each record's
   * provenance the side it was put on.
   */
  @Test
  void aCatalogSplitIntoBaseAndOverlayMergesBackWithRightProvenance() {
    for (Object[] sample : validSamples()) {
      long seed = (Long) sample[0];
      Catalog catalog = (Catalog) sample[1];
      Random random = new Random(seed);
      List<Initiative> baseInitiatives = new ArrayList<>();
      List<Initiative> overlayInitiatives = new ArrayList<>();
      catalog.initiatives().forEach(i -> (random.nextBoolean() ? baseInitiatives : overlayInitiatives).add(i));
      // Member bodies named by base initiatives stay in the base: the base must be valid alone.
      Set<String> neededByBase = new HashSet<>();
      baseInitiatives.forEach(i -> neededByBase.addAll(i.allMemberBodies()));
      if (catalog.network() != null) {
        neededByBase.addAll(catalog.network().founders());
        catalog.network().executiveTerms().forEach(t -> t.seats().forEach(s -> neededByBase.add(s.memberBody())));
        catalog.network().timeline().forEach(e -> neededByBase.addAll(e.memberBodies()));
      }
      List<MemberBody> baseBodies = new ArrayList<>();
      List<MemberBody> overlayBodies = new ArrayList<>();
      catalog.memberBodies().forEach(b ->
          (neededByBase.contains(b.id()) || random.nextBoolean() ? baseBodies : overlayBodies).add(b));
      Catalog base = catalog.toBuilder().memberBodies(baseBodies).initiatives(baseInitiatives).build();
      Catalog overlay = Catalog.builder().metadata(catalog.metadata()).codelists(Codelists.empty())
          .memberBodies(overlayBodies).initiatives(overlayInitiatives).build();

      XmessCatalog merged = READER.overlayCatalogs(XmessCatalog.of(base), List.of(overlay));
      String context = "seed " + seed;
      assertEquals(ids(catalog.initiatives(), Initiative::id), ids(merged.catalog().initiatives(), Initiative::id),
          context);
      assertEquals(ids(catalog.memberBodies(), MemberBody::id), ids(merged.catalog().memberBodies(), MemberBody::id),
          context);
      assertUnique(merged.catalog().initiatives(), Initiative::id, context);
      assertUnique(merged.catalog().memberBodies(), MemberBody::id, context);
      CatalogLayer overlayLayer = merged.layers().get(1);
      overlayInitiatives.forEach(i -> assertEquals(overlayLayer,
          merged.provenance(RecordType.INITIATIVE, i.id()).orElseThrow(), context));
      baseInitiatives.forEach(i -> assertEquals(0, merged.provenance(RecordType.INITIATIVE, i.id()).orElseThrow()
          .index(), context));
      overlayBodies.forEach(b -> assertEquals(overlayLayer,
          merged.provenance(RecordType.MEMBER_BODY, b.id()).orElseThrow(), context));
      catalog.sources().forEach(s -> assertEquals(0, merged.provenance(RecordType.SOURCE, s.id()).orElseThrow().index(), context));
    }
  }

  /** Replacing a random subset of records keeps every id once, in place, with the overlay's version. */
  @Test
  void declaredReplacementsKeepIdsUniqueAndInPlace() {
    for (Object[] sample : validSamples()) {
      long seed = (Long) sample[0];
      Catalog catalog = (Catalog) sample[1];
      Random random = new Random(seed);
      List<Initiative> replaced = new ArrayList<>();
      List<String> references = new ArrayList<>();
      for (Initiative initiative : catalog.initiatives()) {
        if (random.nextBoolean()) {
          replaced.add(retitled(initiative));
          references.add("initiatives/" + initiative.id());
        }
      }
      List<Source> replacedSources = new ArrayList<>();
      for (Source source : catalog.sources()) {
        if (random.nextInt(4) == 0) {
          replacedSources.add(source.toBuilder().title(source.title() + " (revised)").build());
          references.add("sources/" + source.id());
        }
      }
      CatalogMetadata metadata = catalog.metadata().toBuilder().extensionNamespaces(List.of())
          .overlay(new OverlayDeclaration(references)).build();
      Catalog overlay = Catalog.builder().metadata(metadata).sources(replacedSources).codelists(Codelists.empty())
          .initiatives(replaced).build();
      XmessCatalog merged = READER.overlayCatalogs(XmessCatalog.of(catalog), List.of(overlay));
      String context = "seed " + seed;
      assertEquals(ids(catalog.initiatives(), Initiative::id), ids(merged.catalog().initiatives(), Initiative::id),
          context + ": same ids in the same order");
      assertEquals(ids(catalog.sources(), Source::id), ids(merged.catalog().sources(), Source::id), context);
      for (Initiative replacement : replaced) {
        assertEquals(replacement, merged.initiative(replacement.id()).orElseThrow(), context);
        assertEquals(1, merged.provenance(RecordType.INITIATIVE, replacement.id()).orElseThrow().index(), context);
      }
      replacedSources.forEach(s -> assertEquals(s, merged.source(s.id()).orElseThrow(), context));
    }
  }

  private static Initiative retitled(Initiative i) {
    LocalizedText title = new LocalizedText(i.title().ca() + " (revisat)", i.title().es(), i.title().en());
    return i.toBuilder().title(title).build();
  }

  private static <T> List<String> ids(List<T> records, Function<T, String> idOf) {
    return records.stream().map(idOf).sorted().toList();
  }

  private static <T> void assertUnique(List<T> records, Function<T, String> idOf, String context) {
    assertEquals(records.size(), records.stream().map(idOf).distinct().count(), context + ": ids repeat");
  }
}
