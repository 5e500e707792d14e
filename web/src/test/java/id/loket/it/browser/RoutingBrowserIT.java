package id.loket.it.browser;

import static id.loket.it.LoketDeployment.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.it.LoketDeployment;
import id.loket.it.browser.Pages.LoginPage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Teams and routing in a real (headless) Chromium: an administrator finds the teams with their
 * members and the routing table, and the ticket page shows staff why a ticket went to its team.
 * Screenshots at desktop size and at 390 px go to target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class RoutingBrowserIT {

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

  private void screenshot(String name) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(
        dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private void signIn(String user) {
    new LoginPage(browser).open(base.toString()).signIn(user, LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("navHome")));
  }

  @Test
  void anAdministratorSeesTeamsAndRulesAndStaffSeeWhyATicketWentWhere() throws Exception {
    String number =
        as(base, "rina")
            .body(
                Map.of(
                    "title", "Wifi in meeting room " + ThreadLocalRandom.current().nextInt(1000),
                    "description", "The access point keeps rebooting.",
                    "category", "network",
                    "impact", "LOW",
                    "urgency", "MEDIUM"))
            .post("api/tickets")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("number");

    signIn("admin");
    Pages.click(browser, By.id("navTeams"));
    Pages.waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Teams"));
    assertThat(Pages.text(browser, By.id("teamsForm:teams")))
        .contains("service-desk")
        .contains("sari");
    screenshot("adminTeamsOnADesktop");
    Axe.assertNoSeriousViolations(browser, "the teams page");
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.navigate().refresh();
    Pages.waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Teams"));
    screenshot("adminTeamsOnAPhone");
    Axe.assertNoSeriousViolations(browser, "the teams page on a phone");

    Pages.click(browser, By.id("rulesLink"));
    Pages.waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Routing rules"));
    assertThat(Pages.text(browser, By.id("rulesForm:rules"))).contains("CATEGORY=network");
    screenshot("adminRoutingRulesOnAPhone");
    Axe.assertNoSeriousViolations(browser, "the routing rules page on a phone");

    browser.get(base + "admin/agents.xhtml?username=sari");
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("agentForm:skills")));
    assertThat(browser.findElement(By.id("agentForm:skills")).getAttribute("value"))
        .contains("network=3");
    screenshot("adminAgentOnAPhone");
    Axe.assertNoSeriousViolations(browser, "the agent page on a phone");

    browser.get(base + "tickets/view.xhtml?number=" + number);
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("routingPanel")));
    assertThat(Pages.text(browser, By.id("routingPanel")))
        .contains("category=network")
        .contains("Network");
    showRouting();
    screenshot("routingPanelOnAPhone");
    Axe.assertNoSeriousViolations(browser, "the ticket page with its routing");
    browser.manage().window().setSize(new Dimension(1280, 900));
    browser.navigate().refresh();
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("routingPanel")));
    showRouting();
    screenshot("routingPanelOnADesktop");
  }

  private void showRouting() {
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('routingPanel').scrollIntoView();");
  }
}
