package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static id.loket.it.LoketDeployment.newTicket;
import static id.loket.it.LoketDeployment.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.loket.it.support.ItBroker;
import id.loket.it.support.ItDatabase;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker goes away and comes back (twice): a ticket opened while it is down neither hangs the
 * request nor loses the ticket for good, and the message-driven bean consumes again once the broker
 * is back (the resource adapter's failover transport reconnects).
 */
@ExtendWith(ArquillianExtension.class)
class BrokerOutageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  @Test
  void notificationsResumeAfterTheBrokerRestarts() throws Exception {
    String before = open(base, "rina", "Before the broker outage");
    awaitNotified("rina", before);
    assertThat(storedTickets(before)).as("ItDatabase sees the server's database").isEqualTo(1);

    List<String> acceptedDuringOutage = new ArrayList<>();
    for (int round = 1; round <= 2; round++) {
      ItBroker.stop();
      assertThat(ItBroker.isRunning()).isFalse();
      try {
        long t0 = System.nanoTime();
        Response during =
            as(base, "rina")
                .config(
                    RestAssured.config()
                        .httpClient(
                            HttpClientConfig.httpClientConfig()
                                .setParam("http.socket.timeout", 20_000)))
                .body(newTicket("During broker outage " + round))
                .post("api/tickets");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(
            "[it] broker down, round %d: POST /api/tickets answered %d in %d ms%n",
            round, during.statusCode(), ms);
        assertThat(ms)
            .as("opening a ticket while the broker is down must not hang")
            .isLessThan(15_000);
        assertThat(during.statusCode()).isNotEqualTo(400).isNotEqualTo(422);
        if (during.statusCode() == 201) {
          acceptedDuringOutage.add(during.path("number"));
        }
      } finally {
        ItBroker.start();
      }
      assertThat(ItBroker.isRunning()).isTrue();

      AtomicReference<String> after = new AtomicReference<>();
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                Response r =
                    as(base, "rina").body(newTicket("After broker restart")).post("api/tickets");
                if (r.statusCode() == 201) {
                  after.set(r.path("number"));
                }
                return after.get() != null;
              });
      awaitNotified("rina", after.get());
    }
    // A ticket accepted while the broker was down must get its notification eventually (an
    // outbox relay publishes it once the broker is back).
    for (String number : acceptedDuringOutage) {
      awaitNotified("rina", number);
    }
  }

  private void awaitNotified(String user, String number) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () -> {
              List<String> numbers =
                  as(base, user)
                      .get("api/me/notifications")
                      .then()
                      .statusCode(200)
                      .extract()
                      .path("findAll { it.kind == 'TICKET_RECEIVED' }.ticketNumber");
              assertThat(numbers).contains(number);
            });
  }

  private static int storedTickets(String number) throws Exception {
    try (Connection c = ItDatabase.connection();
        PreparedStatement q = c.prepareStatement("SELECT count(*) FROM ticket WHERE number = ?")) {
      q.setString(1, number);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
