package id.loket.mail.control;

/**
 * A file that came with a mail: a real attachment, an inline image of an HTML mail, a uuencoded
 * block or a forwarded message, so that the evidence a customer sends is kept on the ticket.
 *
 * @param fileName the file name without any path, never null
 * @param contentType the declared type in lower case, without parameters
 * @param size the number of decoded bytes
 * @param inline whether the mail shows it in its body (an image referenced by {@code cid:})
 * @param contentId the {@code Content-ID} without angle brackets, or null
 * @param content the decoded bytes
 */
public record MailAttachment(
    String fileName,
    String contentType,
    long size,
    boolean inline,
    String contentId,
    byte[] content) {}
