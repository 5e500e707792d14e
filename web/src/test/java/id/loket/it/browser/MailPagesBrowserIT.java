package id.loket.it.browser;

import static id.loket.it.LoketDeployment.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.it.LoketDeployment;
import id.loket.it.browser.Pages.LoginPage;
import id.loket.it.browser.Pages.TicketPage;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The mail pages in Chromium: an administrator replays a stranger's mail that names a ticket and
 * sees it go to review, and replays a garbage file that is quarantined and found with the outcome
 * filter; an agent finds the mail in the review queue, reads its source (and downloads it with the
 * page session, which a requester cannot), appends it to the ticket it named, and the ticket shows
 * it (a ticket that does not exist is refused on the row first); a mail someone else decided
 * meanwhile is not decided again (the queue reloads). Axe-clean; screenshots desktop and 390 px.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class MailPagesBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;
  WebDriver browser;

  @BeforeEach
  void startBrowser() throws Exception {
    browser = Browser.start();
  }

  @AfterEach
  void stopBrowser() {
    try {
      assertThat(Browser.cspViolations(browser)).as("CSP violations in the browser").isEmpty();
    } finally {
      browser.quit();
    }
  }

  @Test
  void aStrangersMailGoesToReviewAndAnAgentAppendsItToTheTicketItNamed() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String number = LoketDeployment.open(base, "rina", "Screen flickers " + suffix);
    String subject = "Re: [#" + number + "] the screen again " + suffix;
    String body = "The screen flickers in our office too, " + suffix + ".";

    // the administrator replays the stranger's mail (not a dry run): it waits for review
    new LoginPage(browser).open(base.toString()).signIn("admin", PASSWORD);
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("navMailInbound")));
    Pages.click(browser, By.id("navMailInbound"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("replay:send")));
    browser
        .findElement(By.id("replay:pasted"))
        .sendKeys(
            "From: A Stranger <stranger@example.org>\n"
                + "To: servicedesk@loket.local\n"
                + "Subject: "
                + subject
                + "\nMessage-ID: <"
                + suffix
                + "@example.org>\n"
                + "Content-Type: text/plain; charset=UTF-8\n\n"
                + body
                + "\n");
    assertThat(browser.findElement(By.id("replay:dryRun_input")).isSelected())
        .as("a replay is a dry run unless the administrator says otherwise")
        .isTrue();
    Pages.click(browser, By.cssSelector("[id='replay:dryRun'] .ui-chkbox-box"));
    Pages.click(browser, By.id("replay:send"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("replayResult")));
    assertThat(Pages.text(browser, By.id("replayResultHeading")))
        .isEqualTo("What became of the mail");
    assertThat(Pages.text(browser, By.id("resultOutcome"))).contains("For review");
    assertThat(Pages.text(browser, By.id("resultTicket"))).isEqualTo(number);
    assertThat(Pages.text(browser, By.id("resultReason")))
        .contains("stranger@example.org is not the requester");
    assertThat(Pages.text(browser, By.id("resultFrom"))).isEqualTo("stranger@example.org");
    assertThat(Pages.text(browser, By.id("resultSubject"))).isEqualTo(subject);
    assertThat(Pages.text(browser, By.id("replayResult"))).contains(body);
    assertThat(Pages.text(browser, By.id("inbound:mails")))
        .contains(subject)
        .contains("For review");
    Pages.screenshots(browser, "mail-replay", By.id("replayResult"));
    Axe.assertNoSeriousViolations(browser, "axe on the inbound mail page with a replay");

    // a garbage file is quarantined, and the outcome filter finds it
    Path garbage = Files.createTempFile("garbage-" + suffix, ".eml");
    Files.write(
        garbage,
        ("%%% not a mail " + suffix + " %%%\n\u0001\u0002\n").getBytes(StandardCharsets.UTF_8));
    browser
        .findElement(By.cssSelector("input[type='file'][id^='replay:file']"))
        .sendKeys(garbage.toAbsolutePath().toString());
    assertThat(browser.findElement(By.id("replay:dryRun_input")).isSelected()).isFalse();
    Pages.click(browser, By.id("replay:send"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("resultOutcome"), "Quarantined"));
    assertThat(Pages.text(browser, By.id("resultReason"))).contains("no headers");
    filterBy("Quarantined");
    Pages.waitFor(browser)
        .ignoring(StaleElementReferenceException.class)
        .until(
            b ->
                !b.findElement(By.id("inbound:mails")).getText().contains(subject)
                    && b.findElement(By.id("inbound:mails")).getText().contains("no headers"));
    assertThat(Pages.text(browser, By.id("inbound:mails"))).contains("Quarantined");
    Pages.screenshots(browser, "mail-inbound-quarantined", By.id("inbound:mails"));

    // the agent finds it in the review queue, reads its source, and appends it
    browser.manage().deleteAllCookies();
    new LoginPage(browser).open(base.toString()).signIn("sari", PASSWORD);
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("navMailReview")));
    Pages.click(browser, By.id("navMailReview"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("review:queue")));
    WebElement row = row(subject);
    assertThat(row.getText())
        .contains("stranger@example.org")
        .contains(number)
        .contains("is not the requester")
        .contains(body);
    assertThat(row.findElement(By.cssSelector("input[id$=':ticket']")).getAttribute("value"))
        .isEqualTo(number);
    Pages.screenshots(browser, "mail-review", By.id("review:queue"));
    Axe.assertNoSeriousViolations(browser, "axe on the mail review queue");

    String sourceLink =
        row.findElement(By.cssSelector("a.loket-mail-source-link")).getAttribute("href");
    String id = sourceLink.replaceAll(".*[?&]id=(\\d+).*", "$1");
    browser.get(sourceLink);
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("mailSource")));
    assertThat(Pages.text(browser, By.id("mailSource")))
        .contains("Message-ID: <" + suffix + "@example.org>")
        .contains(body);
    assertThat(Pages.text(browser, By.id("mailOutcome"))).contains("For review");
    assertThat(browser.findElement(By.id("downloadSource")).getAttribute("href"))
        .endsWith("/agent/mail-raw/" + id);
    Pages.screenshots(browser, "mail-source", By.id("mailFacts"));
    Axe.assertNoSeriousViolations(browser, "axe on the mail source page");

    Response download = download(id);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.contentType()).startsWith("message/rfc822");
    assertThat(download.header("Content-Disposition")).contains("mail-" + id + ".eml");
    assertThat(download.asString()).contains("Subject: " + subject);
    browser.get(base + "agent/mail-review.xhtml");
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("review:queue")));
    // a ticket that does not exist is refused on the row, and nothing is decided
    WebElement input = row(subject).findElement(By.cssSelector("input[id$=':ticket']"));
    input.clear();
    input.sendKeys("LKT-1999-000001-0");
    row(subject).findElement(By.cssSelector("button[id$=':append']")).click();
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".loket-mail-problem")));
    assertThat(row(subject).findElement(By.cssSelector(".loket-mail-problem")).getText())
        .isEqualTo("There is no ticket \u201cLKT-1999-000001-0\u201d to append this mail to.");
    Pages.screenshots(browser, "mail-review-refused", By.cssSelector(".loket-mail-problem"));
    input = row(subject).findElement(By.cssSelector("input[id$=':ticket']"));
    input.clear();
    input.sendKeys(number);
    row(subject).findElement(By.cssSelector("button[id$=':append']")).click();
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "The mail is appended to " + number + "."));
    assertThat(Pages.text(browser, By.id("review:queue"))).doesNotContain(subject);
    Pages.screenshots(browser, "mail-review-done", By.id("messages"));

    TicketPage ticket = new TicketPage(browser).open(base.toString(), number);
    assertThat(ticket.conversation()).contains("E-mail from stranger@example.org").contains(body);

    // a requester's session gets nothing of the source
    browser.manage().deleteAllCookies();
    new LoginPage(browser).open(base.toString()).signIn("rina", PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
    Response refused = download(id);
    assertThat(refused.statusCode()).isIn(403, 404);
    assertThat(refused.asString()).doesNotContain(subject);
  }

  @Test
  void aMailSomeoneElseDecidedMeanwhileIsNotDecidedAgain() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String number = LoketDeployment.open(base, "rina", "Printer jams " + suffix);
    String subject = "Re: [#" + number + "] printer " + suffix;
    String source =
        "From: other@example.org\r\nTo: servicedesk@loket.local\r\nSubject: "
            + subject
            + "\r\nMessage-ID: <"
            + suffix
            + "@example.org>\r\n\r\nIt jams on every page.\r\n";
    long id =
        LoketDeployment.as(base, "admin")
            .contentType("message/rfc822")
            .body(source.getBytes(StandardCharsets.UTF_8))
            .post("api/admin/mail/ingest")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("mail");

    new LoginPage(browser).open(base.toString()).signIn("sari", PASSWORD);
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("navMailReview")));
    browser.get(base + "agent/mail-review.xhtml");
    WebElement row = row(subject);

    String etag =
        LoketDeployment.as(base, "maya")
            .get("api/mail/inbound/" + id)
            .then()
            .extract()
            .header("ETag");
    LoketDeployment.as(base, "maya")
        .header("If-Match", etag)
        .body("{\"action\": \"DISCARD\"}")
        .post("api/mail/inbound/" + id + "/review")
        .then()
        .statusCode(200);

    row.findElement(By.cssSelector("button[id$=':append']")).click();
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "was changed by someone else meanwhile"));
    assertThat(Pages.text(browser, By.id("messages"))).contains("The list is reloaded");
    assertThat(Pages.text(browser, By.id("review:queue"))).doesNotContain(subject);
    TicketPage ticket = new TicketPage(browser).open(base.toString(), number);
    assertThat(ticket.conversation()).doesNotContain("It jams on every page.");
  }

  /** Picks this outcome in the list's filter (again, if an overlay swallowed the click). */
  private void filterBy(String outcome) {
    Pages.waitFor(browser)
        .ignoring(StaleElementReferenceException.class)
        .until(
            b -> {
              if (!outcome.equals(Pages.text(b, By.id("inbound:outcome_label")))) {
                Pages.click(b, By.id("inbound:outcome_label"));
                Pages.click(
                    b,
                    By.cssSelector(
                        "[id='inbound:outcome_items'] li[data-label='" + outcome + "']"));
              }
              Pages.settled(b);
              return outcome.equals(Pages.text(b, By.id("inbound:outcome_label")));
            });
  }

  /** The mail's source from its download link, with the browser's session. */
  private Response download(String id) {
    return RestAssured.given()
        .cookie("JSESSIONID", browser.manage().getCookieNamed("JSESSIONID").getValue())
        .redirects()
        .follow(false)
        .get(base + "agent/mail-raw/" + id);
  }

  /** The review queue's row of the mail with this subject. */
  private WebElement row(String subject) {
    return Pages.waitFor(browser)
        .until(
            b ->
                b.findElements(By.cssSelector("[id='review:queue'] tbody tr")).stream()
                    .filter(r -> r.getText().contains(subject))
                    .findFirst()
                    .orElse(null));
  }
}
