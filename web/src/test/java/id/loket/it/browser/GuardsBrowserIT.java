package id.loket.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.it.LoketDeployment;
import id.loket.it.browser.Pages.LoginPage;
import id.loket.it.browser.Pages.NewTicketPage;
import id.loket.it.browser.Pages.TicketPage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The intake guards in a real Chromium: similar tickets while typing, with the typed words marked,
 * and "add my report to this ticket"; the warning before a password is sent, and sending it masked.
 * Screenshots at desktop size and 390 px wide in target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class GuardsBrowserIT {

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
  void aRequesterTypingLikeHerOpenTicketIsShownItAndAddsHerReportToIt() throws Exception {
    String word = "kx" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    String existing =
        LoketDeployment.open(base, "rina", "Printer " + word + " on floor 3 jams every page");
    signIn("rina");

    NewTicketPage form = new NewTicketPage(browser).open(base.toString());
    form.title("Printer " + word + " jams again");
    By suggestion = By.xpath("//ul[@id='similarTickets']/li[contains(., '" + existing + "')]");
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(suggestion));
    WebElement item = browser.findElement(suggestion);
    List<String> marked =
        item.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
    assertThat(marked).contains("Printer", word, "jams");
    assertThat(item.getText()).contains("Yours");
    screenshots("guardsSimilarTicket", suggestion);
    Axe.assertNoSeriousViolations(browser, "the intake form with suggestions");

    browser.manage().window().setSize(new Dimension(1280, 900));
    Pages.guardSettled(browser);
    browser.findElement(suggestion).findElement(By.tagName("button")).click();

    TicketPage ticket = new TicketPage(browser).await();
    assertThat(ticket.number()).isEqualTo(existing);
    assertThat(ticket.flash()).contains("Your report was added to ticket " + existing);
    assertThat(ticket.conversation()).contains("Printer " + word + " jams again");
  }

  @Test
  void aPasswordInANewTicketIsWarnedAboutAndStoredMaskedWhenSentAnyway() throws Exception {
    signIn("rina");
    NewTicketPage form = new NewTicketPage(browser).open(base.toString());
    form.title("VPN refuses my login")
        .description("Since this morning the VPN says no. my password is Hunter2!x")
        .submit();

    By dialog = By.id("ticketForm:secretGuard");
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(dialog));
    assertThat(Pages.text(browser, dialog))
        .contains("The service desk will never ask for your password")
        .contains("a password")
        .contains("my password is ••••••")
        .doesNotContain("Hunter2!x");
    screenshots("guardsSecretWarning", dialog);
    Axe.assertNoSeriousViolations(browser, "the secret warning");

    browser.manage().window().setSize(new Dimension(1280, 900));
    Pages.settled(browser);
    Pages.click(browser, By.id("ticketForm:guardSend"));
    Pages.CreatedPage created = new Pages.CreatedPage(browser).await();
    assertThat(created.number()).matches("LKT-\\d{4}-\\d{6}-\\d");
    created.view();
    String description = Pages.text(browser, By.cssSelector("[id$='description'].loket-pre"));
    assertThat(description).contains("my password is ••••••").doesNotContain("Hunter2!x");
  }

  @Test
  void aPasswordInAReplyCanBeEditedOutBeforeItIsSent() throws Exception {
    String number = LoketDeployment.open(base, "rina", "Mailbox full " + System.nanoTime());
    signIn("rina");
    new TicketPage(browser).open(base.toString(), number);
    browser.findElement(By.id("commentForm:body")).sendKeys("pwd=Mail2026!");
    Pages.click(browser, By.id("commentForm:send"));
    By dialog = By.id("commentForm:secretGuard");
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(dialog));
    assertThat(Pages.text(browser, dialog)).contains("pwd=••••••");

    Pages.click(browser, By.id("commentForm:guardEdit"));
    Pages.waitFor(browser).until(ExpectedConditions.invisibilityOfElementLocated(dialog));
    WebElement body = browser.findElement(By.id("commentForm:body"));
    assertThat(body.getAttribute("value")).isEqualTo("pwd=Mail2026!");
    body.clear();
    body.sendKeys("Which folder should I archive first?");
    Pages.click(browser, By.id("commentForm:send"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("commentForm"), "Which folder should I archive first?"));
    assertThat(new TicketPage(browser).conversation()).doesNotContain("Mail2026");
  }

  private void signIn(String user) {
    new LoginPage(browser).open(base.toString()).signIn(user, LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));
  }

  /** The page now, at desktop size and 390 px wide, scrolled to {@code focus}. */
  private void screenshots(String name, By focus) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    scrollTo(focus);
    Files.write(dir.resolve(name + ".png"), png());
    browser.manage().window().setSize(new Dimension(390, 844));
    Pages.settled(browser);
    scrollTo(focus);
    Files.write(dir.resolve(name + "OnAPhone.png"), png());
  }

  private void scrollTo(By focus) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'})", browser.findElement(focus));
  }

  private byte[] png() {
    return ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
  }
}
