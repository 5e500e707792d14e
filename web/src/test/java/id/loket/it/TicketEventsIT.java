package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static id.loket.it.LoketDeployment.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.loket.ticket.entity.TicketNumber;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * JMS round trip: opening a ticket publishes TICKET_CREATED through the ActiveMQ resource adapter;
 * the message-driven bean records a notification for the requester.
 */
@ExtendWith(ArquillianExtension.class)
class TicketEventsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  @Test
  void openingATicketNotifiesTheRequesterThroughTheQueue() {
    String number = open(base, "rina", "Cannot reach the intranet");

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () -> {
              assertThat(
                      notified(
                          "rina", "items.findAll { it.kind == 'TICKET_RECEIVED' }.ticketNumber"))
                  .contains(number);
            });
    assertThat(notified("budi", "items.ticketNumber")).doesNotContain(number);
  }

  @Test
  void aRejectedTicketPublishesNothing() {
    String before = open(base, "budi", "Marker ticket before a rejected one");
    as(base, "budi")
        .body(
            java.util.Map.of(
                "title",
                "No category",
                "description",
                "x",
                "category",
                "no-such-category",
                "impact",
                "LOW",
                "urgency",
                "LOW"))
        .post("api/tickets")
        .then()
        .statusCode(422);
    String after = open(base, "budi", "Marker ticket after a rejected one");

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () -> {
              assertThat(notified("budi", "items.ticketNumber")).contains(before, after);
            });
    assertThat(notified("budi", "items.ticketNumber"))
        .as("one notification per stored ticket, none for the rejected one")
        .filteredOn(
            n ->
                TicketNumber.parse(n).compareTo(TicketNumber.parse(before)) >= 0
                    && TicketNumber.parse(n).compareTo(TicketNumber.parse(after)) <= 0)
        .hasSize(2);
  }

  /** The caller's notifications, through {@code jsonPath} (e.g. their ticket numbers). */
  private List<String> notified(String user, String jsonPath) {
    return as(base, user)
        .get("api/me/notifications")
        .then()
        .statusCode(200)
        .extract()
        .path(jsonPath);
  }
}
