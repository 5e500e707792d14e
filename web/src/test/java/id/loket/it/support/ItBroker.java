package id.loket.it.support;

import java.net.URI;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.TransportConnector;

/**
 * The real ActiveMQ broker the Payara Micro under test talks to over TCP: in the test JVM, in
 * memory (non-persistent), without JMX, on the port reserved by the build ({@code
 * loket.it.broker.port}). Tests may {@link #stop()} it and {@link #start()} it again on the same
 * port, as often as they like, to see the application through a broker outage.
 */
public final class ItBroker {

  private static BrokerService broker;

  private ItBroker() {}

  public static int port() {
    String port = System.getProperty("loket.it.broker.port");
    if (port == null || port.isBlank()) {
      throw new IllegalStateException(
          "loket.it.broker.port is not set (run the ITs with failsafe)");
    }
    return Integer.parseInt(port);
  }

  public static String url() {
    return "tcp://127.0.0.1:" + port();
  }

  /** Starts the broker (again) on the reserved port; does nothing when it runs. */
  public static synchronized void start() {
    if (isRunning()) {
      return;
    }
    try {
      BrokerService service = new BrokerService();
      service.setBrokerName("loket-it");
      service.setPersistent(false);
      service.setUseJmx(false);
      service.setUseShutdownHook(false);
      service.setAdvisorySupport(true);
      TransportConnector connector = new TransportConnector();
      connector.setUri(new URI(url() + "?transport.reuseAddress=true"));
      service.addConnector(connector);
      service.start();
      service.waitUntilStarted();
      broker = service;
    } catch (Exception e) {
      throw new IllegalStateException("could not start the test broker on " + url(), e);
    }
  }

  /** Stops the broker; clients see their connections drop. Messages in memory are lost. */
  public static synchronized void stop() {
    if (broker == null) {
      return;
    }
    try {
      broker.stop();
      broker.waitUntilStopped();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the test broker", e);
    } finally {
      broker = null;
    }
  }

  public static synchronized boolean isRunning() {
    return broker != null && broker.isStarted();
  }
}
