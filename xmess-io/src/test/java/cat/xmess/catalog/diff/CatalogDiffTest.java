package cat.xmess.catalog.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.xmess.catalog.CatalogDiff;
import cat.xmess.catalog.CatalogDiff.Change;
import cat.xmess.catalog.CatalogDiff.Deprecation;
import cat.xmess.catalog.CatalogDiff.RecordChange;
import cat.xmess.catalog.XmessCatalog;
import cat.xmess.catalog.bundled.BundledJson;
import cat.xmess.model.Catalog;
import cat.xmess.model.CodeStatus;
import cat.xmess.model.CodelistEntry;
import cat.xmess.model.CodelistKind;
import cat.xmess.model.Codelists;
import cat.xmess.model.Initiative;
import cat.xmess.model.LocalizedText;
import cat.xmess.model.MemberBody;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A diff between the bundled catalog and a next release made from it by hand. */
class CatalogDiffTest {
  private static final Catalog OLDER = XmessCatalog.bundled().catalog();
  private static final Initiative CHANGED = OLDER.initiatives().get(4);
  private static final MemberBody REMOVED = OLDER.memberBodies().get(OLDER.memberBodies().size() - 1);
  private static final CodelistEntry DEPRECATED = OLDER.codelists().themes().get(2);
  private static final String REPLACEMENT = OLDER.codelists().themes().get(3).code();
  private static final Catalog NEWER = nextRelease();

  private static Catalog nextRelease() {
    List<Initiative> initiatives = new ArrayList<>(OLDER.initiatives());
    Initiative i = CHANGED;
    initiatives.set(4, i.toBuilder()
        .title(new LocalizedText(i.title().ca(), i.title().es(), "A new English title")).yearStart(2001).build());
    Initiative first = OLDER.initiatives().get(0);
    initiatives.add(Initiative.builder().id("nova-iniciativa").title(first.title()).summary(first.summary())
        .memberBody(first.memberBody()).category(first.category()).categoryBasis(first.categoryBasis())
        .inAbcGuide(first.inAbcGuide()).confidence(first.confidence()).sourceIds(first.sourceIds()).build());
    List<MemberBody> bodies = new ArrayList<>(OLDER.memberBodies());
    bodies.remove(REMOVED);
    Codelists lists = OLDER.codelists();
    List<CodelistEntry> themes = new ArrayList<>(lists.themes());
    CodelistEntry t = DEPRECATED;
    themes.set(2, t.toBuilder().status(CodeStatus.DEPRECATED).replacedBy(REPLACEMENT).build());
    Codelists newLists = lists.toBuilder().themes(themes).build();
    var metadata = OLDER.metadata().toBuilder().dataVersion("1.2.0").checksum(null).build();
    return OLDER.toBuilder().metadata(metadata).codelists(newLists).memberBodies(bodies).initiatives(initiatives)
        .build();
  }

  @Test
  void theDiffNamesEveryChangedRecordAndField() {
    CatalogDiff diff = CatalogDiff.between(OLDER, NEWER);
    assertEquals(List.of("nova-iniciativa"), ids(diff.changes(Change.ADDED)));
    assertEquals(List.of(REMOVED.id()), ids(diff.changes(Change.REMOVED)));
    assertEquals(List.of("metadata", DEPRECATED.code(), CHANGED.id()), ids(diff.changes(Change.CHANGED)));
    RecordChange initiative = diff.changes(Change.CHANGED).get(2);
    assertEquals("/initiatives/4", initiative.olderPointer());
    assertEquals(List.of("/title/en", "/yearStart"), initiative.fields().stream().map(f -> f.pointer()).toList());
    assertEquals("\"A new English title\"", initiative.fields().get(0).newValue());
    assertEquals("2001", initiative.fields().get(1).newValue());
    assertEquals(List.of("/dataVersion"), diff.changes(Change.CHANGED).get(0).fields().stream()
        .map(f -> f.pointer()).toList(), "the checksum is not a change");
    assertEquals(List.of(new Deprecation(CodelistKind.THEMES, DEPRECATED.code(), REPLACEMENT)), diff.deprecations());
  }

  @Test
  void theTextJsonAndChangelogFormsSayTheSame() {
    CatalogDiff diff = CatalogDiff.between(OLDER, NEWER);
    String text = diff.toText();
    assertTrue(text.startsWith("Catalog diff: data 1.1.0 -> 1.2.0"), text);
    assertTrue(text.contains("\n+ initiative nova-iniciativa\n"), text);
    assertTrue(text.contains("\n- member-body " + REMOVED.id() + "\n"), text);
    assertTrue(text.contains("    /title/en: " + "\"" + CHANGED.title().en() + "\" -> \"A new English title\"\n"), text);
    assertTrue(text.contains("! theme " + DEPRECATED.code() + " deprecated, replaced by " + REPLACEMENT), text);

    JsonNode json = BundledJson.MAPPER.readTree(diff.toJson());
    assertEquals(diff.changes().size(), json.get("changes").size());
    int initiative = ids(diff.changes()).indexOf(CHANGED.id());
    assertEquals("A new English title", json.at("/changes/" + initiative + "/fields/0/new").asString());
    assertEquals(2001, json.at("/changes/" + initiative + "/fields/1/new").asInt());
    assertEquals(REPLACEMENT, json.at("/deprecations/0/replacedBy").asString());

    String changelog = diff.toChangelog();
    assertTrue(changelog.startsWith("## Data 1.2.0\n"), changelog);
    int added = changelog.indexOf("### Added");
    int changed = changelog.indexOf("### Changed");
    int deprecated = changelog.indexOf("### Deprecated");
    int removed = changelog.indexOf("### Removed");
    assertTrue(0 < added && added < changed && changed < deprecated && deprecated < removed, changelog);
    assertTrue(changelog.contains("- Initiative `nova-iniciativa`\n"), changelog);
    assertTrue(changelog.contains("- Initiative `" + CHANGED.id() + "`: `/title/en`, `/yearStart`\n"), changelog);
    assertTrue(changelog.contains("- Member body `" + REMOVED.id() + "`\n"), changelog);
  }

  @Test
  void theBundledCatalogDiffersFromItselfInNothing() {
    CatalogDiff diff = CatalogDiff.between(OLDER, OLDER);
    assertTrue(diff.isEmpty());
    assertTrue(diff.toText().endsWith("No differences.\n"));
    assertTrue(diff.toChangelog().endsWith("No changes.\n"));
  }

  private static List<String> ids(List<RecordChange> changes) {
    return changes.stream().map(RecordChange::id).toList();
  }
}
