package id.loket.guard.control;

import id.loket.guard.entity.Finding;
import id.loket.guard.entity.Scan;
import id.loket.guard.entity.SecretKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets in free text (English and Bahasa Indonesia) and masks them.
 *
 * <p>Precision matters more than recall here: a requester who writes "I forgot my password" must
 * not be told off. So a password needs a label <em>and</em> a connector ("password: …", "pwd=…",
 * "my password is …", "kata sandi saya …"), and after a spoken connector ("is", "adalah", "saya")
 * the value must look like a password (a digit, a symbol or an inner capital: "expired" is not).
 * Card numbers must pass Luhn and have a card brand's prefix and length; IBANs must pass mod 97;
 * keys and tokens are recognised by their published prefixes, and a generic {@code secret=…} only
 * with a long, high-entropy value.
 *
 * <p>Masking hides the value: six bullets for passwords, PINs and keys (the length is not kept), a
 * token's public prefix kept ({@code ghp_••••••}), all but the last four digits of a card or IBAN
 * (separators kept). Masked text scans clean.
 */
public final class SecretScanner {

  /** What replaces a password, a PIN or the secret part of a key. */
  public static final String BULLETS = "••••••";

  private static final char BULLET = '•';

  private static final String NOT_WORD = "(?<![\\p{L}\\p{N}_])";
  private static final String END_WORD = "(?![\\p{L}\\p{N}_])";

  private static final Pattern PASSWORD =
      Pattern.compile(
          NOT_WORD
              + "(?:password|passwort|passwd|pwd|passcode|pass\\s?word|kata\\s*sandi|sandi"
              + "|kata\\s+kunci)"
              + END_WORD
              + "((?:\\s*(?:[:=]|-+>|\\b(?:is|was|adalah|ialah|yaitu|yakni|saya|ku|nya|baru|new"
              + "|sekarang|now|sementara|temporary|skrg|sy)\\b))+)\\s*"
              + "(\"[^\"\\n]{1,64}\"|'[^'\\n]{1,64}'|[^\\s•\"'<>]{3,128})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern PIN =
      Pattern.compile(
          NOT_WORD
              + "pin"
              + END_WORD
              + "(?:\\s*(?:[:=]|\\b(?:is|was|adalah|saya|ku|nya|baru|new|my|atm|kartu|card"
              + "|code|kode)\\b))*\\s*"
              + "(\\d{4,8})(?![\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern CARD =
      Pattern.compile("(?<![\\p{N}+\\-/.])\\d(?:[ \\-]?\\d){12,18}(?!\\p{N})");

  private static final Pattern IBAN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![\\p{L}\\p{N}])");

  private static final Pattern PRIVATE_KEY =
      Pattern.compile(
          "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----(.*?)(?:-----END (?:[A-Z0-9]+ )*PRIVATE"
              + " KEY-----|\\z)",
          Pattern.DOTALL);

  /** Tokens by their published prefix: group 1 is the prefix that masking keeps. */
  private static final List<Pattern> TOKENS =
      List.of(
          Pattern.compile("(?<![A-Za-z0-9])((?:AKIA|ASIA))[A-Z0-9]{16}(?![A-Za-z0-9])"),
          Pattern.compile("(?<![A-Za-z0-9_])(gh[pousr]_)[A-Za-z0-9]{36,255}"),
          Pattern.compile("(?<![A-Za-z0-9_])(github_pat_)[A-Za-z0-9_]{22,255}"),
          Pattern.compile("(?<![A-Za-z0-9])(xox[abprse]-)[A-Za-z0-9-]{10,255}"),
          Pattern.compile(
              "(?<![A-Za-z0-9_-])(eyJ)[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*"),
          Pattern.compile("(?<![A-Za-z0-9_])(lkt_)[A-Za-z0-9_-]{20,128}"));

  private static final Pattern GENERIC =
      Pattern.compile(
          "(?<![A-Za-z0-9])(?:api[_-]?key|apikey|secret(?:[_-]?key)?|client[_-]?secret"
              + "|access[_-]?key|access[_-]?token|auth[_-]?token|token)"
              + "\\s*[:=]\\s*[\"']?([A-Za-z0-9+/_\\-.=~]{16,256})"
              + "|(?<![A-Za-z0-9])bearer\\s+([A-Za-z0-9+/_\\-.=~]{16,256})",
          Pattern.CASE_INSENSITIVE);

  /** Values after "password:" that describe the password rather than being it. */
  private static final Set<String> NOT_A_PASSWORD =
      Set.of(
          "reset",
          "expired",
          "wrong",
          "incorrect",
          "forgotten",
          "forgot",
          "changed",
          "change",
          "required",
          "locked",
          "salah",
          "lupa",
          "kedaluwarsa",
          "kadaluarsa",
          "kadaluwarsa",
          "diganti",
          "ganti",
          "terkunci",
          "direset",
          "hilang",
          "none",
          "n/a",
          "tidak",
          "kosong");

  private SecretScanner() {}

  /** The secrets in {@code text} (text order, disjoint) and the text with them masked. */
  public static Scan scan(String text) {
    if (text == null || text.isEmpty()) {
      return new Scan(List.of(), text == null ? "" : text);
    }
    List<Finding> found = new ArrayList<>();
    privateKeys(text, found);
    tokens(text, found);
    passwords(text, found);
    pins(text, found);
    cards(text, found);
    ibans(text, found);
    generic(text, found);
    List<Finding> findings = Scan.disjoint(found);
    return new Scan(findings, mask(text, findings));
  }

  /** {@code text} with every secret masked (the text itself if there is none). */
  public static String mask(String text) {
    return scan(text).masked();
  }

  private static void passwords(String text, List<Finding> found) {
    Matcher m = PASSWORD.matcher(text);
    while (m.find()) {
      String connector = m.group(1);
      String value = m.group(2);
      boolean explicit =
          connector.indexOf(':') >= 0 || connector.indexOf('=') >= 0 || connector.indexOf('>') >= 0;
      boolean quoted = value.startsWith("\"") || value.startsWith("'");
      if (NOT_A_PASSWORD.contains(value.toLowerCase(Locale.ROOT))) {
        continue;
      }
      int end = m.end(2);
      if (!quoted && value.length() > 3 && ",;)".indexOf(value.charAt(value.length() - 1)) >= 0) {
        end--; // "password: Hunter2!x, then …": the comma belongs to the sentence
        value = value.substring(0, value.length() - 1);
      }
      if (explicit || quoted || looksLikePassword(value)) {
        found.add(new Finding(SecretKind.PASSWORD, m.start(2), end));
      }
    }
  }

  /** A digit, a symbol or a capital after the first letter: "Hunter2!x" yes, "expired" no. */
  static boolean looksLikePassword(String value) {
    if (value.length() < 4) {
      return false;
    }
    boolean digit = false;
    boolean symbol = false;
    boolean innerCapital = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (!Character.isLetter(c)) {
        symbol = i < value.length() - 1 || value.length() > 8; // "expired." is not a symbol
      } else if (i > 0 && Character.isUpperCase(c)) {
        innerCapital = true;
      }
    }
    return digit || symbol || innerCapital;
  }

  private static void pins(String text, List<Finding> found) {
    Matcher m = PIN.matcher(text);
    while (m.find()) {
      found.add(new Finding(SecretKind.PIN, m.start(1), m.end(1)));
    }
  }

  private static void cards(String text, List<Finding> found) {
    Matcher m = CARD.matcher(text);
    while (m.find()) {
      String digits = m.group().replaceAll("[ \\-]", "");
      if (Checksums.cardShape(digits) && Checksums.luhn(digits)) {
        found.add(new Finding(SecretKind.PAYMENT_CARD, m.start(), m.end()));
      }
    }
  }

  private static void ibans(String text, List<Finding> found) {
    Matcher m = IBAN.matcher(text);
    while (m.find()) {
      String candidate = m.group();
      // a following word may have been taken for the last group: shorten until it checks out
      for (int end = candidate.length(); end >= 15; end--) {
        String part = candidate.substring(0, end);
        if (!part.endsWith(" ") && Checksums.iban(part.replace(" ", ""))) {
          found.add(new Finding(SecretKind.IBAN, m.start(), m.start() + end));
          break;
        }
      }
    }
  }

  private static void privateKeys(String text, List<Finding> found) {
    Matcher m = PRIVATE_KEY.matcher(text);
    while (m.find()) {
      if (!m.group(1).isBlank()) {
        found.add(new Finding(SecretKind.PRIVATE_KEY, m.start(1), m.end(1)));
      }
    }
  }

  private static void tokens(String text, List<Finding> found) {
    for (Pattern p : TOKENS) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        found.add(new Finding(SecretKind.ACCESS_TOKEN, m.end(1), m.end()));
      }
    }
  }

  private static void generic(String text, List<Finding> found) {
    Matcher m = GENERIC.matcher(text);
    while (m.find()) {
      int group = m.group(1) != null ? 1 : 2;
      String value = m.group(group);
      if (Checksums.entropy(value) >= 3.0 && classes(value) >= 2) {
        found.add(new Finding(SecretKind.ACCESS_TOKEN, m.start(group), m.end(group)));
      }
    }
  }

  /** How many of lower case, upper case and digits a value mixes (words have one). */
  private static int classes(String value) {
    boolean lower = value.chars().anyMatch(Character::isLowerCase);
    boolean upper = value.chars().anyMatch(Character::isUpperCase);
    boolean digit = value.chars().anyMatch(Character::isDigit);
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0);
  }

  private static String mask(String text, List<Finding> findings) {
    if (findings.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int at = 0;
    for (Finding f : findings) {
      out.append(text, at, f.start());
      out.append(masked(f.kind(), text.substring(f.start(), f.end())));
      at = f.end();
    }
    return out.append(text.substring(at)).toString();
  }

  /** How one value is shown once masked. */
  static String masked(SecretKind kind, String value) {
    return switch (kind) {
      case PAYMENT_CARD -> keepLastFour(value, 0);
      case IBAN -> keepLastFour(value, 2);
      case PRIVATE_KEY -> "\n" + BULLETS + "\n";
      default -> BULLETS;
    };
  }

  /** Every letter or digit but the first {@code head} and the last four becomes a bullet. */
  private static String keepLastFour(String value, int head) {
    int alnum = (int) value.chars().filter(Character::isLetterOrDigit).count();
    StringBuilder out = new StringBuilder(value.length());
    int seen = 0;
    for (char c : value.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        seen++;
        out.append(seen <= head || seen > alnum - 4 ? c : BULLET);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
