package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import id.loket.it.support.ItMail;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The e-mail channel end to end, with real SMTP and IMAP (GreenMail in the test JVM): a mail to the
 * desk's mailbox becomes a ticket and the confirmation that comes back carries its number and a
 * signed reply address; a reply to the confirmation lands on the same ticket as a comment (quoted
 * history cut); a stranger's mail naming the ticket goes to review; machine mail creates nothing;
 * and the administrators' replay entry parses, dry-runs, quarantines and deduplicates.
 */
@ExtendWith(ArquillianExtension.class)
class MailInboundIT {

  private static final String RINA = "rina@loket.example";
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  @Test
  void aMailBecomesATicketAndTheConfirmationCarriesItsNumberAndAReplyThreadsIn() throws Exception {
    String subject = "Printer on floor 3 jams " + UUID.randomUUID();
    String messageId = "<" + UUID.randomUUID() + "@client.loket.example>";
    ItMail.deliver(
        mail(RINA, subject, messageId, null, "The printer jams on every second page.\n"), RINA);

    String number = awaitTicket("rina", subject);
    JsonPath ticket =
        as(base, "rina").get("api/tickets/" + number).then().statusCode(200).extract().jsonPath();
    assertThat(ticket.getString("channel")).isEqualTo("EMAIL");
    assertThat(ticket.getString("description")).contains("jams on every second page");

    MimeMessage confirmation =
        await()
            .atMost(WAIT)
            .until(
                () -> find(ItMail.receivedFor(RINA), number),
                m -> m != null); // the sender drains the mail outbox every second
    assertThat(confirmation.getSubject()).contains("[#" + number + "]");
    assertThat(confirmation.getHeader("In-Reply-To", null)).isEqualTo(messageId);
    String replyTo = confirmation.getReplyTo()[0].toString();
    assertThat(replyTo).startsWith("servicedesk+t").endsWith("@loket.local");

    // Rina answers the confirmation: to its Reply-To, In-Reply-To its Message-ID; no number in the
    // subject, the quoted confirmation below her text.
    String reply =
        "Here is the model: HP LaserJet 4250.\n\n"
            + "On Thu, 3 Dec 2026 at 09:00, Loket Service Desk <servicedesk@loket.local> wrote:\n"
            + "> We have received your request\n";
    ItMail.deliver(
        mail(
            RINA,
            "Re: printer",
            "<" + UUID.randomUUID() + "@client.loket.example>",
            confirmation.getMessageID(),
            reply,
            replyTo),
        RINA);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                as(base, "rina")
                    .get("api/tickets/" + number + "/comments")
                    .then()
                    .statusCode(200)
                    .body(
                        "items.body", hasItem(startsWith("Here is the model: HP LaserJet 4250."))));
    List<String> bodies =
        as(base, "rina")
            .get("api/tickets/" + number + "/comments")
            .jsonPath()
            .getList("items.body");
    assertThat(bodies).hasSize(1);
    assertThat(bodies.get(0)).doesNotContain("We have received your request");
  }

  @Test
  void aStrangersMailNamingATicketGoesToReviewNotOntoTheTicket() {
    String number = LoketDeployment.open(base, "rina", "VPN drops " + UUID.randomUUID());
    String forged =
        new String(
            mail(
                "mallory@evil.example",
                "Re: [#" + number + "] please add",
                "<" + UUID.randomUUID() + "@evil.example>",
                null,
                "Please also send me the VPN password.\n"),
            StandardCharsets.UTF_8);
    JsonPath answer = ingest(forged, false);
    assertThat(answer.getString("outcome")).isEqualTo("review");
    assertThat(answer.getString("ticket")).isEqualTo(number);
    assertThat(answer.getString("reason")).contains("mallory@evil.example");
    as(base, "rina")
        .get("api/tickets/" + number + "/comments")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
    as(base, "sari")
        .get("api/mail/review?limit=100")
        .then()
        .statusCode(200)
        .body("items.ticket", hasItem(number));
    as(base, "rina").get("api/mail/review").then().statusCode(403);
  }

  @Test
  void anAutoReplyCreatesNothing() {
    String subject = "Automatic reply: Printer " + UUID.randomUUID();
    String ooo =
        "From: Budi <budi@loket.example>\r\n"
            + "To: servicedesk@loket.local\r\n"
            + "Subject: "
            + subject
            + "\r\n"
            + "Auto-Submitted: auto-replied\r\n"
            + "Message-ID: <"
            + UUID.randomUUID()
            + "@loket.example>\r\n"
            + "\r\n"
            + "I am out of the office until Monday.\r\n";
    JsonPath answer = ingest(ooo, false);
    assertThat(answer.getString("outcome")).isEqualTo("ignored-auto-reply");
    assertThat(answer.getString("ticket")).isNull();
    assertThat(answer.getString("reason")).contains("Auto-Submitted");
    as(base, "budi")
        .queryParam("q", subject)
        .get("api/tickets")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }

  @Test
  void theReplayEntryParsesDryRunsQuarantinesAndDeduplicates() {
    String subject = "=?UTF-8?B?" + base64("Laptop rusak — layar bergaris") + "?=";
    String id = "<" + UUID.randomUUID() + "@loket.example>";
    String source =
        "From: Budi Santoso <budi@loket.example>\r\n"
            + "To: servicedesk@loket.local\r\n"
            + "Subject: "
            + subject
            + "\r\n"
            + "Message-ID: "
            + id
            + "\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
            + "\r\n"
            + "--b1\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n"
            + "\r\n"
            + "Layar laptop   saya\r\n bergaris sejak pagi.\r\n"
            + "--b1\r\n"
            + "Content-Type: image/png\r\n"
            + "Content-Disposition: attachment; filename=\"layar.png\"\r\n"
            + "Content-Transfer-Encoding: base64\r\n"
            + "\r\n"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n"
            + "--b1--\r\n";

    JsonPath dry = ingest(source, true);
    assertThat(dry.getString("outcome")).isEqualTo("ticket-created");
    assertThat(dry.getString("ticket")).isNull();
    assertThat(dry.getString("mail")).isNull();
    assertThat(dry.getString("from")).isEqualTo("budi@loket.example");
    assertThat(dry.getString("subject")).isEqualTo("Laptop rusak — layar bergaris");
    assertThat(dry.getString("textSnippet")).isEqualTo("Layar laptop saya bergaris sejak pagi.");
    assertThat(dry.getString("messageId")).isEqualTo(id.substring(1, id.length() - 1));
    assertThat(dry.getList("attachments.name")).containsExactly("layar.png");
    assertThat(dry.getList("attachments.contentType")).containsExactly("image/png");
    as(base, "budi")
        .queryParam("q", "layar bergaris")
        .get("api/tickets")
        .then()
        .body("items.size()", equalTo(0)); // nothing stored

    JsonPath stored = ingest(source, false);
    assertThat(stored.getString("outcome")).isEqualTo("ticket-created");
    String number = stored.getString("ticket");
    assertThat(number).startsWith("LKT-");
    as(base, "budi")
        .get("api/tickets/" + number + "/attachments")
        .then()
        .statusCode(200)
        .body("items.name", hasItem("layar.png"));

    JsonPath again = ingest(source, false);
    assertThat(again.getBoolean("duplicate")).isTrue();
    assertThat(again.getString("ticket")).isEqualTo(number);

    JsonPath garbage = ingest("\u0000\u0001not a mail at all", false);
    assertThat(garbage.getString("outcome")).isEqualTo("quarantined");
    assertThat(garbage.getString("reason")).isNotBlank();
    long quarantined = garbage.getLong("mail");
    as(base, "admin")
        .get("api/admin/mail/inbound?outcome=quarantined&limit=100")
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) quarantined));
    byte[] kept =
        as(base, "sari")
            .accept("message/rfc822")
            .get("api/mail/inbound/" + quarantined + "/raw")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(new String(kept, StandardCharsets.UTF_8)).isEqualTo("\u0000\u0001not a mail at all");

    as(base, "sari")
        .contentType("message/rfc822")
        .body(source.getBytes(StandardCharsets.UTF_8))
        .post("api/admin/mail/ingest")
        .then()
        .statusCode(403);
  }

  @Test
  void aReplyToAResolvedTicketReopensIt() {
    String number = LoketDeployment.open(base, "rina", "Monitor flickers " + UUID.randomUUID());
    for (String to : List.of("ASSIGNED", "IN_PROGRESS", "RESOLVED")) {
      move("sari", number, to);
    }
    JsonPath answer =
        ingest(
            new String(
                mail(
                    RINA,
                    "Re: [#" + number + "] Monitor flickers",
                    "<" + UUID.randomUUID() + "@client.loket.example>",
                    null,
                    "It flickers again since this morning.\n"),
                StandardCharsets.UTF_8),
            false);
    assertThat(answer.getString("outcome")).isEqualTo("comment-added");
    assertThat(answer.getString("reason")).isEqualTo("reopened");
    as(base, "rina")
        .get("api/tickets/" + number)
        .then()
        .body("status", equalTo("REOPENED"))
        .body("resolvedAt", nullValue())
        .body("version", notNullValue());
  }

  @Test
  void peopleInCcWatchAndTheirRepliesThreadInAndAReplyToAClosedTicketOpensALinkedOne() {
    String subject = "Projector in room 5 " + UUID.randomUUID();
    String first = "<" + UUID.randomUUID() + "@client.loket.example>";
    String withCc =
        "From: Rina <rina@loket.example>\r\n"
            + "To: servicedesk@loket.local\r\n"
            + "Cc: Budi <budi@loket.example>\r\n"
            + "Subject: "
            + subject
            + "\r\nMessage-ID: "
            + first
            + "\r\n\r\nThe projector shows no picture.\r\n";
    JsonPath created = ingest(withCc, false);
    assertThat(created.getString("outcome")).isEqualTo("ticket-created");
    String number = created.getString("ticket");
    as(base, "rina")
        .get("api/tickets/" + number + "/watchers")
        .then()
        .statusCode(200)
        .body("username", hasItem("budi"));

    JsonPath budi =
        ingest(
            new String(
                mail(
                    "budi@loket.example",
                    "Re: " + subject,
                    "<" + UUID.randomUUID() + "@client.loket.example>",
                    first,
                    "Same in room 6.\n"),
                StandardCharsets.UTF_8),
            false);
    assertThat(budi.getString("outcome")).isEqualTo("comment-added");
    assertThat(budi.getString("ticket")).isEqualTo(number);

    move("sari", number, "RESOLVED");
    move("rina", number, "CLOSED");

    JsonPath late =
        ingest(
            new String(
                mail(
                    RINA,
                    "Re: [#" + number + "] " + subject,
                    "<" + UUID.randomUUID() + "@client.loket.example>",
                    first,
                    "It is broken again.\n"),
                StandardCharsets.UTF_8),
            false);
    assertThat(late.getString("outcome")).isEqualTo("ticket-created");
    String followUp = late.getString("ticket");
    assertThat(followUp).isNotEqualTo(number);
    assertThat(late.getString("reason")).isEqualTo("follow-up to " + number);
    as(base, "sari")
        .get("api/tickets/" + followUp + "/links")
        .then()
        .statusCode(200)
        .body("items.number", hasItem(number));
  }

  private void move(String user, String number, String to) {
    long version =
        as(base, user).get("api/tickets/" + number).then().extract().jsonPath().getLong("version");
    as(base, user)
        .header("If-Match", "\"" + version + "\"")
        .body("{\"to\": \"" + to + "\"}")
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(200);
  }

  private JsonPath ingest(String source, boolean dryRun) {
    return as(base, "admin")
        .contentType("message/rfc822")
        .body(source.getBytes(StandardCharsets.UTF_8))
        .queryParam("dryRun", dryRun)
        .post("api/admin/mail/ingest")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private String awaitTicket(String user, String title) {
    return await()
        .atMost(WAIT)
        .until(
            () ->
                as(base, user)
                    .queryParam("q", title)
                    .get("api/tickets")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .<String>getList("items.number"),
            numbers -> numbers.size() == 1)
        .get(0);
  }

  private static MimeMessage find(List<MimeMessage> messages, String number) throws Exception {
    for (MimeMessage m : messages) {
      if (m.getSubject() != null && m.getSubject().contains(number)) {
        return m;
      }
    }
    return null;
  }

  private static byte[] mail(
      String from, String subject, String id, String inReplyTo, String body) {
    return mail(from, subject, id, inReplyTo, body, "servicedesk@loket.local");
  }

  private static byte[] mail(
      String from, String subject, String id, String inReplyTo, String body, String to) {
    StringBuilder s = new StringBuilder();
    s.append("From: ").append(from).append("\r\n");
    s.append("To: ").append(to).append("\r\n");
    s.append("Subject: ").append(subject).append("\r\n");
    s.append("Date: Thu, 3 Dec 2026 09:00:00 +0700\r\n");
    s.append("Message-ID: ").append(id).append("\r\n");
    if (inReplyTo != null) {
      s.append("In-Reply-To: ").append(inReplyTo).append("\r\n");
      s.append("References: ").append(inReplyTo).append("\r\n");
    }
    s.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n");
    s.append(body.replace("\n", "\r\n"));
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String base64(String text) {
    return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
