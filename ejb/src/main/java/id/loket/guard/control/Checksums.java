package id.loket.guard.control;

import java.math.BigInteger;

/** The check digits that tell a real card number or IBAN from a random run of digits. */
public final class Checksums {

  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private Checksums() {}

  /** Luhn (mod 10) over a string of digits only. */
  public static boolean luhn(String digits) {
    if (digits.isEmpty()) {
      return false;
    }
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /**
   * ISO 13616 (mod 97) over an IBAN without spaces: two letters, two check digits and 11 to 30
   * letters or digits.
   */
  public static boolean iban(String iban) {
    String s = iban.toUpperCase(java.util.Locale.ROOT);
    if (!s.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
      return false;
    }
    String rearranged = s.substring(4) + s.substring(0, 4);
    StringBuilder numeric = new StringBuilder(rearranged.length() * 2);
    for (char c : rearranged.toCharArray()) {
      numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }

  /**
   * Whether a run of 13 to 19 digits has the prefix and length of a payment card brand (Visa,
   * Mastercard, Amex, Discover, JCB, Diners, UnionPay) — so that a phone number with a country code
   * (+62 …, at most 14 digits) is not taken for a card even when its Luhn sum happens to fit.
   */
  public static boolean cardShape(String digits) {
    int n = digits.length();
    if (n < 13 || n > 19) {
      return false;
    }
    int two = Integer.parseInt(digits.substring(0, 2));
    int three = Integer.parseInt(digits.substring(0, 3));
    int four = Integer.parseInt(digits.substring(0, 4));
    if (digits.charAt(0) == '4') {
      return n == 13 || n == 16 || n == 19;
    }
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
      return n == 16;
    }
    if (two == 34 || two == 37) {
      return n == 15;
    }
    if (four == 6011 || two == 65 || (three >= 644 && three <= 649) || two == 62) {
      return n >= 16;
    }
    if (four >= 3528 && four <= 3589) {
      return n >= 16;
    }
    if (two == 36 || (three >= 300 && three <= 305)) {
      return n >= 14;
    }
    return false;
  }

  /** Shannon entropy in bits per character. */
  public static double entropy(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    s.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
    double bits = 0;
    int n = s.codePointCount(0, s.length());
    for (int count : counts.values()) {
      double p = (double) count / n;
      bits -= p * (Math.log(p) / Math.log(2));
    }
    return bits;
  }
}
