package id.loket.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.it.LoketDeployment;
import id.loket.it.browser.Pages.LoginPage;
import id.loket.it.browser.Pages.TicketPage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Canned responses in a real Chromium, as an agent: one written on the canned responses page (an
 * unknown placeholder refused inline first), then inserted into a reply on a ticket after text the
 * agent already typed, sent, and seen filled in in the conversation. Screenshots at desktop size
 * and 390 px wide in target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class CannedBrowserIT {

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
  void anAgentWritesACannedResponseAndInsertsItIntoAReply() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String title = "Cable check " + suffix;
    String number = LoketDeployment.open(base, "rina", "Screen stays black " + suffix);
    new LoginPage(browser).open(base.toString()).signIn("sari", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("navCanned")));

    Pages.click(browser, By.id("navCanned"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("cannedForm:title")));
    browser.findElement(By.id("cannedForm:title")).sendKeys(title);
    browser.findElement(By.id("cannedForm:body")).sendKeys("Dear {requester.nmae}");
    Pages.click(browser, By.id("cannedForm:save"));
    assertThat(Pages.text(browser, By.id("cannedForm:bodyMessage"))).contains("{requester.nmae}");

    browser.findElement(By.id("cannedForm:body")).clear();
    browser
        .findElement(By.id("cannedForm:body"))
        .sendKeys("Dear {requester.name}, please check the cable of {ticket.number}. {agent.name}");
    Pages.click(browser, By.id("cannedForm:save"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm"), title));
    Pages.screenshots(browser, "cannedPage", By.id("listForm"));
    Axe.assertNoSeriousViolations(browser, "the canned responses page");

    new TicketPage(browser).open(base.toString(), number);
    browser.findElement(By.id("commentForm:body")).sendKeys("Thanks for the report.");
    chooseCanned(title);
    Pages.click(browser, By.id("commentForm:cannedInsertButton"));
    Pages.settled(browser);
    String filled = "Dear Rina Wulandari, please check the cable of " + number + ". Sari Dewi";
    Pages.waitFor(browser)
        .until(
            b ->
                b.findElement(By.id("commentForm:body"))
                    .getAttribute("value")
                    .equals("Thanks for the report.\n\n" + filled));
    // Desktop only here (the phone-width shots follow the send).
    Pages.scrollTo(browser, By.id("cannedInsert"));
    Files.write(
        Files.createDirectories(Path.of("target", "screenshots")).resolve("cannedInserted.png"),
        Pages.png(browser));

    Pages.click(browser, By.id("commentForm:send"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("commentForm"), filled));
    assertThat(new TicketPage(browser).conversation())
        .contains("Thanks for the report.")
        .contains(filled)
        .doesNotContain("{requester.name}");
    Pages.screenshots(browser, "cannedSent", By.cssSelector(".loket-comment"));
    Axe.assertNoSeriousViolations(browser, "the ticket page with the canned choice");
  }

  /**
   * Opens the canned choice with its trigger and picks {@code title}, until the choice shows it: a
   * click that lands while the panel still slides open, or an AJAX update of the form in between
   * (the presence beat), only costs another round.
   */
  private void chooseCanned(String title) {
    By trigger = By.cssSelector("[id='commentForm:cannedChoice'] .ui-selectonemenu-trigger");
    By item =
        By.cssSelector("[id='commentForm:cannedChoice_panel'] li[data-label='" + title + "']");
    By label = By.id("commentForm:cannedChoice_label");
    Pages.settled(browser);
    Pages.waitFor(browser)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(
            b -> {
              if (title.equals(b.findElement(label).getText())) {
                return true;
              }
              List<WebElement> shown = b.findElements(item);
              if (!shown.isEmpty() && shown.get(0).isDisplayed()) {
                shown.get(0).click();
              } else {
                b.findElement(trigger).click();
              }
              return false;
            });
  }
}
