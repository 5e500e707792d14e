package id.loket.mail.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed tokens that lead a reply back to its ticket without trusting the subject: the reply
 * address ({@code desk+t42.<signature>@domain}) and the Message-ID of every mail we send ({@code
 * loket.t42.m1001.<signature>@domain}), which comes back in In-Reply-To and References. The
 * signature is an HMAC-SHA256 under the installation's secret (base32, 80 bits), so nobody can
 * write into a ticket by guessing its number.
 */
public final class ReplyTokens {

  private static final int SIGNATURE_CHARS = 16;
  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final Pattern ADDRESS =
      Pattern.compile("[^@\\s<>]*\\+t(\\d{1,18})\\.([a-z2-7]{16})@[^@\\s<>]+");
  private static final Pattern MESSAGE_ID =
      Pattern.compile("loket\\.t(\\d{1,18})\\.m(\\d{1,18})\\.([a-z2-7]{16})@[^@\\s<>]+");

  private final byte[] secret;
  private final String localPart;
  private final String domain;

  public ReplyTokens(String secret, String localPart, String domain) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("The reply-token secret is empty");
    }
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.localPart = localPart;
    this.domain = domain;
  }

  /** The address a reply about ticket {@code ticketId} goes to, e.g. {@code desk+t42.x@d}. */
  public String replyAddress(long ticketId) {
    String token = "t" + ticketId;
    return localPart + "+" + token + "." + sign(token) + "@" + domain;
  }

  /** The Message-ID (without angle brackets) of mail {@code mailId} about the ticket. */
  public String messageId(long ticketId, long mailId) {
    String token = "t" + ticketId + ".m" + mailId;
    return "loket." + token + "." + sign(token) + "@" + domain;
  }

  /**
   * The ticket a reply address or one of our Message-IDs names (either form, any case, with or
   * without angle brackets); empty when there is none, it is malformed, or the signature is not
   * ours.
   */
  public OptionalLong ticketOf(String addressOrMessageId) {
    if (addressOrMessageId == null || addressOrMessageId.length() > 998) {
      return OptionalLong.empty();
    }
    String s = addressOrMessageId.strip().toLowerCase(Locale.ROOT);
    int open = s.lastIndexOf('<');
    if (open >= 0) {
      int close = s.indexOf('>', open);
      if (close < 0) {
        return OptionalLong.empty();
      }
      s = s.substring(open + 1, close).strip();
    }
    try {
      Matcher m = MESSAGE_ID.matcher(s);
      if (m.matches()) {
        long ticket = Long.parseLong(m.group(1));
        long mail = Long.parseLong(m.group(2));
        return verified("t" + ticket + ".m" + mail, m.group(3), ticket);
      }
      Matcher a = ADDRESS.matcher(s);
      if (a.matches()) {
        long ticket = Long.parseLong(a.group(1));
        return verified("t" + ticket, a.group(2), ticket);
      }
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  private OptionalLong verified(String token, String signature, long ticket) {
    byte[] expected = sign(token).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given) ? OptionalLong.of(ticket) : OptionalLong.empty();
  }

  private String sign(String token) {
    byte[] mac;
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac = hmac.doFinal(token.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 not available", e);
    }
    return base32(mac).substring(0, SIGNATURE_CHARS);
  }

  private static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    return out.toString();
  }
}
