import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.util.Properties;

/**
 * A tiny mail client for the fault tests in src/test/sh and for trying the one-command run's mail
 * by hand, on Jakarta Mail from the launcher's runtime lib (no authentication: the embedded
 * GreenMail has it switched off). Run as a JDK single-file program:
 *
 * <pre>
 *   java -cp 'launcher/target/runtime/lib/*' src/test/sh/MailClient.java send HOST SMTP_PORT TO \
 *        FROM[,FROM...] COUNT SUBJECT_PREFIX
 *       COUNT mails over one SMTP connection, "SUBJECT_PREFIX i" (i = 1..COUNT), the senders taken
 *       in turn; prints "sent N" (every one acknowledged by the server) or fails.
 *   java -cp ... src/test/sh/MailClient.java count HOST IMAP_PORT LOGIN
 *       prints "total T unread U" of the login's INBOX.
 *   java -cp ... src/test/sh/MailClient.java list HOST IMAP_PORT LOGIN
 *       prints the INBOX's messages (flag, from, subject), oldest first.
 *   java -cp ... src/test/sh/MailClient.java reply HOST IMAP_PORT SMTP_PORT LOGIN SUBJECT_PART TEXT
 *       replies as LOGIN (to its Reply-To, with In-Reply-To/References) to the newest message of
 *       LOGIN's INBOX whose subject contains SUBJECT_PART; prints "replied to ADDRESS" or fails.
 * </pre>
 */
public final class MailClient {

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: MailClient send|count|list HOST PORT ...");
      System.exit(2);
    }
    String host = args[1];
    String port = args[2];
    switch (args[0]) {
      case "send" ->
          send(host, port, args[3], args[4].split(","), Integer.parseInt(args[5]), args[6]);
      case "count" -> count(host, port, args[3], false);
      case "list" -> count(host, port, args[3], true);
      case "reply" -> reply(host, port, args[3], args[4], args[5], args[6]);
      default -> {
        System.err.println("unknown command " + args[0]);
        System.exit(2);
      }
    }
  }

  private static void send(String host, String port, String to, String[] from, int n, String prefix)
      throws Exception {
    Properties p = new Properties();
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", port);
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "10000");
    Session session = Session.getInstance(p);
    int sent = 0;
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect();
      for (int i = 1; i <= n; i++) {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from[(i - 1) % from.length]));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        m.setSubject(prefix + " " + i, "UTF-8");
        m.setText("Mail " + i + " of " + n + " from src/test/sh/MailClient.java.\n", "UTF-8");
        m.saveChanges(); // a Message-ID of its own
        transport.sendMessage(m, m.getAllRecipients()); // returns once the server accepted it
        sent++;
      }
    }
    System.out.println("sent " + sent);
  }

  private static void reply(
      String host, String imapPort, String smtpPort, String login, String subjectPart, String text)
      throws Exception {
    Properties p = new Properties();
    p.put("mail.imap.connectiontimeout", "10000");
    p.put("mail.imap.timeout", "10000");
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", smtpPort);
    Session session = Session.getInstance(p);
    try (Store store = session.getStore("imap")) {
      store.connect(host, Integer.parseInt(imapPort), login, "any");
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      try {
        Message[] all = inbox.getMessages();
        for (int i = all.length - 1; i >= 0; i--) {
          String subject = all[i].getSubject();
          if (subject != null && subject.contains(subjectPart)) {
            MimeMessage answer = (MimeMessage) all[i].reply(false); // To = Reply-To, or From
            answer.setFrom(new InternetAddress(login));
            answer.setText(text + "\n", "UTF-8");
            answer.saveChanges();
            Transport.send(answer);
            System.out.println("replied to " + answer.getRecipients(Message.RecipientType.TO)[0]);
            return;
          }
        }
      } finally {
        inbox.close(false);
      }
    }
    System.err.println("no message with '" + subjectPart + "' in the subject for " + login);
    System.exit(1);
  }

  private static void count(String host, String port, String login, boolean list)
      throws Exception {
    Properties p = new Properties();
    p.put("mail.imap.connectiontimeout", "10000");
    p.put("mail.imap.timeout", "10000");
    p.put("mail.imap.peek", "true");
    Session session = Session.getInstance(p);
    try (Store store = session.getStore("imap")) {
      store.connect(host, Integer.parseInt(port), login, "any");
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      try {
        if (list) {
          for (Message m : inbox.getMessages()) {
            System.out.printf(
                "%s %s | %s%n",
                m.isSet(Flags.Flag.SEEN) ? "read  " : "UNREAD",
                m.getFrom() == null ? "?" : m.getFrom()[0],
                m.getSubject());
          }
        }
        int unread = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
        System.out.println("total " + inbox.getMessageCount() + " unread " + unread);
      } finally {
        inbox.close(false);
      }
    }
  }
}
