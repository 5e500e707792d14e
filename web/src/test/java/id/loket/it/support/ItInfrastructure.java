package id.loket.it.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the integration tests need before the first test and stops it after the last: the
 * embedded PostgreSQL (when {@code loket.it.embedded-db=true}) and the ActiveMQ broker (when {@code
 * loket.it.broker=true}) and the mail servers (when {@code loket.it.smtp.port} is set). Failsafe
 * sets both properties; Surefire sets neither, so unit tests start nothing. Registered in {@code
 * META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public final class ItInfrastructure implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String logs = System.getProperty("loket.it.logs.dir");
    if (logs != null && !logs.isBlank()) {
      // Payara Micro's --logtofile does not create the folder (and then logs nowhere).
      new java.io.File(logs).mkdirs();
    }
    if (Boolean.getBoolean("loket.it.embedded-db")) {
      ItDatabase.startEmbedded();
    }
    if (Boolean.getBoolean("loket.it.broker")) {
      ItBroker.start();
    }
    if (System.getProperty("loket.it.smtp.port") != null) {
      ItMail.start();
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    try {
      ItMail.stop();
      if (ItBroker.isRunning()) {
        ItBroker.stop();
      }
    } finally {
      ItDatabase.stopEmbedded();
    }
  }
}
