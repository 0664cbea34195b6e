package cat.xmess.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code extensions} of initiatives and member bodies are deep, unmodifiable copies of plain JSON values. */
class ExtensionsTest {

  @Test
  void absentExtensionsAreAnEmptyMap() {
    assertEquals(Map.of(), body(null).extensions());
    assertEquals(Map.of(), body(Map.of()).toBuilder().build().extensions(), "a builder leaves them empty");
  }

  @Test
  void extensionsAreDeepCopiesTheCallerCannotChange() {
    List<Object> tags = new ArrayList<>(List.of("a"));
    Map<String, Object> inner = new HashMap<>(Map.of("tags", tags));
    Map<String, Object> given = new HashMap<>(Map.of("bcn", inner));
    MemberBody body = body(given);
    tags.add("b");
    inner.put("other", "x");
    given.put("gir", "y");
    assertEquals(Map.of("bcn", Map.of("tags", List.of("a"))), body.extensions());
    assertThrows(UnsupportedOperationException.class, () -> body.extensions().put("x", "y"));
    @SuppressWarnings("unchecked")
    Map<String, Object> copiedInner = (Map<String, Object>) body.extensions().get("bcn");
    assertThrows(UnsupportedOperationException.class, () -> copiedInner.put("x", "y"));
    @SuppressWarnings("unchecked")
    List<Object> copiedTags = (List<Object>) copiedInner.get("tags");
    assertThrows(UnsupportedOperationException.class, () -> copiedTags.add("c"));
  }

  @Test
  void everyNumberBecomesABigDecimalSoEqualJsonGivesEqualRecords() {
    Map<String, Object> extensions = body(Map.of("n", List.of(1, 2L, BigInteger.TEN, 1.5, new BigDecimal("2.50"))))
        .extensions();
    List<?> numbers = (List<?>) extensions.get("n");
    numbers.forEach(n -> assertInstanceOf(BigDecimal.class, n));
    assertEquals(List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.TEN, new BigDecimal("1.5"),
        new BigDecimal("2.50")), numbers);
    assertEquals(body(Map.of("n", 1)), body(Map.of("n", 1L)));
  }

  @Test
  void nullValuesAndNonJsonValuesAreRefused() {
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("bcn", null);
    assertThrows(NullPointerException.class, () -> body(withNull));
    List<Object> listWithNull = new ArrayList<>();
    listWithNull.add(null);
    assertThrows(NullPointerException.class, () -> body(Map.of("bcn", listWithNull)));
    assertThrows(IllegalArgumentException.class, () -> body(Map.of("bcn", new Object())));
    assertThrows(IllegalArgumentException.class, () -> body(Map.of("bcn", Map.of("a\uD800", "x"))),
        "a key with half a surrogate pair could not be read back");
  }

  private static MemberBody body(Map<String, ?> extensions) {
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) extensions;
    return MemberBody.builder().id("b").name(LocalizedText.of("a", "b", "c")).kind(BodyKind.AJUNTAMENT).place("x")
        .province(Province.BARCELONA).membershipStatus(MembershipStatus.CONFIRMED).confidence(Confidence.LOW)
        .extensions(values).build();
  }
}
