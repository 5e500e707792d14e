package id.loket.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.it.LoketDeployment;
import id.loket.it.browser.Pages.LoginPage;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The digests page in Chromium: a manager who unticks every report is told to choose one, next to
 * the reports; then subscribes weekly to the SLA and satisfaction reports and sees the subscription
 * listed. Axe-clean; screenshots desktop and 390 px.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class DigestBrowserIT {

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

  /** The visible box of a PrimeFaces checkbox or radio button item. */
  private static By box(String inputId, String kind) {
    return By.xpath(
        "//input[@id='"
            + inputId
            + "']/ancestor::div[contains(concat(' ', @class, ' '), ' ui-"
            + kind
            + " ')][1]/div[contains(@class, 'ui-"
            + kind
            + "-box')]");
  }

  @Test
  void aManagerSubscribesAndSeesTheSubscriptionListed() throws Exception {
    new LoginPage(browser).open(base.toString()).signIn("maya", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.urlContains("xhtml"));
    browser.get(base + "manager/digests.xhtml");
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("digestForm:save")));
    assertThat(Pages.text(browser, By.id("subscriptionsForm")))
        .contains("You have no digest subscriptions.");

    // ESCALATIONS, SLA and BACKLOG are ticked at first: untick them all
    for (int i = 0; i < 3; i++) {
      Pages.click(browser, box("digestForm:reports:" + i, "chkbox"));
    }
    Pages.click(browser, By.id("digestForm:save"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("digestForm"), "Choose at least one report."));
    assertThat(browser.findElements(By.id("subscriptions"))).isEmpty();

    Pages.click(browser, box("digestForm:frequency:1", "radiobutton"));
    Pages.click(browser, box("digestForm:reports:1", "chkbox"));
    Pages.click(browser, box("digestForm:reports:3", "chkbox"));
    Pages.click(browser, By.id("digestForm:save"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.id("subscriptionsForm:subscriptions")));
    String listed = Pages.text(browser, By.id("subscriptionsForm:subscriptions"));
    assertThat(listed).contains("Weekly").contains("SLA, Satisfaction").doesNotContain("Backlog");
    assertThat(Pages.text(browser, By.tagName("body"))).contains("Subscribed.");
    assertThat(Pages.text(browser, By.id("receivedForm"))).contains("No digest yet.");
    Pages.screenshots(browser, "digests", By.id("subscriptionsForm:subscriptions"));
    Axe.assertNoSeriousViolations(browser, "axe on the digests page");
  }
}
