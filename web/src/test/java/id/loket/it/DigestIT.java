package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static id.loket.it.LoketDeployment.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

import id.loket.it.probe.AccountsProbe;
import id.loket.it.probe.DigestProbe;
import id.loket.it.support.ItDatabase;
import id.loket.it.support.ItMail;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Report digests end to end, against a real SMTP server (GreenMail) and the real minute timer: a
 * manager subscribes (in their own language by default); made due in the database, the digest of
 * the day that ended arrives by mail once — also when the subscription is found due again for the
 * same period — in Bahasa Indonesia, with the figures {@code Reports} gives for that day; a change
 * based on an old version is refused (412), bad input is named (422); agents and requesters may not
 * subscribe (403).
 */
@ExtendWith(ArquillianExtension.class)
class DigestIT {

  /** The timer fires each minute; the mail sender then needs its own tick. */
  private static final Duration PATIENCE = Duration.ofSeconds(150);

  private static final ZoneId DESK = ZoneId.of("Asia/Jakarta");
  private static final List<String> ALL =
      List.of("ESCALATIONS", "SLA", "BACKLOG", "SATISFACTION", "LOAD");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar().addClasses(AccountsProbe.class, DigestProbe.class);
  }

  @ArquillianResource URL base;

  @Test
  void aManagersDigestArrivesOnceInTheirLanguageWithTheReportsFigures() throws Exception {
    String user = "dgst" + UUID.randomUUID().toString().substring(0, 6);
    String address = user + "@loket.example";
    as(base, "admin")
        .post(
            "api/it-accounts/create?username="
                + user
                + "&password="
                + LoketDeployment.PASSWORD
                + "&role=MANAGER")
        .then()
        .statusCode(204);
    update("UPDATE app_user SET locale = 'id' WHERE username = ?", user);
    // A ticket of yesterday, so that the day is not empty.
    String number = open(base, "rina", "Digest: a ticket of yesterday");
    update("UPDATE ticket SET created_at = created_at - interval '1 day' WHERE number = ?", number);

    JsonPath sub =
        as(base, user)
            .body(Map.of("frequency", "DAILY", "reports", ALL))
            .post("api/report-digests/subscriptions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    long id = sub.getLong("id");
    assertThat(sub.getString("language")).as("the subscriber's own").isEqualTo("id");
    assertThat(Instant.parse(sub.getString("nextAt")))
        .isEqualTo(LocalDate.now(DESK).plusDays(1).atStartOfDay(DESK).toInstant());

    makeDue(id);
    MimeMessage mail =
        await().atMost(PATIENCE).until(() -> ItMail.receivedFor(address), l -> !l.isEmpty()).get(0);

    LocalDate yesterday = LocalDate.now(DESK).minusDays(1);
    assertThat(mail.getSubject()).isEqualTo("Ringkasan harian Loket " + yesterday);
    JsonPath digests =
        as(base, user).get("api/report-digests").then().statusCode(200).extract().jsonPath();
    assertThat(digests.getList("items")).hasSize(1);
    assertThat(Instant.parse(digests.getString("items[0].periodFrom")))
        .isEqualTo(yesterday.atStartOfDay(DESK).toInstant());
    assertThat(Instant.parse(digests.getString("items[0].periodTo")))
        .isEqualTo(yesterday.plusDays(1).atStartOfDay(DESK).toInstant());
    String expected =
        as(base, user)
            .accept("text/plain")
            .get("api/it-probe/digest/text?lang=id&day=" + yesterday)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String body = text(mail).replace("\r\n", "\n");
    // (the mail's last line end is the transport's)
    assertThat(body.strip()).as("the figures of Reports for that day").isEqualTo(expected.strip());
    assertThat(digests.getString("items[0].body")).isEqualTo(expected);
    JsonPath figures =
        as(base, user)
            .get("api/it-probe/digest/figures?day=" + yesterday)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long created = figures.getLong("created");
    assertThat(created).isPositive();
    assertThat(body)
        .contains(
            "Eskalasi", "Dibuat: " + created + ",", "Terbuka saat ini: " + figures.getLong("open"))
        .contains("manager/reports.xhtml?from=" + yesterday + "&to=" + yesterday)
        .doesNotContain("Open now");
    // Another look at a finished period (a second node, a rerun) makes nothing new.
    assertThat(nextAtIsFuture(id)).isTrue();
    makeDue(id);
    await().atMost(PATIENCE).until(() -> nextAtIsFuture(id));
    assertThat(count("SELECT count(*) FROM report_digest WHERE subscription_id = ?", id))
        .isEqualTo(1);
    assertThat(
            count("SELECT count(*) FROM mail_out WHERE kind = 'digest' AND recipient = ?", address))
        .isEqualTo(1);
    assertThat(ItMail.receivedFor(address)).as("exactly one mail").hasSize(1);
    as(base, user)
        .get("api/report-digests/" + digests.getLong("items[0].id"))
        .then()
        .statusCode(200);
    as(base, "maya")
        .get("api/report-digests/" + digests.getLong("items[0].id"))
        .then()
        .statusCode(404);
  }

  @Test
  void aChangeBasedOnAnOldVersionIsRefusedAndBadInputIsNamed() {
    Response created =
        as(base, "maya")
            .body(Map.of("frequency", "WEEKLY", "reports", List.of("SLA"), "language", "en"))
            .post("api/report-digests/subscriptions");
    created.then().statusCode(201);
    long id = created.jsonPath().getLong("id");
    String read = created.getHeader("ETag");
    assertThat(Instant.parse(created.jsonPath().getString("nextAt")).atZone(DESK).getDayOfWeek())
        .isEqualTo(java.time.DayOfWeek.MONDAY);

    Response changed =
        as(base, "maya")
            .header("If-Match", read)
            .body(
                Map.of("frequency", "WEEKLY", "reports", List.of("SLA", "LOAD"), "priority", "P1"))
            .put("api/report-digests/subscriptions/" + id);
    changed.then().statusCode(200);
    assertThat(changed.jsonPath().getList("reports")).containsExactly("SLA", "LOAD");
    assertThat(changed.jsonPath().getString("priority")).isEqualTo("P1");
    as(base, "maya")
        .header("If-Match", read)
        .body(Map.of("frequency", "DAILY", "reports", List.of("SLA")))
        .put("api/report-digests/subscriptions/" + id)
        .then()
        .statusCode(412)
        .contentType(startsWith("application/problem+json"));
    as(base, "maya")
        .body(Map.of("frequency", "HOURLY", "reports", List.of(), "channel", "FAX"))
        .post("api/report-digests/subscriptions")
        .then()
        .statusCode(422)
        .contentType(startsWith("application/problem+json"));
    JsonPath bad =
        as(base, "maya")
            .header("Accept-Language", "id")
            .body(Map.of("frequency", "HOURLY", "reports", List.of(), "channel", "FAX"))
            .post("api/report-digests/subscriptions")
            .then()
            .extract()
            .jsonPath();
    assertThat(bad.getList("violations.field")).containsExactly("frequency", "reports", "channel");
    assertThat(bad.getString("violations[0].message")).isEqualTo("Pilih harian atau mingguan.");
    as(base, "maya")
        .body(Map.of("frequency", "DAILY", "reports", List.of("SLA"), "team", "no-such-team"))
        .post("api/report-digests/subscriptions")
        .then()
        .statusCode(422);

    as(base, "maya")
        .header("If-Match", changed.getHeader("ETag"))
        .delete("api/report-digests/subscriptions/" + id)
        .then()
        .statusCode(204);
    List<Long> left =
        as(base, "maya")
            .get("api/report-digests/subscriptions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("id", Long.class);
    assertThat(left).doesNotContain(id);
    as(base, "maya").get("api/report-digests/subscriptions/" + id).then().statusCode(404);
  }

  @Test
  void agentsAndRequestersMayNotSubscribe() {
    for (String user : List.of("sari", "rina")) {
      as(base, user)
          .body(Map.of("frequency", "DAILY", "reports", List.of("SLA")))
          .post("api/report-digests/subscriptions")
          .then()
          .statusCode(403)
          .contentType(startsWith("application/problem+json"));
      as(base, user).get("api/report-digests").then().statusCode(403);
    }
  }

  private static void makeDue(long id) throws SQLException {
    update("UPDATE report_subscription SET next_at = now() - interval '1 minute' WHERE id = ?", id);
  }

  private static boolean nextAtIsFuture(long id) throws SQLException {
    return count("SELECT count(*) FROM report_subscription WHERE id = ? AND next_at > now()", id)
        == 1;
  }

  private static void update(String sql, Object value) throws SQLException {
    try (Connection db = ItDatabase.connection();
        PreparedStatement s = db.prepareStatement(sql)) {
      s.setObject(1, value);
      assertThat(s.executeUpdate()).as(sql).isEqualTo(1);
    }
  }

  private static long count(String sql, Object value) throws SQLException {
    try (Connection db = ItDatabase.connection();
        PreparedStatement s = db.prepareStatement(sql)) {
      s.setObject(1, value);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** The decoded text of a plain-text message (see MailOutboundIT). */
  private static String text(MimeMessage m) throws IOException, MessagingException {
    try (InputStream in = MimeUtility.decode(m.getRawInputStream(), m.getEncoding())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
