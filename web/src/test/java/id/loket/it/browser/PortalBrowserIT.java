package id.loket.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.it.LoketDeployment;
import id.loket.it.browser.Pages.LoginPage;
import id.loket.it.browser.Pages.NewTicketPage;
import id.loket.it.browser.Pages.TicketPage;
import id.loket.it.support.ItDatabase;
import io.restassured.RestAssured;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The pages in a real (headless) Chromium: sign in, raise a ticket, see it, in both languages. */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class PortalBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  boolean expectCspViolation;

  @BeforeEach
  void startBrowser() throws Exception {
    browser = Browser.start();
  }

  /**
   * Keeps what the page looked like at the end of each test in target/screenshots, and fails the
   * test if any page it visited broke the Content-Security-Policy (every page runs under it).
   */
  @AfterEach
  void stopBrowser(TestInfo test) throws Exception {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(test.getTestMethod().orElseThrow().getName() + ".png"), png);
      if (!expectCspViolation) {
        assertThat(Browser.cspViolations(browser)).as("CSP violations in the browser").isEmpty();
      }
    } finally {
      browser.quit();
    }
  }

  @Test
  void pagesRunUnderAContentSecurityPolicyThatRefusesInjectedScriptAndTheSessionCookieIsSameSite() {
    new LoginPage(browser).open(base.toString()).signIn("rina", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));
    assertThat(browser.manage().getCookieNamed("JSESSIONID").getSameSite()).isEqualTo("Lax");
    assertThat(Browser.cspViolations(browser)).as("violations of the signed-in pages").isEmpty();

    // An injected inline script (what an XSS would add) is refused, and the check above sees it.
    expectCspViolation = true;
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "var s = document.createElement('script'); s.textContent = 'window.injected = 1';"
                + " document.head.appendChild(s);");
    assertThat(
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return window.injected === undefined"))
        .isEqualTo(true);
    assertThat(Browser.cspViolations(browser))
        .anySatisfy(m -> assertThat(m).contains("inline script").contains("violates"));
  }

  @Test
  void anonymousUserIsSentToLoginTheWrongPasswordExplainedAndThenReturnedToThePage() {
    browser.get(base + "tickets/new.xhtml");
    Pages.waitFor(browser).until(ExpectedConditions.urlContains("login.xhtml"));
    LoginPage login = new LoginPage(browser);
    login.signIn("rina", "not-her-password");
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("loginForm:messages"), "wrong"));
    assertThat(login.messages()).contains("The user name or password is wrong.");

    login.signIn("rina", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.urlContains("tickets/new.xhtml"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("New ticket");
  }

  @Test
  void requesterRaisesATicketAfterFixingTheFormAndSeesItsNumberAndHistory() {
    new LoginPage(browser).open(base.toString()).signIn("rina", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));

    NewTicketPage form = new NewTicketPage(browser).open(base.toString());
    form.submit();
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("ticketForm:titleMessage")));
    assertThat(form.errorFor("title")).isEqualTo("Please give the ticket a short title.");
    assertThat(form.errorFor("description")).isEqualTo("Please describe the problem or request.");

    form.title("Excel crashes on opening the budget file")
        .description("Every time I open budget-2027.xlsx Excel closes without a message.")
        .submit();

    Pages.CreatedPage created = new Pages.CreatedPage(browser).await();
    String number = created.number();
    assertThat(number).matches("LKT-\\d{4}-\\d{6}-\\d");
    TicketPage ticket = created.view();
    assertThat(ticket.number()).isEqualTo(number);
    assertThat(ticket.status()).isEqualTo("New");
    assertThat(ticket.history()).contains("Created").contains("rina");
  }

  @Test
  void agentClaimsStartsAndNotesATicketFromItsPage() {
    String number = LoketDeployment.open(base, "rina", "Projector in room 4B shows no picture");
    new LoginPage(browser).open(base.toString()).signIn("sari", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));

    TicketPage ticket = new TicketPage(browser).open(base.toString(), number);
    assertThat(ticket.status()).isEqualTo("New");
    ticket.move("Claim", "Assigned").move("Start work", "In progress");
    ticket.writeInternalNote("HDMI cable probably broken; bring a spare.");

    assertThat(ticket.conversation())
        .contains("HDMI cable probably broken")
        .contains("Internal note");
    assertThat(ticket.history())
        .contains("sari")
        .contains("In progress")
        .doesNotContain("IN_PROGRESS");
  }

  @Test
  void loginPageSpeaksIndonesianAndSoDoesTheFormAfterwards() {
    LoginPage login = new LoginPage(browser).open(base.toString());
    login.switchToIndonesian();
    login.signIn("budi", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tiket saya");

    NewTicketPage form = new NewTicketPage(browser).open(base.toString());
    form.submit();
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("ticketForm:titleMessage")));
    assertThat(form.errorFor("title")).isEqualTo("Mohon isi judul singkat tiket.");
  }

  @Test
  void aLongHistoryShowsItsNewestPageReadsOnlyThatAndShowsOlderOnRequest() throws Exception {
    String big = LoketDeployment.open(base, "rina", "Printer queue stuck for weeks");
    String small = LoketDeployment.open(base, "rina", "Printer queue stuck once");
    ItDatabase.addHistory(big, 2_000);
    ItDatabase.addHistory(small, 9);
    new LoginPage(browser).open(base.toString()).signIn("sari", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));

    TicketPage ticket = new TicketPage(browser).open(base.toString(), big);
    assertThat(ticket.historyRows()).isEqualTo(50);
    ticket.olderHistory();
    assertThat(ticket.historyRows()).isEqualTo(100);

    long bigRows = rowsReadByPage(big);
    long smallRows = rowsReadByPage(small);
    assertThat(bigRows)
        .as("rows read to render the page of a ticket with 2,001 history lines")
        .isLessThanOrEqualTo(smallRows + 41)
        .isLessThan(80);

    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    showHistory();
    Files.write(
        dir.resolve("ticketHistoryOnADesktop.png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(new Dimension(390, 844));
    new TicketPage(browser).open(base.toString(), big);
    Files.write(
        dir.resolve("ticketPageOnAPhone.png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    showHistory();
    Files.write(
        dir.resolve("ticketHistoryOnAPhone.png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void anAdministratorSeesHowEventsFlowAndTheDeadLetters() {
    new LoginPage(browser).open(base.toString()).signIn("admin", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));
    Pages.click(browser, By.id("navDeadLetters"));
    Pages.waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Dead letters"));
    assertThat(browser.findElement(By.id("broker")).getText()).isEqualTo("UP");
    assertThat(browser.findElement(By.id("messagingStatus")).getText())
        .contains("Events waiting to be published");
  }

  @Test
  void aRequesterIsNotLetIntoTheAdministration() {
    new LoginPage(browser).open(base.toString()).signIn("budi", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));
    assertThat(browser.findElements(By.id("navDeadLetters"))).isEmpty();
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    RestAssured.given()
        .baseUri(base.toString())
        .cookie("JSESSIONID", session)
        .redirects()
        .follow(false)
        .get("admin/dead-letters.xhtml")
        .then()
        .statusCode(403);
  }

  private void showHistory() {
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById(arguments[0]).scrollIntoView()", "historyForm:olderHistory");
  }

  /** The rows the server read to render a ticket page, with the browser's session. */
  private long rowsReadByPage(String number) {
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    String header =
        RestAssured.given()
            .baseUri(base.toString())
            .cookie("JSESSIONID", session)
            .get("tickets/view.xhtml?number=" + number)
            .then()
            .statusCode(200)
            .extract()
            .header("X-Loket-Rows-Read");
    assertThat(header).as("rows-read header on the page").isNotNull();
    return Long.parseLong(header);
  }
}
