package cat.xmess.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every {@link WireCode} enum of the model: its codes are the stable keys the JSON carries. */
class WireCodeTest {
  private static final java.util.regex.Pattern KEBAB = java.util.regex.Pattern.compile(Patterns.KEY);

  @Test
  void theScanFindsEveryKnownWireCodeEnum() {
    assertTrue(ModelTypes.wireCodeEnums().containsAll(List.of(AbcGuideStatus.class, BodyKind.class,
        CandidateBasis.class, CategoryBasis.class, CodeStatus.class, CodelistKind.class, Confidence.class,
        Language.class, MatchKind.class, MembershipStatus.class, Office.class, Province.class)),
        "found " + ModelTypes.wireCodeEnums());
  }

  @Test
  void everyEnumOfTheModelIsAWireCode() {
    // An enum that is not a WireCode would be written with its Java name, not a stable code.
    for (Class<?> type : ModelTypes.modelClasses()) {
      if (type.isEnum()) {
        assertTrue(WireCode.class.isAssignableFrom(type), type + " does not implement WireCode");
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> codesAreUniqueLowercaseKebab() {
    return ModelTypes.wireCodeEnums().stream().map(type -> dynamicTest(type.getSimpleName(), () -> {
      Set<String> seen = new HashSet<>();
      for (Enum<?> constant : type.getEnumConstants()) {
        String code = ((WireCode) constant).code();
        assertTrue(KEBAB.matcher(code).matches(), type.getSimpleName() + "." + constant.name() + ": '" + code + "'");
        assertEquals(code.toLowerCase(Locale.ROOT), code);
        assertTrue(seen.add(code), type.getSimpleName() + " repeats the code '" + code + "'");
      }
      assertTrue(seen.size() >= 2, type.getSimpleName() + " has fewer than two codes");
    }));
  }

  @TestFactory
  Stream<DynamicTest> parseRoundTripsAndToStringIsTheCode() {
    return ModelTypes.wireCodeEnums().stream().map(type -> dynamicTest(type.getSimpleName(), () -> {
      for (Enum<?> constant : type.getEnumConstants()) {
        String code = ((WireCode) constant).code();
        assertSame(constant, parse(type, code), type.getSimpleName() + " code " + code);
        assertEquals(code, constant.toString(), type.getSimpleName() + "." + constant.name() + ".toString()");
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> parseRejectsWhatIsNotACode() {
    return ModelTypes.wireCodeEnums().stream().map(type -> dynamicTest(type.getSimpleName(), () -> {
      Enum<?> first = type.getEnumConstants()[0];
      String code = ((WireCode) first).code();
      for (String wrong : Arrays.asList(null, "", " ", code.toUpperCase(Locale.ROOT), " " + code, code + " ",
          first.name().equals(code) ? code + "x" : first.name(), code.replace('-', '_') + "_", "unknown-code")) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(type, wrong),
            type.getSimpleName() + " accepted '" + wrong + "'");
        assertTrue(e.getMessage().contains(type.getSimpleName()) && e.getMessage().contains("'" + wrong + "'"),
            e.getMessage());
      }
    }));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parse(Class<? extends Enum<?>> type, String code) {
    return WireCode.parse((Class) type, code);
  }

  // --- Language ----------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Language.class)
  void languageCodesAreIso639AndParseIgnoringCase(Language language) {
    assertEquals(language.name().toLowerCase(Locale.ROOT), language.code());
    assertEquals(2, language.code().length());
    assertSame(language, Language.fromCode(language.code()));
    assertSame(language, Language.fromCode(language.code().toUpperCase(Locale.ROOT)));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"fr", "cat", "c", " ca", "ca-ES", "oc"})
  void unknownLanguagesAreRejected(String code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Language.fromCode(code));
    assertTrue(e.getMessage().contains("'" + code + "'"), e.getMessage());
  }

  @Test
  void catalanIsTheReferenceLanguageAndComesFirst() {
    assertEquals(List.of(Language.CA, Language.ES, Language.EN), List.of(Language.values()));
  }

  // --- CodelistKind and Province -----------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(CodelistKind.class)
  void everyCodelistKindNamesAComponentOfCodelistsAndReadsIt(CodelistKind kind) throws ReflectiveOperationException {
    RecordComponent[] components = Codelists.class.getRecordComponents();
    List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
    int index = names.indexOf(kind.fieldName());
    assertTrue(index >= 0, "Codelists has no component " + kind.fieldName());
    RecordComponent component = components[index];
    // A Codelists whose only non-empty list is this kind's, holding one entry.
    Object[] lists = new Object[components.length];
    Object entry = kind == CodelistKind.POLICY_INSTRUMENTS
        ? new PolicyInstrument("x", null, null, CodeStatus.ACTIVE, null, "c", null, null, null)
        : new CodelistEntry("x", null, null, CodeStatus.ACTIVE, null, null, null);
    lists[index] = List.of(entry);
    Codelists codelists = (Codelists) Codelists.class.getDeclaredConstructors()[0].newInstance(lists);
    assertEquals(List.of(entry), codelists.entries(kind));
    assertEquals(List.of(entry), component.getAccessor().invoke(codelists));
    for (CodelistKind other : CodelistKind.values()) {
      if (other != kind) {
        assertEquals(List.of(), codelists.entries(other), other + " must not read " + kind + "'s list");
      }
    }
  }

  @Test
  void codelistKindFieldNamesAreUnique() {
    assertEquals(CodelistKind.values().length,
        Arrays.stream(CodelistKind.values()).map(CodelistKind::fieldName).distinct().count());
  }

  @Test
  void entriesOfANullKindIsRejected() {
    assertThrows(NullPointerException.class, () -> Codelists.empty().entries(null));
  }

  @Test
  void provincePrefixesAndNamesAreDistinct() {
    assertEquals(Province.values().length, Arrays.stream(Province.values()).map(Province::inePrefix).distinct().count());
    for (Province province : Province.values()) {
      assertEquals(province.code(), province.displayName().toLowerCase(Locale.ROOT));
    }
  }
}
