package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static id.loket.it.LoketDeployment.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.loket.it.probe.AccountsProbe;
import id.loket.it.support.ItDatabase;
import id.loket.it.support.ItMail;
import id.loket.it.support.ItSla;
import id.loket.it.support.LoginForm;
import io.restassured.RestAssured;
import io.restassured.filter.session.SessionFilter;
import io.restassured.path.json.JsonPath;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outbound mail end to end, against a real SMTP server (GreenMail): a new ticket is confirmed to
 * its requester with the number in the subject and a signed reply address; an agent's public answer
 * reaches the requester threaded under the confirmation; while the server is down the mail waits
 * (and says why) and arrives once, exactly once, when it is back; a change that rolls back mails
 * nothing; the administrators' list and retry keep to their rules.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboundIT {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final String RINA = "rina@loket.example";
  private static final String BUDI = "budi@loket.example";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar().addClass(AccountsProbe.class);
  }

  @ArquillianResource URL base;

  @Test
  void aNewTicketIsConfirmedWithItsNumberAndASignedReplyAddress() throws Exception {
    String number = open(base, "rina", "Mail: the projector in room 4 flickers");

    MimeMessage confirmation = awaitOne(RINA, number);

    assertThat(confirmation.getSubject()).contains("[#" + number + "]");
    assertThat(confirmation.getHeader("Reply-To", null))
        .matches("servicedesk\\+t\\d+\\.[a-z2-7]{16}@loket\\.local");
    assertThat(confirmation.getMessageID())
        .matches("<loket\\.t\\d+\\.m\\d+\\.[a-z2-7]{16}@loket\\.local>");
    assertThat(confirmation.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    assertThat(confirmation.getHeader("X-Loket-Origin", null)).isEqualTo(number);
    assertThat(confirmation.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat(text(confirmation))
        .contains(number, "projector in room 4", "tickets/view.xhtml?number=" + number);
  }

  @Test
  void anAgentsPublicReplyReachesTheRequesterThreadedUnderTheConfirmation() throws Exception {
    String number = open(base, "rina", "Mail: the VPN drops every hour");
    MimeMessage confirmation = awaitOne(RINA, number);

    comment(number, "sari", version(number), "Please update the VPN client to 5.2.")
        .then()
        .statusCode(201);

    List<MimeMessage> both =
        await().atMost(PATIENCE).until(() -> about(RINA, number), l -> l.size() == 2);
    MimeMessage reply = null;
    for (MimeMessage m : both) {
      if (!m.getMessageID().equals(confirmation.getMessageID())) {
        reply = m;
      }
    }
    assertThat(reply).as("the reply").isNotNull();
    assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo(confirmation.getMessageID());
    assertThat(reply.getHeader("References", null)).contains(confirmation.getMessageID());
    assertThat(reply.getSubject()).contains("[#" + number + "]");
    assertThat(text(reply)).contains("Please update the VPN client to 5.2.", "Sari Dewi");
    assertThat(about("sari@loket.example", number)).as("the author is not told").isEmpty();
  }

  @Test
  void whileTheServerIsDownAMailWaitsAndArrivesExactlyOnceWhenItIsBack() throws Exception {
    ItMail.stopSmtp();
    String number;
    try {
      number = open(base, "budi", "Mail: written while the mail server is away");
      Map<String, Object> waiting =
          await()
              .atMost(PATIENCE)
              .until(
                  () -> mailOf(number),
                  m -> m != null && ((Number) m.get("attempts")).intValue() > 0);
      assertThat(waiting.get("status")).isEqualTo("PENDING");
      assertThat((String) waiting.get("lastError")).isNotBlank();
      assertThat(about(BUDI, number)).isEmpty();
    } finally {
      ItMail.startSmtp();
    }

    awaitOne(BUDI, number);
    await().atMost(PATIENCE).until(() -> mailOf(number).get("status"), "SENT"::equals);
    assertThat(about(BUDI, number)).as("exactly one copy").hasSize(1);
  }

  @Test
  void aChangeThatRollsBackMailsNothing() throws Exception {
    String number = open(base, "rina", "Mail: two agents answer at once");
    awaitOne(RINA, number);
    String version = version(number);
    comment(number, "sari", version, "First answer, kept.").then().statusCode(201);
    comment(number, "tono", version, "Second answer, refused.").then().statusCode(412);

    List<String> kinds =
        mails().getList("items.findAll { it.ticketNumber == '" + number + "' }.kind");
    assertThat(kinds).containsExactlyInAnyOrder("confirmation", "agent-reply");
    List<MimeMessage> received =
        await().atMost(PATIENCE).until(() -> about(RINA, number), l -> l.size() == 2);
    for (MimeMessage m : received) {
      assertThat(text(m)).doesNotContain("Second answer, refused.");
    }
  }

  @Test
  void administratorsListAndRetryUnderTheirRules() throws Exception {
    String number = open(base, "rina", "Mail: the admin list");
    awaitOne(RINA, number);
    Map<String, Object> sent =
        await()
            .atMost(PATIENCE)
            .until(() -> mailOf(number), m -> m != null && "SENT".equals(m.get("status")));

    JsonPath page = mails();
    assertThat(page.getLong("counts.SENT")).isPositive();
    JsonPath first =
        as(base, "admin")
            .get("api/admin/mail/outbound?status=SENT&limit=1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(first.getList("items")).hasSize(1);
    JsonPath second =
        as(base, "admin")
            .queryParam("status", "SENT")
            .queryParam("limit", 1)
            .queryParam("before", first.getString("next"))
            .get("api/admin/mail/outbound")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(second.getLong("items[0].id")).isNotEqualTo(first.getLong("items[0].id"));
    assertThat(second.getList("items.status")).containsOnly("SENT");
    as(base, "admin").get("api/admin/mail/outbound?status=LOST").then().statusCode(400);
    as(base, "admin")
        .post("api/admin/mail/outbound/" + sent.get("id") + "/retry")
        .then()
        .statusCode(409);
    as(base, "admin").post("api/admin/mail/outbound/999999999/retry").then().statusCode(404);
    as(base, "rina").get("api/admin/mail/outbound").then().statusCode(403);

    // A mail given up on (as after its last attempt) is listed with a Retry, and sent again.
    try (Connection db = ItDatabase.connection();
        PreparedStatement s =
            db.prepareStatement(
                "UPDATE mail_out SET status = 'FAILED', attempts = 12,"
                    + " last_error = 'IT: gave up' WHERE id = ?")) {
      s.setLong(1, ((Number) sent.get("id")).longValue());
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    SessionFilter session = new SessionFilter();
    LoginForm.submit(base, session, "admin", LoketDeployment.PASSWORD).then().statusCode(302);
    String html =
        RestAssured.given()
            .baseUri(base.toString())
            .filter(session)
            .get("admin/mail-outbound.xhtml?status=FAILED")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("Outbound mail", "IT: gave up", number, "Retry");
    String sentOnly =
        RestAssured.given()
            .baseUri(base.toString())
            .filter(session)
            .get("admin/mail-outbound.xhtml?status=SENT")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(sentOnly).doesNotContain("IT: gave up");
    as(base, "admin")
        .post("api/admin/mail/outbound/" + sent.get("id") + "/retry")
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("PENDING"))
        .body("attempts", org.hamcrest.Matchers.equalTo(0));
    await().atMost(PATIENCE).until(() -> about(RINA, number), l -> l.size() == 2);
    await().atMost(PATIENCE).until(() -> mailOf(number).get("status"), "SENT"::equals);
  }

  @Test
  void watchersHearOfPublicAnswersButAnInternalNoteMailsNoOne() throws Exception {
    String number = open(base, "rina", "Mail: the shared drive is read-only");
    awaitOne(RINA, number);
    as(base, "sari")
        .body(Map.of("username", "budi"))
        .post("api/tickets/" + number + "/watchers")
        .then()
        .statusCode(200);
    as(base, "sari")
        .header("If-Match", version(number))
        .body(Map.of("body", "Internal: the quota is full.", "visibility", "INTERNAL"))
        .post("api/tickets/" + number + "/comments")
        .then()
        .statusCode(201);
    comment(number, "sari", version(number), "We freed space; please try again.")
        .then()
        .statusCode(201);

    MimeMessage toWatcher = awaitOne(BUDI, number);
    assertThat(text(toWatcher)).contains("We freed space").doesNotContain("quota is full");
    await().atMost(PATIENCE).until(() -> about(RINA, number), l -> l.size() == 2);
    List<String> kinds =
        mails().getList("items.findAll { it.ticketNumber == '" + number + "' }.kind");
    assertThat(kinds).containsExactlyInAnyOrder("confirmation", "agent-reply", "agent-reply");
  }

  @Test
  void theRequesterHearsWhenTheTicketWaitsIsResolvedAndIsClosed() throws Exception {
    String number = open(base, "rina", "Mail: the badge reader refuses my card");
    awaitOne(RINA, number);
    transition(number, "ASSIGNED");
    transition(number, "WAITING_FOR_REQUESTER");
    transition(number, "RESOLVED");
    transition(number, "CLOSED");

    List<MimeMessage> all =
        await().atMost(PATIENCE).until(() -> about(RINA, number), l -> l.size() == 4);
    String texts = "";
    for (MimeMessage m : all) {
      texts += m.getSubject() + "\n" + text(m) + "\n";
    }
    assertThat(texts)
        .contains("We need your reply", "Resolved:", "within 14 days", "How did we do?");
    List<String> kinds =
        mails().getList("items.findAll { it.ticketNumber == '" + number + "' }.kind");
    assertThat(kinds)
        .containsExactlyInAnyOrder("confirmation", "waiting", "resolved", "satisfaction");
  }

  @Test
  void anSlaBreachIsMailedToTheManagersOnce() throws Exception {
    String user =
        ItSla.requesterWithPolicies(
            base, LoketDeployment.PASSWORD, Map.of("P2", new int[] {3, 3600}));
    String number =
        as(base, user)
            .body(
                Map.of(
                    "title", "Mail: SLA " + UUID.randomUUID(),
                    "description", "The VPN drops every few minutes.",
                    "category", "network",
                    "impact", "HIGH",
                    "urgency", "MEDIUM"))
            .post("api/tickets")
            .then()
            .statusCode(201)
            .extract()
            .path("number");

    MimeMessage breach = awaitOne("maya@loket.example", number);
    assertThat(breach.getSubject()).contains("[#" + number + "]", "level 2");
    assertThat(text(breach)).contains("first response");
    as(base, "admin").post("api/admin/sla/sweep").then().statusCode(200);
    List<String> toMaya =
        mails()
            .getList(
                "items.findAll { it.ticketNumber == '"
                    + number
                    + "' && it.recipient == 'maya@loket.example' }.kind");
    assertThat(toMaya).containsExactly("escalation");
  }

  // ---- helpers

  private io.restassured.response.Response comment(
      String number, String agent, String version, String body) {
    return as(base, agent)
        .header("If-Match", version)
        .body(Map.of("body", body, "visibility", "PUBLIC"))
        .post("api/tickets/" + number + "/comments");
  }

  private void transition(String number, String to) {
    as(base, "sari")
        .body(Map.of("to", to))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(200);
  }

  private String version(String number) {
    return as(base, "sari")
        .get("api/tickets/" + number)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  private JsonPath mails() {
    return as(base, "admin")
        .get("api/admin/mail/outbound?limit=200")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The confirmation of ticket {@code number} in the administrators' list, or null. */
  private Map<String, Object> mailOf(String number) {
    return mails()
        .getMap("items.find { it.ticketNumber == '" + number + "' && it.kind == 'confirmation' }");
  }

  private static MimeMessage awaitOne(String address, String number) {
    return await().atMost(PATIENCE).until(() -> about(address, number), l -> !l.isEmpty()).get(0);
  }

  /** What {@code address} received about ticket {@code number} (its number in the subject). */
  private static List<MimeMessage> about(String address, String number) throws MessagingException {
    List<MimeMessage> found = new java.util.ArrayList<>();
    for (MimeMessage m : ItMail.received()) {
      String to = m.getHeader("To", null);
      if (to != null && to.contains(address) && m.getSubject().contains("[#" + number + "]")) {
        found.add(m);
      }
    }
    return found;
  }

  /**
   * The decoded text of a plain-text message (not through getContent(): the test class path has a
   * mailcap entry whose handler needs javax.activation).
   */
  private static String text(MimeMessage m) throws IOException, MessagingException {
    try (InputStream in = MimeUtility.decode(m.getRawInputStream(), m.getEncoding())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
