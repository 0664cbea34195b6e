package cat.xmess.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * No record holds a null or mutable list: absent lists become empty, given lists are copied and
 * unmodifiable, null elements are refused. Checked reflectively on every record of the package, so
 * that a new list component without {@code Lists.copy} fails here.
 */
class RecordsImmutabilityTest {

  @Test
  void recordsHoldListsAndNoOtherCollectionsOrArrays() {
    for (Class<?> record : ModelTypes.modelRecords()) {
      for (RecordComponent component : record.getRecordComponents()) {
        Class<?> type = component.getType();
        // The one map is "extensions", deep-copied by JsonValues; ExtensionsTest covers it.
        boolean extensions = type == Map.class && component.getName().equals("extensions");
        boolean otherContainer = type.isArray() || (Map.class.isAssignableFrom(type) && !extensions)
            || (Collection.class.isAssignableFrom(type) && type != List.class);
        assertFalse(otherContainer, record.getSimpleName() + "." + component.getName() + " is a " + type
            + ": extend this test (and Lists) before adding such a component");
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> nullListsBecomeEmptyUnmodifiableLists() {
    return perRecordWithLists(record -> {
      Object instance = construct(record, component -> null);
      for (RecordComponent component : listComponents(record)) {
        List<?> list = (List<?>) component.getAccessor().invoke(instance);
        String where = record.getSimpleName() + "." + component.getName();
        assertNotNull(list, where + " is null");
        assertTrue(list.isEmpty(), where + " is not empty");
        assertUnmodifiable(list, where, sample(ModelTypes.elementClass(component)));
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> givenListsAreCopiedAndUnmodifiable() {
    return perRecordWithLists(record -> {
      List<List<Object>> originals = new ArrayList<>();
      Object instance = construct(record, component -> {
        List<Object> original = new ArrayList<>(List.of(sample(ModelTypes.elementClass(component))));
        originals.add(original);
        return original;
      });
      List<RecordComponent> lists = listComponents(record);
      List<List<?>> before = new ArrayList<>();
      for (RecordComponent component : lists) {
        before.add(List.copyOf((List<?>) component.getAccessor().invoke(instance)));
      }
      // Changing the caller's lists afterwards must not reach the record.
      for (List<Object> original : originals) {
        Object element = original.get(0);
        original.clear();
        original.add(element);
        original.add(element);
      }
      for (int i = 0; i < lists.size(); i++) {
        RecordComponent component = lists.get(i);
        String where = record.getSimpleName() + "." + component.getName();
        List<?> list = (List<?>) component.getAccessor().invoke(instance);
        assertEquals(before.get(i), list, where + " changed with the caller's list");
        assertEquals(1, list.size(), where);
        assertUnmodifiable(list, where, list.get(0));
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> nullElementsAreRefused() {
    return perRecordWithLists(record -> {
      for (RecordComponent target : listComponents(record)) {
        List<Object> withNull = new ArrayList<>();
        withNull.add(sample(ModelTypes.elementClass(target)));
        withNull.add(null);
        InvocationTargetException e = assertThrows(InvocationTargetException.class,
            () -> construct(record, component -> component.getName().equals(target.getName()) ? withNull : null),
            record.getSimpleName() + "." + target.getName() + " accepted a null element");
        assertTrue(e.getCause() instanceof NullPointerException, "expected a NullPointerException, got " + e.getCause());
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> equalListsMakeEqualRecords() {
    return perRecordWithLists(record -> {
      Object a = construct(record, component -> new ArrayList<>(List.of(sample(ModelTypes.elementClass(component)))));
      Object b = construct(record, component -> List.of(sample(ModelTypes.elementClass(component))));
      Object c = construct(record, component -> null);
      Object d = construct(record, component -> List.of());
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      assertEquals(c, d, "a null list and an empty list are the same value");
    });
  }

  // --- the records' own methods ------------------------------------------------------------------

  @Test
  void allMemberBodiesPutsTheLeadFirstAndCannotBeModified() {
    Initiative led = initiative("lead", List.of("a", "b"));
    assertEquals(List.of("lead", "a", "b"), led.allMemberBodies());
    assertUnmodifiable(led.allMemberBodies(), "allMemberBodies()", "x");
    Initiative unled = initiative(null, List.of("a", "b"));
    assertEquals(List.of("a", "b"), unled.allMemberBodies());
    assertUnmodifiable(unled.allMemberBodies(), "allMemberBodies()", "x");
    assertEquals(List.of(), initiative(null, null).allMemberBodies());
    assertEquals(List.of("lead"), initiative("lead", null).allMemberBodies());
    assertEquals(List.of("a", "b"), unled.coMemberBodies(), "allMemberBodies() must not change the record");
  }

  @Test
  void withMetadataAndWithChecksumChangeOnlyTheirField() {
    LocalizedText text = LocalizedText.of("a", "b", "c");
    CatalogMetadata metadata = CatalogMetadata.builder().schemaVersion("1.0.0").dataVersion("2.0.0")
        .generated(LocalDate.of(2024, 2, 29)).title(text).description(text)
        .license(new License("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/", text)).build();
    CatalogMetadata stamped = metadata.withChecksum("sha256:" + "0".repeat(64));
    assertEquals("sha256:" + "0".repeat(64), stamped.checksum());
    assertEquals(metadata, stamped.withChecksum(null));
    Catalog catalog = new Catalog(metadata, List.of(new Source("S01", "t", null, null, null, null, null)), Codelists.empty(),
        null, null, null);
    Catalog other = catalog.withMetadata(stamped);
    assertSame(stamped, other.metadata());
    assertEquals(catalog.sources(), other.sources());
    assertEquals(catalog.codelists(), other.codelists());
    assertEquals(catalog, other.withMetadata(metadata));
  }

  @Test
  void emptyCodelistsHaveEveryListEmpty() {
    for (CodelistKind kind : CodelistKind.values()) {
      assertEquals(List.of(), Codelists.empty().entries(kind), kind.toString());
    }
    assertEquals(new Codelists(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
        Codelists.empty());
  }

  // --- helpers -----------------------------------------------------------------------------------

  private interface ListSupplier {
    Object listFor(RecordComponent component) throws ReflectiveOperationException;
  }

  private interface RecordCheck {
    void check(Class<?> record) throws Throwable;
  }

  private static Stream<DynamicTest> perRecordWithLists(RecordCheck check) {
    return ModelTypes.modelRecords().stream()
        .filter(record -> !listComponents(record).isEmpty())
        .map(record -> dynamicTest(record.getSimpleName(), (Executable) () -> check.check(record)));
  }

  private static List<RecordComponent> listComponents(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).filter(ModelTypes::isList).toList();
  }

  /** The record built with its canonical constructor: lists from {@code lists}, everything else null. */
  private static Object construct(Class<?> record, ListSupplier lists) throws ReflectiveOperationException {
    RecordComponent[] components = record.getRecordComponents();
    Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Constructor<?> canonical = record.getDeclaredConstructor(types);
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      args[i] = ModelTypes.isList(components[i]) ? lists.listFor(components[i]) : null;
    }
    assertTrue(Modifier.isPublic(canonical.getModifiers()), record + "'s canonical constructor is not public");
    return canonical.newInstance(args);
  }

  /** A non-null value of {@code type}, for a list element. */
  private static Object sample(Class<?> type) throws ReflectiveOperationException {
    if (type == String.class) {
      return "x";
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == BigDecimal.class) {
      return BigDecimal.ONE;
    }
    if (type.isRecord()) {
      return construct(type, component -> null);
    }
    throw new AssertionError("no sample for " + type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void assertUnmodifiable(List<?> list, String where, Object element) {
    List raw = list;
    assertThrows(UnsupportedOperationException.class, () -> raw.add(element), where + ".add");
    assertThrows(UnsupportedOperationException.class, () -> raw.add(0, element), where + ".add(0, e)");
    assertThrows(UnsupportedOperationException.class, () -> raw.addAll(List.of(element)), where + ".addAll");
    if (!list.isEmpty()) {
      assertThrows(UnsupportedOperationException.class, () -> raw.set(0, element), where + ".set");
      assertThrows(UnsupportedOperationException.class, () -> raw.remove(0), where + ".remove");
      assertThrows(UnsupportedOperationException.class, raw::clear, where + ".clear");
      assertThrows(UnsupportedOperationException.class, () -> raw.iterator().remove(), where + ".iterator().remove");
    }
  }

  private static Initiative initiative(String memberBody, List<String> coMemberBodies) {
    LocalizedText text = LocalizedText.of("a", "b", "c");
    Initiative.Builder builder = Initiative.builder().id("i").title(text).summary(text).memberBody(memberBody)
        .category("c").categoryBasis(CategoryBasis.INFERRED).inAbcGuide(AbcGuideStatus.UNVERIFIED)
        .confidence(Confidence.LOW).sourceIds(List.of("S01"));
    // Unset lists build as empty ones, as allMemberBodies() must cope with.
    return (coMemberBodies == null ? builder : builder.coMemberBodies(coMemberBodies)).build();
  }
}
