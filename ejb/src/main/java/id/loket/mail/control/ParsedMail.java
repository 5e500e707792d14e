package id.loket.mail.control;

import java.time.Instant;
import java.util.List;

/**
 * One incoming mail as the service desk needs it: who wrote, about what, the readable text, the
 * files, how it threads with earlier mail, and whether it is machine noise or could not be
 * understood at all (quarantined for a human rather than lost).
 *
 * @param messageId the Message-ID without angle brackets, null if absent
 * @param inReplyTo the ids of In-Reply-To without angle brackets (may be empty)
 * @param references the ids of References without angle brackets (may be empty)
 * @param fromAddress the sender's address in lower case, null if none or unparseable
 * @param fromName the sender's decoded display name or null
 * @param to the To addresses in lower case
 * @param cc the Cc addresses in lower case
 * @param replyTo the first Reply-To address in lower case or null
 * @param subject the decoded, unfolded, trimmed subject; empty if none
 * @param date when it was sent, null if missing or broken
 * @param text the readable body text (LF line ends, no trailing spaces)
 * @param attachments the files
 * @param noise whether a machine wrote it
 * @param noiseReason which rule found the noise, null for {@link Noise#NONE}
 * @param quarantineReason non-null when the mail could not be understood
 * @param warnings what was odd but could be repaired, e.g. "no Date header"
 */
public record ParsedMail(
    String messageId,
    List<String> inReplyTo,
    List<String> references,
    String fromAddress,
    String fromName,
    List<String> to,
    List<String> cc,
    String replyTo,
    String subject,
    Instant date,
    String text,
    List<MailAttachment> attachments,
    Noise noise,
    String noiseReason,
    String quarantineReason,
    List<String> warnings) {

  static final int SNIPPET = 200;

  /** The first {@value #SNIPPET} characters of the text on one line, e.g. for lists. */
  public String textSnippet() {
    if (text == null) {
      return "";
    }
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET).strip();
  }

  /** Whether the mail could not be understood and needs a human. */
  public boolean quarantined() {
    return quarantineReason != null;
  }
}
