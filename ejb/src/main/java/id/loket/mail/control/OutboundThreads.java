package id.loket.mail.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The threading headers of the mails we send: Message-IDs in angle brackets as the headers carry
 * them, and References that grow by the mail answered, so that mail programs show a ticket's mails
 * as one conversation. Also a short, fixed-length name for a long header value (a rejection's cause
 * is the Message-ID it answers).
 */
public final class OutboundThreads {

  private OutboundThreads() {}

  /** {@code <id>} for {@code id} or {@code <id>}; null for nothing. */
  public static String bracket(String messageId) {
    if (messageId == null || messageId.isBlank()) {
      return null;
    }
    String id = messageId.strip();
    return id.startsWith("<") ? id : "<" + id + ">";
  }

  /**
   * The References of a mail answering {@code id}, whose own References were {@code references}.
   */
  public static String references(String references, String id) {
    return references == null || references.isBlank() ? id : references.strip() + " " + id;
  }

  /** 32 hex digits of the SHA-256 of {@code text}. */
  public static String digest(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
