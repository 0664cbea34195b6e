package cat.xmess.catalog.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.xmess.catalog.RecordType;
import cat.xmess.model.CodelistKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Record types and codelists map to each other one to one; initiatives belong to no codelist. */
class RecordTypeTest {
  @ParameterizedTest
  @EnumSource(CodelistKind.class)
  void everyCodelistHasTheRecordTypeThatNamesIt(CodelistKind kind) {
    assertEquals(Optional.of(kind), RecordType.of(kind).codelist());
  }

  @Test
  void noCodelistIsNotTheInitiativesType() {
    // It used to return INITIATIVE, the one type whose codelist is null.
    assertThrows(NullPointerException.class, () -> RecordType.of(null));
    assertEquals(Optional.empty(), RecordType.INITIATIVE.codelist());
  }
}
