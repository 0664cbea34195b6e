package cat.xmess.model;

import org.apiguardian.api.API;

/**
 * Official statistical codes of Catalan municipalities: the 5-digit INE code and the 6-digit
 * Idescat code, which is the INE code followed by its control digit.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MunicipalityCodes {
  // INE's control-digit tables: each digit position is looked up in C, B, A, C, B.
  private static final int[] A = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  private static final int[] B = {0, 3, 8, 2, 7, 4, 1, 5, 9, 6};
  private static final int[] C = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};
  private static final int[][] TABLE_BY_POSITION = {C, B, A, C, B};

  private MunicipalityCodes() {}

  /**
   * {@return whether {@code code} is five ASCII digits} The control digit is not involved: an INE
   * code has none.
   *
   * @param code the text to check, or {@code null} (not a code)
   */
  public static boolean isIneCode(String code) {
    return code != null && code.length() == 5 && allDigits(code);
  }

  /**
   * The INE control digit of a 5-digit municipality code.
   *
   * @param ineCode five digits, for example {@code 08187} (Sabadell)
   * @return the control digit, 0 to 9, which Idescat appends to make its 6-digit code
   * @throws IllegalArgumentException if {@code ineCode} is not five digits
   */
  public static int controlDigit(String ineCode) {
    if (!isIneCode(ineCode)) {
      throw new IllegalArgumentException("An INE municipality code has five digits: '" + ineCode + "'");
    }
    int sum = 0;
    for (int i = 0; i < 5; i++) {
      sum += TABLE_BY_POSITION[i][ineCode.charAt(i) - '0'];
    }
    // The "mod 10" form matters: (10 - sum % 10) alone gives 10 when sum is a multiple of 10.
    return (10 - sum % 10) % 10;
  }

  /**
   * {@return the 6-digit Idescat code of a 5-digit INE code: the INE code and its control digit}
   *
   * @param ineCode five digits, for example {@code 08187}
   * @throws IllegalArgumentException if {@code ineCode} is not five digits
   */
  public static String idescatCode(String ineCode) {
    return ineCode + controlDigit(ineCode);
  }

  /**
   * {@return whether {@code idescatCode} is six digits whose last is the control digit of the
   * first five} It does not say whether such a municipality exists.
   *
   * @param idescatCode the text to check, or {@code null} (not a code)
   */
  public static boolean isValidIdescatCode(String idescatCode) {
    if (idescatCode == null || idescatCode.length() != 6 || !allDigits(idescatCode)) {
      return false;
    }
    return controlDigit(idescatCode.substring(0, 5)) == idescatCode.charAt(5) - '0';
  }

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
