package id.loket.mail.control;

import id.loket.platform.MailSettings;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * Talks SMTP: builds the session from the settings (plain, STARTTLS or implicit TLS; with
 * authentication when a user is set; with time-outs, so a hanging server does not hold the sender)
 * and the messages we send — plain text in UTF-8, quoted-printable, with our own Message-ID kept,
 * the threading headers, and {@code Auto-Submitted: auto-generated} so that mail programs do not
 * answer them with vacation notices.
 */
public final class SmtpSender {

  private final MailSettings settings;
  private final Session session;

  public SmtpSender(MailSettings settings) {
    this.settings = settings;
    this.session = Session.getInstance(properties(settings));
  }

  /** The session's properties for the outgoing server. */
  static Properties properties(MailSettings settings) {
    MailSettings.Server smtp = settings.smtp();
    boolean ssl = "ssl".equals(smtp.security());
    String p = ssl ? "mail.smtps." : "mail.smtp.";
    Properties props = new Properties();
    props.put("mail.transport.protocol", ssl ? "smtps" : "smtp");
    props.put(p + "host", smtp.host());
    props.put(p + "port", Integer.toString(smtp.port()));
    String millis = Long.toString(smtp.timeout().toMillis());
    props.put(p + "connectiontimeout", millis);
    props.put(p + "timeout", millis);
    props.put(p + "writetimeout", millis);
    props.put(p + "from", settings.fromAddress());
    props.put(p + "auth", Boolean.toString(!smtp.user().isEmpty()));
    if ("starttls".equals(smtp.security())) {
      props.put(p + "starttls.enable", "true");
      props.put(p + "starttls.required", "true");
    }
    if (ssl || "starttls".equals(smtp.security())) {
      props.put(p + "ssl.checkserveridentity", "true");
    }
    return props;
  }

  /** An open connection to the server, for a batch of mails. */
  public Transport connect() throws MessagingException {
    MailSettings.Server smtp = settings.smtp();
    Transport transport = session.getTransport();
    if (smtp.user().isEmpty()) {
      transport.connect();
    } else {
      transport.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
    }
    return transport;
  }

  /** Sends one mail over an open connection. */
  public void send(Transport transport, OutgoingMail mail, Instant now) throws MessagingException {
    MimeMessage message = message(mail, now);
    transport.sendMessage(message, message.getAllRecipients());
  }

  /** The message for {@code mail}, its headers final. */
  public MimeMessage message(OutgoingMail mail, Instant now) throws MessagingException {
    MimeMessage m = new FixedIdMessage(session, mail.messageId());
    try {
      m.setFrom(new InternetAddress(settings.fromAddress(), settings.fromName(), "UTF-8"));
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("UTF-8 not supported", e);
    }
    if (mail.replyTo() != null) {
      m.setReplyTo(new InternetAddress[] {new InternetAddress(mail.replyTo())});
    }
    m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
    m.setSubject(mail.subject(), "UTF-8");
    m.setSentDate(Date.from(now));
    m.setText(mail.body(), "UTF-8", "plain");
    m.setHeader("Content-Transfer-Encoding", "quoted-printable");
    if (mail.inReplyTo() != null) {
      m.setHeader("In-Reply-To", mail.inReplyTo());
    }
    if (mail.references() != null) {
      m.setHeader("References", mail.references());
    }
    m.setHeader("Auto-Submitted", "auto-generated");
    m.setHeader("X-Auto-Response-Suppress", "All");
    m.setHeader("X-Loket-Origin", mail.ticketNumber() == null ? "desk" : mail.ticketNumber());
    m.setHeader("Content-Language", mail.language());
    m.saveChanges();
    return m;
  }

  /** A message that keeps the Message-ID we chose (and stored) instead of making one up. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", "<" + id + ">");
    }
  }
}
