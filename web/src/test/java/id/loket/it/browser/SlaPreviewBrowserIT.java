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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The SLA preview page in Chromium: an administrator types office hours, a start on a Friday and a
 * pause over the weekend, and reads the due instant and the ledger; a mistyped weekday is refused
 * next to that weekday. Axe-clean; screenshots desktop and 390 px.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class SlaPreviewBrowserIT {

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

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  @Test
  void anAdministratorPreviewsACalendarAndReadsWhyItIsDue() throws Exception {
    new LoginPage(browser).open(base.toString()).signIn("admin", LoketDeployment.PASSWORD);
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("navSlaPreview")));
    Pages.click(browser, By.id("navSlaPreview"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("preview:run")));
    assertThat(browser.findElement(By.id("preview:weekMONDAY")).getAttribute("value"))
        .isEqualTo("08:00-12:00, 13:00-17:00");

    // a mistyped weekday is refused next to it, nothing computed
    type("preview:weekTUESDAY", "8 to 12");
    Pages.click(browser, By.id("preview:run"));
    Pages.settled(browser);
    assertThat(Pages.text(browser, By.id("preview"))).contains("Working hours are pairs of times");
    assertThat(browser.findElements(By.id("preview:due"))).isEmpty();

    // Friday 20 Nov 2026 11:00 WIB, waiting from 14:00 until Monday 09:00: due Monday 11:00
    type("preview:weekTUESDAY", "08:00-12:00, 13:00-17:00");
    type("preview:start", "2026-11-20 11:00");
    type("preview:pauses", "2026-11-20 14:00 - 2026-11-23 09:00");
    Pages.click(browser, By.id("preview:run"));
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("due")));
    assertThat(Pages.text(browser, By.id("due")))
        .contains("23 Nov 2026 11:00")
        .contains("Asia/Jakarta")
        .contains("2026-11-23T04:00:00Z");
    assertThat(browser.findElements(By.cssSelector("#preview\\:ledger tbody tr"))).hasSize(5);
    assertThat(Pages.text(browser, By.id("preview:ledger")))
        .contains("Counting")
        .contains("Outside working hours")
        .contains("Paused")
        .contains("4:00");
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView()", browser.findElement(By.id("preview:result")));
    FollowUpPages.screenshots(browser, "sla-preview");
    Axe.assertNoSeriousViolations(browser, "axe on the SLA preview");
  }
}
