package id.loket.platform;

import java.time.Duration;

/**
 * The e-mail channel's settings, read from {@link LoketConfig#mail()} (keys {@code loket.mail.*}).
 *
 * @param outboundEnabled whether changes write mails to the outbound outbox at all
 * @param inboundEnabled whether the IMAP poller reads the desk's mailbox
 * @param fromAddress the desk's address: From of every mail, and the base of reply addresses
 *     ({@code desk+t.<ticket>.<signature>@domain})
 * @param fromName the display name beside it
 * @param smtp the outgoing server
 * @param imap the incoming server
 * @param folder the IMAP folder read
 * @param doneFolder where processed messages are moved ("" = only flagged \Seen and left)
 * @param pollEvery how often the poller looks for new messages
 * @param sendEvery how often the sender drains due mails
 * @param sendBatch how many mails one drain claims at most
 * @param maxAttempts how many times a mail is tried before it is marked FAILED
 * @param retryBase the first retry's delay, doubled for each further one (at most an hour)
 * @param createUnknownSenders create a requester for an unknown sender (else reject politely)
 * @param reopenWindow how long after resolution a reply reopens the ticket (else: new ticket)
 * @param rawMaxBytes how much of each raw message is stored
 * @param maxPerSenderHour how many mails one sender may send in an hour before they are ignored
 * @param tokenSecret the reply-token key ("" = the installation's own, kept in the database)
 * @param defaultCategory the category of a ticket opened by mail
 */
public record MailSettings(
    boolean outboundEnabled,
    boolean inboundEnabled,
    String fromAddress,
    String fromName,
    Server smtp,
    Server imap,
    String folder,
    String doneFolder,
    Duration pollEvery,
    Duration sendEvery,
    int sendBatch,
    int maxAttempts,
    Duration retryBase,
    boolean createUnknownSenders,
    Duration reopenWindow,
    int rawMaxBytes,
    int maxPerSenderHour,
    String tokenSecret,
    String defaultCategory) {

  /**
   * A mail server.
   *
   * @param security {@code none}, {@code starttls} or {@code ssl}
   */
  public record Server(
      String host, int port, String security, String user, String password, Duration timeout) {

    /** Whether a host is configured. */
    public boolean configured() {
      return host != null && !host.isBlank();
    }
  }

  /** The domain of the desk's address (for Message-IDs). */
  public String domain() {
    int at = fromAddress.lastIndexOf('@');
    return at < 0 ? "loket.local" : fromAddress.substring(at + 1);
  }

  /** The local part of the desk's address. */
  public String localPart() {
    int at = fromAddress.lastIndexOf('@');
    return at < 0 ? fromAddress : fromAddress.substring(0, at);
  }
}
