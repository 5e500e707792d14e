package id.loket.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form of personal access tokens: {@code lkt_<prefix>_<secret>}, where the prefix is 10
 * lowercase hex characters (5 random bytes, not secret: it finds the row and names the token on the
 * profile page) and the secret 32 random bytes in unpadded Base64url.
 *
 * <p>Tokens are stored as a plain SHA-256 of the whole token. A fast hash is right here, unlike for
 * passwords: the token has 256 random bits, so there is nothing to guess from a leaked hash and no
 * need for a slow, salted function; and a fast check keeps a token-authenticated API call cheap.
 */
public final class TokenSecrets {

  public static final String SCHEME = "lkt_";
  private static final Pattern FORM = Pattern.compile("lkt_([0-9a-f]{10})_([A-Za-z0-9_-]{43})");
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  /** A new token: the text to show once, its prefix and the hash to store. */
  public record Minted(String token, String prefix, String hash) {}

  /** The parts of a presented token needed to check it. */
  public record Presented(String prefix, String hash) {}

  public static Minted mint() {
    byte[] prefixBytes = new byte[5];
    byte[] secret = new byte[32];
    RANDOM.nextBytes(prefixBytes);
    RANDOM.nextBytes(secret);
    String prefix = HexFormat.of().formatHex(prefixBytes);
    String token =
        SCHEME + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    return new Minted(token, prefix, hash(token));
  }

  /** The prefix and hash of a presented token; empty when it does not have the token's form. */
  public static Optional<Presented> parse(String token) {
    if (token == null) {
      return Optional.empty();
    }
    var m = FORM.matcher(token);
    return m.matches() ? Optional.of(new Presented(m.group(1), hash(token))) : Optional.empty();
  }

  /** Compares two hashes in constant time. */
  public static boolean sameHash(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
