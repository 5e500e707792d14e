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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The SLA administration pages in Chromium: an administrator creates a policy for one requester
 * group, is refused a zero-minute target next to that input, fixes it and sees the policy in the
 * table with its targets in short words; a calendar with an unknown time zone is refused naming
 * that field; the teams page offers the stored calendars. Axe-clean; screenshots desktop and 390
 * px.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class SlaPoliciesBrowserIT {

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
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(text);
  }

  @Test
  void anAdministratorCreatesAPolicyAndIsToldWhatIsWrongBesideTheInput() throws Exception {
    String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    String code = "it-web-" + suffix;
    new LoginPage(browser).open(base.toString()).signIn("admin", LoketDeployment.PASSWORD);
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("navSlaPolicies")));
    Pages.click(browser, By.id("navSlaPolicies"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("policyForm:save")));
    assertThat(Pages.text(browser, By.id("policiesForm:policies")))
        .contains("p1-default")
        .contains("30 min")
        .contains("4 h");

    type("policyForm:code", code);
    type("policyForm:name", "Sales, normal");
    type("policyForm:requesterGroup", "Sales " + suffix);
    type("policyForm:firstResponse_input", "0");
    Pages.click(browser, By.id("policyForm:save"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("policyForm:save")));
    assertThat(Pages.text(browser, By.id("policyForm:firstResponseMessage")))
        .contains("more than 0");
    assertThat(Pages.text(browser, By.id("policiesForm:policies"))).doesNotContain(code);
    Pages.screenshots(browser, "sla-policies-refused", By.id("policyForm:firstResponse_input"));

    type("policyForm:firstResponse_input", "45");
    type("policyForm:resolution_input", "1560");
    Pages.click(browser, By.id("policyForm:save"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("policyHeading"), code));
    String table = Pages.text(browser, By.id("policiesForm:policies"));
    assertThat(table).contains(code).contains("Sales " + suffix).contains("45 min");
    assertThat(table).contains("26 h");
    Pages.screenshots(browser, "sla-policies", By.id("policiesForm:policies"));
    Pages.screenshots(browser, "sla-policies-top", By.tagName("h1"));
    Axe.assertNoSeriousViolations(browser, "axe on the SLA policies");

    // a calendar in an unknown zone is refused, naming the field
    Pages.click(browser, By.id("calendarsLink"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("calendarForm:save")));
    assertThat(Pages.text(browser, By.id("calendarsForm:calendars"))).contains("office-jakarta");
    type("calendarForm:code", "it-cal-" + suffix);
    type("calendarForm:name", "Mars base");
    type("calendarForm:definition", "{\"zone\": \"Mars/Base\", \"twentyFourSeven\": true}");
    Pages.click(browser, By.id("calendarForm:save"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("calendarForm:save")));
    assertThat(Pages.text(browser, By.id("calendarForm:definitionMessage")))
        .contains("calendar.zone")
        .contains("Mars/Base");
    Pages.screenshots(browser, "sla-calendars-refused", By.id("calendarForm:definition"));
    Axe.assertNoSeriousViolations(browser, "axe on the SLA calendars");

    // a team offers the stored calendars, "the policy's calendar" first
    browser.get(base + "admin/teams.xhtml");
    Pages.waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("teamForm:calendar_input")));
    assertThat(
            browser.findElements(By.cssSelector("#teamForm\\:calendar_input option")).stream()
                .map(o -> o.getAttribute("value"))
                .toList())
        .startsWith("")
        .contains("office-jakarta", "round-the-clock");
    assertThat(Pages.text(browser, By.id("teamsForm:teams"))).contains("SLA calendar");
  }
}
