import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.TransportConnector;
import org.apache.activemq.store.kahadb.KahaDBPersistenceAdapter;

/**
 * A standalone ActiveMQ (Classic) broker for the fault tests in src/test/sh: persistent (KahaDB in
 * a data directory of its own), no JMX, listening on 127.0.0.1 only. Several Payara Micro nodes
 * share it over TCP, so that a node killed with SIGKILL leaves its unacknowledged messages to the
 * others. Run as a JDK single-file program with the broker's jars on the class path:
 *
 * <pre>
 *   java -cp 'lib/*' src/test/sh/Broker.java PORT DATA_DIR [READY_FILE]
 * </pre>
 *
 * It writes READY_FILE once it accepts connections and stops cleanly on SIGTERM; a SIGKILL leaves
 * KahaDB to recover its journal at the next start.
 */
public final class Broker {

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Broker PORT DATA_DIR [READY_FILE]");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    Path data = Path.of(args[1]).toAbsolutePath();
    Files.createDirectories(data);

    BrokerService broker = new BrokerService();
    broker.setBrokerName("loket-fault-test");
    broker.setUseJmx(false);
    broker.setUseShutdownHook(false);
    broker.setAdvisorySupport(true);
    broker.setPersistent(true);
    broker.setDataDirectoryFile(data.toFile());
    KahaDBPersistenceAdapter kahaDb = new KahaDBPersistenceAdapter();
    kahaDb.setDirectory(data.resolve("kahadb").toFile());
    broker.setPersistenceAdapter(kahaDb);
    TransportConnector connector = new TransportConnector();
    connector.setUri(new URI("tcp://127.0.0.1:" + port + "?transport.reuseAddress=true"));
    broker.addConnector(connector);

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    broker.stop();
                    broker.waitUntilStopped();
                  } catch (Exception e) {
                    e.printStackTrace();
                  }
                }));

    broker.start();
    if (!broker.waitUntilStarted()) {
      System.err.println("broker: did not start");
      System.exit(1);
    }
    System.out.println("broker: listening on tcp://127.0.0.1:" + port + ", data in " + data);
    if (args.length > 2) {
      Path ready = Path.of(args[2]);
      Path tmp = ready.resolveSibling(ready.getFileName() + ".tmp");
      Files.writeString(tmp, ProcessHandle.current().pid() + "\n");
      Files.move(tmp, ready);
    }
    broker.waitUntilStopped();
  }
}
