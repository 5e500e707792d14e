package id.loket.mail.control;

/**
 * A claimed mail as the SMTP sender needs it, outside any transaction.
 *
 * @param messageId without angle brackets
 * @param inReplyTo the header value (angle brackets included), or null
 * @param references the header value, or null
 * @param replyTo the signed reply address, or null (replies go to the desk's address)
 * @param ticketNumber the ticket it is about, or null
 */
public record OutgoingMail(
    long id,
    String recipient,
    String language,
    String subject,
    String body,
    String messageId,
    String inReplyTo,
    String references,
    String replyTo,
    String ticketNumber) {}
