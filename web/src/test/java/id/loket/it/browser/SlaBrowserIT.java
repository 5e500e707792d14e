package id.loket.it.browser;

import static id.loket.it.LoketDeployment.PASSWORD;
import static id.loket.it.LoketDeployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.loket.it.LoketDeployment;
import id.loket.it.browser.Pages.LoginPage;
import id.loket.it.probe.AccountsProbe;
import id.loket.it.support.ItSla;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The SLA in Chromium: an agent reads on the ticket page why a breached first response was due when
 * it was, with the ledger; a manager finds the breach among the open escalations and acknowledges
 * it with a note. Axe-clean; screenshots desktop and 390 px.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class SlaBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar().addClass(AccountsProbe.class);
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
  void anAgentReadsWhyItWasDueAndAManagerAcknowledgesTheBreach() throws Exception {
    String user =
        ItSla.requesterWithPolicies(
            base, PASSWORD, Map.of("P2", new int[] {2, 3600}, "P1", new int[] {2, 1800}));
    String number =
        as(base, user)
            .body(
                Map.of(
                    "title", "Payroll export fails " + UUID.randomUUID(),
                    "description", "The export stops at 80 %.",
                    "category", "software",
                    "impact", "HIGH",
                    "urgency", "MEDIUM"))
            .post("api/tickets")
            .then()
            .statusCode(201)
            .extract()
            .path("number");
    await()
        .atMost(Duration.ofSeconds(40))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              List<Map<String, Object>> items =
                  as(base, "maya")
                      .queryParam("ticket", number)
                      .get("api/escalations")
                      .then()
                      .extract()
                      .jsonPath()
                      .getList("items");
              return items.stream().anyMatch(c -> Integer.valueOf(2).equals(c.get("level")));
            });

    new LoginPage(browser).open(base.toString()).signIn("sari", PASSWORD);
    browser.get(base + "tickets/view.xhtml?number=" + number);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("slaPanel")));
    WebElement first =
        browser.findElement(By.cssSelector("#slaPanel [data-target='FIRST_RESPONSE']"));
    assertThat(first.getAttribute("data-state")).isEqualTo("BREACHED");
    assertThat(first.getText())
        .contains("First response")
        .contains("Breached")
        .contains("because")
        .contains("round-the-clock")
        .containsIgnoringCase("when priority went from P2 to P1");
    Pages.click(browser, By.cssSelector("#slaPanel details summary"));
    assertThat(Pages.text(browser, By.id("slaLedger"))).contains("Warning").contains("Breached");
    Pages.screenshots(browser, "sla-panel", By.id("slaPanel"));
    Axe.assertNoSeriousViolations(browser, "axe on the ticket page with its SLA panel");

    browser.manage().deleteAllCookies();
    new LoginPage(browser).open(base.toString()).signIn("maya", PASSWORD);
    browser.get(base + "manager/escalations.xhtml?ticket=" + number);
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("escalationList:escalations")));
    assertThat(Pages.text(browser, By.id("escalationList:escalations")))
        .contains("Service level")
        .contains("Breach")
        .contains("Warning");
    WebElement breachRow =
        browser.findElements(By.cssSelector("#escalationList\\:escalations tbody tr")).stream()
            .filter(r -> !r.findElements(By.cssSelector("[data-level='2']")).isEmpty())
            .findFirst()
            .orElseThrow();
    breachRow
        .findElement(By.cssSelector("input[id$=':note']"))
        .sendKeys("Calling the requester now");
    breachRow.findElement(By.cssSelector("button[id$=':acknowledge']")).click();
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "Escalation acknowledged."));
    assertThat(Pages.text(browser, By.id("escalationList:escalations")))
        .contains("Acknowledged by maya")
        .contains("Calling the requester now");
    Pages.screenshots(browser, "sla-escalations", By.id("escalationList"));
    Axe.assertNoSeriousViolations(browser, "axe on the escalations page");
  }
}
