package id.loket.identity.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a new password acceptable, after NIST SP 800-63B §5.1.1.2: length and a blocklist, no
 * composition rules (which push people to {@code Password1!}). A password needs at least {@value
 * #MIN_LENGTH} characters (a passphrase of three or four words passes easily), must not contain the
 * user name, must not be one character repeated, and must not be on the list of the most common
 * passwords ({@code common-passwords.txt}, compared without case). Pure: no container.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;

  /** A password longer than this is refused too (PBKDF2 cost grows with it; 128 is plenty). */
  public static final int MAX_LENGTH = 128;

  public static final String KEY_SHORT = "profile.password.short";
  public static final String KEY_LONG = "profile.password.long";
  public static final String KEY_USERNAME = "profile.password.username";
  public static final String KEY_COMMON = "profile.password.common";
  public static final String KEY_REPETITIVE = "profile.password.repetitive";

  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  /** The message keys of what is wrong with {@code password} for {@code username}; empty: fine. */
  public static List<String> problems(String username, char[] password) {
    List<String> problems = new ArrayList<>();
    String candidate = password == null ? "" : new String(password);
    int length = candidate.codePointCount(0, candidate.length());
    if (length < MIN_LENGTH) {
      problems.add(KEY_SHORT);
    } else if (length > MAX_LENGTH) {
      problems.add(KEY_LONG);
    }
    String lower = candidate.toLowerCase(Locale.ROOT);
    if (username != null
        && !username.isBlank()
        && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
      problems.add(KEY_USERNAME);
    }
    if (!candidate.isEmpty() && candidate.codePoints().distinct().count() == 1) {
      problems.add(KEY_REPETITIVE);
    }
    if (COMMON.contains(lower)) {
      problems.add(KEY_COMMON);
    }
    return problems;
  }

  /** Whether {@code password} is on the common-passwords list (without case). */
  public static boolean isCommon(String password) {
    return password != null && COMMON.contains(password.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("common-passwords.txt is missing");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
