package id.loket.mail.boundary;

import id.loket.platform.LoketConfig;
import id.loket.platform.MailSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each node's reader of the desk's mailbox: a non-persistent interval timer ({@code
 * loket.mail.imap.poll-seconds}) that takes the unread messages of the folder and hands each, with
 * its UID, to {@link MailIntake} in a transaction of its own. Only after that transaction has
 * committed is the message marked read (and moved, when a folder for processed mail is set):
 * messages are fetched with PEEK, so a crash before the mark leaves it unread, and the next poll
 * finds its UID recorded and only marks it. Two nodes reading the same mailbox are kept apart by
 * the same record (one commits, the other's insert fails and it moves on).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailPoller {

  private static final Logger LOG = Logger.getLogger(MailPoller.class.getName());
  private static final int MAX_PER_POLL = 500;

  @Resource TimerService timers;
  @EJB MailIntake intake;
  @Inject LoketConfig config;

  private final AtomicBoolean running = new AtomicBoolean();

  /** One poll's count. */
  public record Poll(int read, int processed, int failed) {}

  @PostConstruct
  void schedule() {
    MailSettings settings = config.mail();
    if (!settings.inboundEnabled() || !settings.imap().configured()) {
      LOG.info("E-mail intake is off (loket.mail.inbound.enabled, loket.mail.imap.host)");
      return;
    }
    long every = settings.pollEvery().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("mail poll", false));
    LOG.info(
        () ->
            "E-mail intake reads "
                + mailbox(settings)
                + " every "
                + settings.pollEvery().toSeconds()
                + " s");
  }

  @Timeout
  void tick() {
    pollNow();
  }

  /** Reads the unread messages once; skipped while this node's previous poll still runs. */
  public Poll pollNow() {
    if (!running.compareAndSet(false, true)) {
      return new Poll(0, 0, 0);
    }
    try {
      return poll(config.mail());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "Mail poll failed; the next poll tries again: " + e, e);
      return new Poll(0, 0, 1);
    } finally {
      running.set(false);
    }
  }

  private Poll poll(MailSettings settings) throws MessagingException {
    MailSettings.Server imap = settings.imap();
    String protocol = "ssl".equals(imap.security()) ? "imaps" : "imap";
    Session session = Session.getInstance(properties(protocol, imap));
    int read = 0;
    int processed = 0;
    int failed = 0;
    try (Store store = session.getStore(protocol)) {
      store.connect(
          imap.host(),
          imap.port(),
          imap.user(),
          imap.password().isEmpty() ? null : imap.password());
      Folder folder = store.getFolder(settings.folder());
      folder.open(Folder.READ_WRITE);
      try {
        UIDFolder uids = (UIDFolder) folder;
        long validity = uids.getUIDValidity();
        Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(unread, profile);
        Folder done =
            settings.doneFolder().isEmpty() ? null : store.getFolder(settings.doneFolder());
        if (done != null && !done.exists()) {
          done.create(Folder.HOLDS_MESSAGES);
        }
        for (int i = 0; i < unread.length && i < MAX_PER_POLL; i++) {
          Message message = unread[i];
          read++;
          MailIntake.Source source =
              new MailIntake.Source(mailbox(settings), validity, uids.getUID(message));
          if (handle(message, source)) {
            processed++;
            // Only now, after the intake's transaction committed: marked read (and moved).
            message.setFlag(Flags.Flag.SEEN, true);
            if (done != null) {
              folder.copyMessages(new Message[] {message}, done);
              message.setFlag(Flags.Flag.DELETED, true);
            }
          } else {
            failed++;
          }
        }
      } finally {
        folder.close(settings.doneFolder().isEmpty() ? false : true);
      }
    }
    return new Poll(read, processed, failed);
  }

  /** Hands one message to the intake; a failure is quarantined so that the mailbox moves on. */
  private boolean handle(Message message, MailIntake.Source source) {
    byte[] raw;
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      message.writeTo(out);
      raw = out.toByteArray();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Could not read message UID " + source.uid() + ": " + e, e);
      return false; // the server's problem: read again next time
    }
    try {
      intake.receive(raw, source, false);
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail UID " + source.uid() + " failed; trying to quarantine it", e);
      try {
        intake.quarantine(raw, source, "processing failed: " + rootCause(e));
        return true;
      } catch (RuntimeException again) {
        // e.g. another node recorded it meanwhile: the next poll finds the record and marks it
        LOG.log(Level.INFO, "Mail UID " + source.uid() + " left for the next poll", again);
        return false;
      }
    }
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getClass().getSimpleName() + ": " + t.getMessage();
    return m.length() > 500 ? m.substring(0, 500) : m;
  }

  private static Properties properties(String protocol, MailSettings.Server imap) {
    Properties p = new Properties();
    String prefix = "mail." + protocol + ".";
    String timeout = String.valueOf(imap.timeout().toMillis());
    p.put(prefix + "connectiontimeout", timeout);
    p.put(prefix + "timeout", timeout);
    p.put(prefix + "writetimeout", timeout);
    p.put(prefix + "peek", "true"); // reading a message does not mark it read
    p.put(prefix + "partialfetch", "false");
    if ("starttls".equals(imap.security())) {
      p.put(prefix + "starttls.enable", "true");
      p.put(prefix + "starttls.required", "true");
    }
    if (!"none".equals(imap.security())) {
      p.put(prefix + "ssl.checkserveridentity", "true");
    }
    return p;
  }

  static String mailbox(MailSettings settings) {
    return "imap:"
        + settings.imap().user()
        + "@"
        + settings.imap().host()
        + "/"
        + settings.folder();
  }
}
