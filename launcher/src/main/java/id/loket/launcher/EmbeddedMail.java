package id.loket.launcher;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A mail server without an install step, so that the one-command run can show the e-mail channel:
 * GreenMail's SMTP and IMAP on loopback, holding everything in memory (a restart of this program
 * empties every mailbox).
 *
 * <p>As a program ({@code java -cp 'launcher/target/runtime/lib/*' id.loket.launcher.EmbeddedMail
 * [--smtp-port 3025] [--imap-port 3143] [--bind 127.0.0.1] [--desk servicedesk@loket.local]
 * [--password PW] [--ready-file FILE]}) it starts both servers, creates the desk's account (login =
 * its address), prints one "ready" line and stops on SIGTERM/SIGINT or when the process that
 * started it dies.
 *
 * <p>Who may read what: GreenMail accepts mail to any address and keeps one mailbox per recipient;
 * authentication is switched off, so anyone on this machine logs in over IMAP with an address as
 * login and any password (e.g. {@code rina@loket.example}) and reads what Loket sent there. A
 * recipient's "+detail" is ignored ({@code servicedesk+t.42.x@loket.local} is the desk's mailbox),
 * so replies to Loket's reply addresses reach the desk. A demo, not a mail server for real mail.
 */
public final class EmbeddedMail implements AutoCloseable {

  /** The desk's address unless told otherwise (the default of {@code loket.mail.from-address}). */
  public static final String DESK = "servicedesk@loket.local";

  private final GreenMail greenMail;
  private final String bind;
  private final int smtpPort;
  private final int imapPort;

  private EmbeddedMail(GreenMail greenMail, String bind, int smtpPort, int imapPort) {
    this.greenMail = greenMail;
    this.bind = bind;
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
  }

  /**
   * Starts SMTP and IMAP on {@code bind} with the desk's account {@code desk} / {@code password}.
   *
   * @throws EmbeddedDatabase.PortInUseException when a port is taken by another program
   */
  public static EmbeddedMail start(
      String bind, int smtpPort, int imapPort, String desk, String password) throws IOException {
    ensurePortFree(bind, smtpPort, "LOKET_EMBEDDED_SMTP_PORT");
    ensurePortFree(bind, imapPort, "LOKET_EMBEDDED_IMAP_PORT");
    ServerSetup[] setups = {
      new ServerSetup(smtpPort, bind, ServerSetup.PROTOCOL_SMTP),
      new ServerSetup(imapPort, bind, ServerSetup.PROTOCOL_IMAP)
    };
    GreenMail greenMail =
        new GreenMail(setups)
            .withConfiguration(
                GreenMailConfiguration.aConfig()
                    .withUser(desk, desk, password)
                    .withDisabledAuthentication()
                    .withSieveIgnoreDetail());
    greenMail.start();
    return new EmbeddedMail(greenMail, bind, smtpPort, imapPort);
  }

  public int smtpPort() {
    return smtpPort;
  }

  public int imapPort() {
    return imapPort;
  }

  /** Stops both servers; the mailboxes are gone. Idempotent. */
  @Override
  public void close() {
    if (greenMail.isRunning()) {
      greenMail.stop();
    }
  }

  private static void ensurePortFree(String bind, int port, String setting)
      throws EmbeddedDatabase.PortInUseException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(bind), port));
    } catch (IOException e) {
      throw new EmbeddedDatabase.PortInUseException(
          "port "
              + port
              + " on "
              + bind
              + " is already in use by another program ("
              + e.getMessage()
              + "). Choose another port ("
              + setting
              + ").");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The helper program.

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Map<String, String> options = parse(args);
    String bind = options.getOrDefault("bind", "127.0.0.1");
    int smtpPort = Integer.parseInt(options.getOrDefault("smtp-port", "3025"));
    int imapPort = Integer.parseInt(options.getOrDefault("imap-port", "3143"));
    String desk = options.getOrDefault("desk", DESK);
    String password = options.getOrDefault("password", "servicedesk");
    Optional<Path> readyFile = Optional.ofNullable(options.get("ready-file")).map(Path::of);
    if (readyFile.isPresent()) {
      Files.deleteIfExists(readyFile.get());
    }

    Optional<ProcessHandle> parent = ProcessHandle.current().parent();
    long t0 = System.nanoTime();
    EmbeddedMail mail;
    try {
      mail = start(bind, smtpPort, imapPort, desk, password);
    } catch (EmbeddedDatabase.PortInUseException e) {
      System.err.println("Embedded mail: " + e.getMessage());
      System.exit(2);
      return;
    } catch (Exception e) {
      System.err.println("Embedded mail did not start: " + e);
      System.exit(1);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  mail.close();
                  readyFile.ifPresent(HelperProcess::deleteQuietly);
                  System.out.println("Embedded mail (SMTP " + mail.smtpPort() + ") stopped.");
                },
                "embedded-mail-stop"));

    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    System.out.printf(
        "Embedded mail (GreenMail, in memory) ready: SMTP %s:%d, IMAP %s:%d, desk %s, in %d ms%n",
        bind, smtpPort, bind, imapPort, desk, ms);
    System.out.flush();
    HelperProcess.announceReady(readyFile, "smtp=" + smtpPort + "\nimap=" + imapPort + "\n");
    // Orphaned (the launcher died without stopping us): stop and leave.
    HelperProcess.stopWhenOrphaned(parent, "Embedded mail");
  }

  /** --key value / --key=value. */
  private static Map<String, String> parse(String[] args) {
    return HelperProcess.options(
        args,
        Map.of(),
        List.of("smtp-port", "imap-port", "bind", "desk", "password", "ready-file"),
        usage());
  }

  private static String usage() {
    return "usage: EmbeddedMail [--smtp-port 3025] [--imap-port 3143] [--bind 127.0.0.1]"
        + " [--desk servicedesk@loket.local] [--password PW] [--ready-file FILE]";
  }
}
