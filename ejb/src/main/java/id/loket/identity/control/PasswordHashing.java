package id.loket.identity.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes in the self-describing form {@code algorithm:iterations:salt:hash} (salt
 * and hash in Base64), so that the work factor can be raised later without invalidating stored
 * hashes: verification reads the parameters from the stored value.
 *
 * <p>210,000 iterations of HMAC-SHA512 follow the OWASP recommendation for PBKDF2-SHA512.
 */
public final class PasswordHashing {

  static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  static final int ITERATIONS = 210_000;
  private static final int SALT_BYTES = 32;
  private static final int KEY_BITS = 512;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHashing() {}

  /** Hashes a password with a fresh random salt. */
  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] key = derive(ALGORITHM, password, salt, ITERATIONS, KEY_BITS);
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + ITERATIONS
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(key);
  }

  /**
   * True when the password matches the stored hash; false for a wrong password or a malformed hash.
   */
  public static boolean verify(char[] password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String[] parts = stored.split(":");
    if (parts.length != 4) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      byte[] actual = derive(parts[0], password, salt, iterations, expected.length * 8);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(
      String algorithm, char[] password, byte[] salt, int iterations, int bits) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
    try {
      return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Unsupported password hash " + algorithm, e);
    } finally {
      spec.clearPassword();
    }
  }
}
