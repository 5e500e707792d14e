package id.loket.it.support;

import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The real mail servers the Payara Micro under test talks to: GreenMail's SMTP (where Loket sends)
 * and IMAP (the desk's mailbox {@value #DESK}, which Loket polls) in the test JVM, on the ports the
 * build reserved ({@code loket.it.smtp.port}, {@code loket.it.imap.port}). Tests deliver raw
 * messages to the desk over SMTP as any mail server would, read what Loket sent, and may {@link
 * #stopSmtp()} and {@link #startSmtp()} to see Loket through an outage. GreenMail accepts mail for
 * any address and keeps one mailbox per recipient.
 */
public final class ItMail {

  public static final String DESK = "servicedesk@loket.local";
  public static final String DESK_PASSWORD = "desk2026";

  private static GreenMail imap;
  private static GreenMail smtp;

  /** The SMTP service now listening (a stopped one cannot be started again: a new one is made). */
  private static SmtpServer smtpService;

  private ItMail() {}

  private static int port(String name) {
    String port = System.getProperty(name);
    if (port == null || port.isBlank()) {
      throw new IllegalStateException(name + " is not set (run the ITs with failsafe)");
    }
    return Integer.parseInt(port);
  }

  public static int smtpPort() {
    return port("loket.it.smtp.port");
  }

  public static int imapPort() {
    return port("loket.it.imap.port");
  }

  /**
   * Starts both servers (SMTP and IMAP share one store: what arrives over SMTP is in the
   * recipient's IMAP inbox).
   */
  public static synchronized void start() {
    if (smtp != null) {
      return;
    }
    smtp =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    smtp.start();
    smtpService = smtp.getSmtp();
    smtp.setUser(DESK, DESK, DESK_PASSWORD);
    imap = smtp;
  }

  public static synchronized void stop() {
    if (smtp != null) {
      if (smtpService != smtp.getSmtp()) {
        smtpService.stopService();
      }
      smtp.stop();
      smtp = null;
      smtpService = null;
      imap = null;
    }
  }

  public static synchronized boolean isRunning() {
    return smtp != null;
  }

  /**
   * Stops accepting mail: Loket's sender finds nothing listening on the SMTP port (the IMAP side
   * and every stored message stay).
   */
  public static synchronized void stopSmtp() {
    smtpService.stopService();
  }

  /** Accepts mail again on the same port. */
  public static synchronized void startSmtp() {
    // GreenMail's service is a thread, which starts once: a new service on the same port and
    // store takes over.
    smtpService = new SmtpServer(smtpService.getServerSetup(), smtp.getManagers());
    smtpService.startService();
    try {
      smtpService.waitTillRunning(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every message received so far, for any recipient (including the desk's own inbox). */
  public static List<MimeMessage> received() {
    return Arrays.asList(smtp.getReceivedMessages());
  }

  /** What was received for {@code address}. */
  public static List<MimeMessage> receivedFor(String address) {
    return Arrays.asList(smtp.getReceivedMessagesForDomain(address));
  }

  /**
   * Delivers {@code raw} (an RFC 5322 message, bytes as sent) over SMTP to the desk, unchanged:
   * envelope sender {@code from}, recipient the desk.
   */
  public static void deliver(byte[] raw, String envelopeFrom) {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(smtpPort()));
    props.put("mail.smtp.from", envelopeFrom);
    Session session = Session.getInstance(props);
    try (Transport transport = session.getTransport("smtp")) {
      MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
      transport.connect();
      // sendMessage, not Transport.send: no saveChanges(), so the bytes go out as given.
      transport.sendMessage(message, new Address[] {new InternetAddress(DESK)});
    } catch (Exception e) {
      throw new IllegalStateException("could not deliver a test mail to the desk", e);
    }
  }

  /** Deletes every stored message (the desk's account stays). */
  public static void reset() {
    try {
      smtp.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
