package cat.xmess.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * INE control digits and Idescat codes, against the dossier's worked examples and against an
 * independent implementation written from the dossier's description (§5): "look up each digit in
 * table C, B, A, C, B respectively ... add the five values to get S; then DC = (10 − S mod 10) mod
 * 10".
 */
class MunicipalityCodesTest {

  /** The dossier's three tables, written as the dossier prints them. */
  private static final String TABLE_A = "0 1 2 3 4 5 6 7 8 9";
  private static final String TABLE_B = "0 3 8 2 7 4 1 5 9 6";
  private static final String TABLE_C = "0 2 4 6 8 1 3 5 7 9";

  /** S, the sum of the five looked-up values: the reference the SDK is compared with. */
  static int referenceSum(String ine) {
    String[] order = {TABLE_C, TABLE_B, TABLE_A, TABLE_C, TABLE_B};
    int sum = 0;
    for (int position = 0; position < 5; position++) {
      String[] table = order[position].split(" ");
      sum += Integer.parseInt(table[Character.digit(ine.charAt(position), 10)]);
    }
    return sum;
  }

  /** The control digit, spelled out without the modulo trick the dossier warns about. */
  static int referenceControlDigit(String ine) {
    int remainder = referenceSum(ine) % 10;
    if (remainder == 0) {
      return 0;
    }
    return 10 - remainder;
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "Barcelona, 08019, 3",
      "Abrera, 08001, 8",
      "Sabadell, 08187, 8",
      "Agramunt, 25003, 0",
  })
  void dossierControlDigitExamples(String municipality, String ine, int digit) {
    assertEquals(digit, MunicipalityCodes.controlDigit(ine), municipality);
    assertEquals(digit, referenceControlDigit(ine), municipality + " (reference implementation)");
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "Barcelona, 08019, 080193",
      "Girona, 17079, 170792",
      "Lleida, 25120, 251207",
      "Tarragona, 43148, 431482",
      "Sabadell, 08187, 081878",
  })
  void dossierIdescatExamples(String municipality, String ine, String idescat) {
    assertEquals(idescat, MunicipalityCodes.idescatCode(ine), municipality);
    assertTrue(MunicipalityCodes.isValidIdescatCode(idescat), municipality);
  }

  @Test
  void sumThatIsANonZeroMultipleOfTenGivesZeroNotTen() {
    // Find such codes with the reference implementation rather than trusting a hand calculation.
    List<String> multiplesOfTen = new ArrayList<>();
    for (int n = 0; n < 100_000 && multiplesOfTen.size() < 50; n += 7) {
      String ine = String.format("%05d", n);
      int sum = referenceSum(ine);
      if (sum > 0 && sum % 10 == 0) {
        multiplesOfTen.add(ine);
      }
    }
    assertFalse(multiplesOfTen.isEmpty(), "no code with S a non-zero multiple of 10 found");
    // Agramunt 25003 is the dossier's instance: 4 + 4 + 0 + 0 + 2 = 10.
    assertEquals(10, referenceSum("25003"));
    multiplesOfTen.add("25003");
    for (String ine : multiplesOfTen) {
      assertEquals(0, MunicipalityCodes.controlDigit(ine), ine + " has S=" + referenceSum(ine));
      assertEquals(ine + "0", MunicipalityCodes.idescatCode(ine));
      assertTrue(MunicipalityCodes.isValidIdescatCode(ine + "0"), ine + "0");
    }
  }

  @Test
  void everyFiveDigitCodeAgreesWithTheReferenceImplementation() {
    int checked = 0;
    for (int n = 0; n < 100_000; n++) {
      String ine = String.format("%05d", n);
      int expected = referenceControlDigit(ine);
      int actual = MunicipalityCodes.controlDigit(ine);
      if (actual != expected) {
        fail("control digit of " + ine + ": expected " + expected + " but was " + actual);
      }
      if (!MunicipalityCodes.idescatCode(ine).equals(ine + expected)) {
        fail("Idescat code of " + ine + ": " + MunicipalityCodes.idescatCode(ine));
      }
      for (int last = 0; last <= 9; last++) {
        if (MunicipalityCodes.isValidIdescatCode(ine + last) != (last == expected)) {
          fail("isValidIdescatCode(" + ine + last + ") should be " + (last == expected));
        }
      }
      assertTrue(MunicipalityCodes.isIneCode(ine));
      checked++;
    }
    assertEquals(100_000, checked);
  }

  @Test
  void everyMemberOfTheDossierHasTheIdescatCodeOfItsIneCode() throws IOException {
    // Like every dossier test (cat.xmess.catalog.bundled.Dossier in xmess-io): fails, never skips.
    String configured = System.getProperty("xmess.dossier.dir");
    Path members = Path.of(configured == null || configured.isBlank() ? "../../shared/dossier" : configured)
        .resolve("members.csv").toAbsolutePath().normalize();
    if (!Files.isRegularFile(members)) {
      fail("The research dossier's members.csv is not at " + members + ". Put the shared folder next to"
          + " the repository (../shared/dossier) or set -Dxmess.dossier.dir=<dir>");
    }
    List<Map<String, String>> rows = Csv.read(members);
    int withCodes = 0;
    for (Map<String, String> row : rows) {
      String ine = row.get("ine_code");
      String idescat = row.get("idescat_code");
      if (ine.isEmpty() && idescat.isEmpty()) {
        continue;
      }
      withCodes++;
      String id = row.get("id");
      assertTrue(MunicipalityCodes.isIneCode(ine), id + ": " + ine);
      assertEquals(idescat, MunicipalityCodes.idescatCode(ine), id);
      assertTrue(MunicipalityCodes.isValidIdescatCode(idescat), id);
      assertEquals(row.get("province"), Province.ofMunicipalityCode(ine).displayName(), id + ": province from the INE prefix");
      assertEquals(Province.ofMunicipalityCode(ine), Province.ofMunicipalityCode(idescat), id);
    }
    assertTrue(withCodes >= 40, "expected the dossier's town councils, found " + withCodes);
  }

  // --- malformed input ---------------------------------------------------------------------------

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"0801", "080193", "8019", "08 19", " 8019", "08019 ", "0801a", "-8019", "+8019", "08.19",
      "０８０１９", "٠٨٠١٩", "0801\u0000", "abcde"})
  void malformedIneCodesAreRejected(String code) {
    assertFalse(MunicipalityCodes.isIneCode(code));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MunicipalityCodes.controlDigit(code));
    assertTrue(e.getMessage().contains(String.valueOf(code)), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MunicipalityCodes.idescatCode(code));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"08019", "0801930", "080194", "080190", "08019x", "x80193", " 80193", "08019 ", "０８０１９３",
      "08019\u00B3"})
  void malformedOrWrongIdescatCodesAreInvalid(String code) {
    assertFalse(MunicipalityCodes.isValidIdescatCode(code));
  }

  // --- provinces ---------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "08019, BARCELONA", "080193, BARCELONA", "08904, BARCELONA",
      "17079, GIRONA", "170792, GIRONA",
      "25120, LLEIDA", "251207, LLEIDA", "25003, LLEIDA",
      "43148, TARRAGONA", "431482, TARRAGONA",
  })
  void provinceComesFromTheInePrefix(String code, Province province) {
    assertEquals(province, Province.ofMunicipalityCode(code));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"0", "28079", "280796", "46250", "80193", "00000", "99999", "ab019"})
  void codesOutsideCataloniaHaveNoProvince(String code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Province.ofMunicipalityCode(code));
    assertTrue(e.getMessage().contains("'" + code + "'"), e.getMessage());
  }

  @Test
  void everyProvinceIsFoundFromItsOwnPrefixAndOnlyFromIt() {
    for (Province province : Province.values()) {
      assertTrue(province.inePrefix().matches("[0-9]{2}"), province + " prefix " + province.inePrefix());
      assertEquals(province, Province.ofMunicipalityCode(province.inePrefix() + "001"));
    }
    int catalan = 0;
    for (int prefix = 0; prefix < 100; prefix++) {
      String code = String.format("%02d001", prefix);
      try {
        Province.ofMunicipalityCode(code);
        catalan++;
      } catch (IllegalArgumentException expected) {
        // not a Catalan prefix
      }
    }
    assertEquals(Province.values().length, catalan, "exactly the four Catalan prefixes are recognised");
  }

  /** A minimal RFC 4180 reader for the dossier's CSV files (quoted fields, doubled quotes). */
  static final class Csv {
    private Csv() {}

    static List<Map<String, String>> read(Path file) throws IOException {
      List<List<String>> records = parse(Files.readString(file, StandardCharsets.UTF_8));
      List<String> header = records.get(0);
      List<Map<String, String>> rows = new ArrayList<>();
      for (List<String> record : records.subList(1, records.size())) {
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        assertEquals(header.size(), record.size(), "malformed CSV row " + record);
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), record.get(i));
        }
        rows.add(row);
      }
      return rows;
    }

    private static List<List<String>> parse(String text) {
      List<List<String>> records = new ArrayList<>();
      List<String> record = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          record.add(field.toString());
          field.setLength(0);
        } else if (c == '\n') {
          record.add(field.toString());
          field.setLength(0);
          records.add(record);
          record = new ArrayList<>();
        } else if (c != '\r') {
          field.append(c);
        }
      }
      if (field.length() > 0 || !record.isEmpty()) {
        record.add(field.toString());
        records.add(record);
      }
      return records;
    }
  }
}
