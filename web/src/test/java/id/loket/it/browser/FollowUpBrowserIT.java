package id.loket.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.loket.it.LoketDeployment;
import id.loket.it.browser.FollowUpPages.ArticlePage;
import id.loket.it.browser.FollowUpPages.EscalationsPage;
import id.loket.it.browser.FollowUpPages.FollowUpPanel;
import id.loket.it.browser.FollowUpPages.HelpPage;
import id.loket.it.browser.Pages.LoginPage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 7, part "followup", in a real (headless) Chromium: rate a resolved ticket on its page,
 * escalate an open one and see it on the managers' page, search the help and read an article, in
 * English and Indonesian. Screenshots (desktop and 390 px) under target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class FollowUpBrowserIT {

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
  void stopBrowser(TestInfo test) throws Exception {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(
          dir.resolve(test.getTestMethod().orElseThrow().getName() + ".png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      assertThat(Browser.cspViolations(browser)).as("CSP violations in the browser").isEmpty();
    } finally {
      browser.quit();
    }
  }

  @Test
  void theRequesterClosesAResolvedTicketWithARatingOnItsPage() throws Exception {
    String number = LoketDeployment.open(base, "rina", "Docking station charges no more");
    LoketDeployment.as(base, "sari")
        .body(Map.of("to", "RESOLVED"))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(200);
    signIn("rina");

    FollowUpPanel page = new FollowUpPanel(browser).open(base.toString(), number);
    assertThat(page.closeButton()).isEqualTo("Solved - close it");
    FollowUpPages.screenshots(browser, "followup-resolved-ticket");
    Axe.assertNoSeriousViolations(browser, "axe on the ticket page");
    page.closeWithRating(4, "Fixed the same day");

    assertThat(page.status()).isEqualTo("Closed");
    assertThat(page.rating()).contains("4/5").contains("Fixed the same day");
    assertThat(page.offersEscalation()).isFalse();
    FollowUpPages.screenshots(browser, "followup-rated-ticket");
  }

  @Test
  void theRequesterEscalatesAndAManagerSeesItOnTheEscalationsPage() throws Exception {
    String number = LoketDeployment.open(base, "rina", "Hotel booking for Surabaya unanswered");
    signIn("rina");
    FollowUpPanel page = new FollowUpPanel(browser).open(base.toString(), number);
    page.escalate("Nobody has answered for three days");
    assertThat(page.escalation()).contains("Escalated on").contains("Nobody has answered");
    assertThat(page.offersEscalation()).isFalse();
    FollowUpPages.screenshots(browser, "followup-escalated-ticket");
    Axe.assertNoSeriousViolations(browser, "axe, escalated");

    Pages.click(browser, By.id("headerForm:logout"));
    Pages.waitFor(browser).until(ExpectedConditions.urlContains("login.xhtml"));
    signIn("maya");
    assertThat(browser.findElement(By.id("navEscalations")).getText()).isEqualTo("Escalations");
    EscalationsPage list = new EscalationsPage(browser);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> assertThat(list.open(base.toString()).list()).contains(number).contains("rina"));
    assertThat(list.list()).contains("Nobody has answered for three days");
    FollowUpPages.screenshots(browser, "followup-escalations");
    Axe.assertNoSeriousViolations(browser, "axe on escalations");
  }

  @Test
  void theRequesterSearchesTheHelpAndReadsAnArticleButNoDraft() throws Exception {
    String draft = "it-browser-draft-" + ThreadLocalRandom.current().nextInt(1_000_000);
    LoketDeployment.as(base, "sari")
        .body(
            Map.of(
                "slug", draft,
                "category", "tickets",
                "titleEn", "Unfinished draft",
                "bodyEn", "Not yet.",
                "status", "DRAFT"))
        .post("api/knowledge")
        .then()
        .statusCode(201);
    signIn("rina");
    Pages.click(browser, By.id("navHelp"));
    HelpPage help = new HelpPage(browser);
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("searchForm:q")));
    assertThat(help.heading()).isEqualTo("Help");
    assertThat(Pages.text(browser, By.tagName("main"))).doesNotContain("Unfinished draft");

    help.search("phishing");
    assertThat(help.hits()).contains("Never share your password");
    assertThat(help.highlights()).isPositive();
    FollowUpPages.screenshots(browser, "followup-help-search");
    Axe.assertNoSeriousViolations(browser, "axe on help");

    ArticlePage article = help.openHit("Never share");
    assertThat(article.body()).contains("will never ask for your password");
    FollowUpPages.screenshots(browser, "followup-article");
    Axe.assertNoSeriousViolations(browser, "axe on an article");

    assertThat(new ArticlePage(browser).open(base.toString(), draft).title())
        .isEqualTo("Article not found");
  }

  @Test
  void inIndonesianTheHelpAndTheFollowUpSpeakIndonesian() throws Exception {
    String number = LoketDeployment.open(base, "budi", "Printer lantai 2 macet");
    LoketDeployment.as(base, "sari")
        .body(Map.of("to", "RESOLVED"))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(200);
    LoginPage login = new LoginPage(browser).open(base.toString());
    login.switchToIndonesian();
    login.signIn("budi", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));

    HelpPage help = new HelpPage(browser).open(base.toString());
    assertThat(help.heading()).isEqualTo("Bantuan");
    help.search("kata sandi");
    assertThat(help.hits()).contains("Jangan pernah membagikan kata sandi");
    ArticlePage article = help.openHit("Jangan pernah");
    assertThat(article.body()).contains("tidak akan pernah");
    FollowUpPages.screenshots(browser, "followup-article-id");

    FollowUpPanel page = new FollowUpPanel(browser).open(base.toString(), number);
    assertThat(page.closeButton()).isEqualTo("Sudah teratasi - tutup tiket");
    assertThat(Pages.text(browser, By.id("reopenForm"))).contains("Belum teratasi");
    FollowUpPages.screenshots(browser, "followup-resolved-ticket-id");
  }

  @Test
  void anAgentWritesADraftThatOnlyStaffCanRead() throws Exception {
    String slug = "it-editor-" + ThreadLocalRandom.current().nextInt(1_000_000);
    signIn("sari");
    browser.get(base + "knowledge/edit.xhtml");
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("articleForm:slug")));
    Pages.click(browser, By.id("articleForm:save"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("articleForm"), "Give the article an address"));
    Axe.assertNoSeriousViolations(browser, "axe on the editor");

    browser.findElement(By.id("articleForm:slug")).sendKeys(slug);
    browser.findElement(By.id("articleForm:category")).sendKeys("tickets");
    browser.findElement(By.id("articleForm:titleEn")).sendKeys("Printer jams");
    browser
        .findElement(By.id("articleForm:bodyEn"))
        .sendKeys("Open tray **2** first.\n\n- <b>check</b> the paper");
    Pages.click(browser, By.id("articleForm:save"));
    ArticlePage article = new ArticlePage(browser).await();
    assertThat(article.title()).isEqualTo("Printer jams");
    assertThat(article.body()).contains("Open tray 2 first.").contains("<b>check</b> the paper");
    assertThat(browser.findElements(By.cssSelector("#articleBody strong"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#articleBody b"))).isEmpty();
    assertThat(browser.findElement(By.id("draftBadge")).getText()).isEqualTo("Draft");
    FollowUpPages.screenshots(browser, "followup-draft-article");

    Pages.click(browser, By.id("headerForm:logout"));
    Pages.waitFor(browser).until(ExpectedConditions.urlContains("login.xhtml"));
    signIn("rina");
    assertThat(new ArticlePage(browser).open(base.toString(), slug).title())
        .isEqualTo("Article not found");
  }

  private void signIn(String user) {
    new LoginPage(browser).open(base.toString()).signIn(user, LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));
  }
}
