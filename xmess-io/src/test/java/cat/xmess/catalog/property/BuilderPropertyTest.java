package cat.xmess.catalog.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cat.xmess.model.Catalog;
import cat.xmess.model.CatalogMetadata;
import cat.xmess.model.CodelistEntry;
import cat.xmess.model.Codelists;
import cat.xmess.model.Initiative;
import cat.xmess.model.MemberBody;
import cat.xmess.model.Network;
import cat.xmess.model.PolicyInstrument;
import cat.xmess.model.Source;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record with a builder has a setter for each of its components, found by reflection, so a
 * component the schema gains cannot be forgotten in the builder. On generated records: {@code
 * toBuilder().build()} gives an equal record, and setting one component changes that component and
 * no other.
 */
class BuilderPropertyTest {
  private static final int SAMPLES = 40;

  static final List<Class<? extends Record>> BUILT = List.of(Catalog.class, CatalogMetadata.class, Codelists.class,
      CodelistEntry.class, PolicyInstrument.class, Source.class, MemberBody.class, Network.class, Initiative.class);

  static Stream<Arguments> samples() {
    return BUILT.stream().flatMap(type -> IntStream.range(0, SAMPLES).mapToObj(seed -> Arguments.of(
        type.getSimpleName(), seed, sample(type, 9_100 + seed), sample(type, 19_100 + seed))));
  }

  private static Record sample(Class<? extends Record> type, long seed) {
    return Instancio.of(Generators.representable(type)).withSeed(seed).create();
  }

  @ParameterizedTest(name = "{0} sample {1}")
  @MethodSource("samples")
  void eachSetterChangesItsComponentAndNoOther(String type, int seed, Record record, Record other) throws Exception {
    assertEquals(record, build(toBuilder(record)), type + ": toBuilder().build() must give an equal record");
    RecordComponent[] components = record.getClass().getRecordComponents();
    for (RecordComponent changed : components) {
      Object builder = toBuilder(record);
      Method setter = builder.getClass().getMethod(changed.getName(), changed.getType());
      setter.invoke(builder, changed.getAccessor().invoke(other));
      Record built = build(builder);
      for (RecordComponent read : components) {
        Object expected = read.getAccessor().invoke(read == changed ? other : record);
        assertEquals(expected, read.getAccessor().invoke(built),
            type + ": after setting " + changed.getName() + ", " + read.getName());
      }
    }
  }

  static final List<Class<? extends Record>> TYPES = BUILT;

  @ParameterizedTest(name = "{0}")
  @FieldSource("TYPES")
  void anEmptyBuilderLeavesListsAndMapsEmptyAndEverythingElseNull(Class<? extends Record> type) throws Exception {
    Record empty = build(type.getMethod("builder").invoke(null));
    for (RecordComponent component : type.getRecordComponents()) {
      Object value = component.getAccessor().invoke(empty);
      if (List.class.isAssignableFrom(component.getType())) {
        assertEquals(List.of(), value, type.getSimpleName() + "." + component.getName());
      } else if (Map.class.isAssignableFrom(component.getType())) {
        assertEquals(Map.of(), value, type.getSimpleName() + "." + component.getName());
      } else {
        assertNull(value, type.getSimpleName() + "." + component.getName());
      }
    }
  }

  private static Object toBuilder(Record record) throws Exception {
    return record.getClass().getMethod("toBuilder").invoke(record);
  }

  private static Record build(Object builder) throws Exception {
    return (Record) builder.getClass().getMethod("build").invoke(builder);
  }
}
