package id.loket.it.browser;

import static id.loket.it.LoketDeployment.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.it.LoketDeployment;
import id.loket.it.browser.Pages.LoginPage;
import id.loket.it.probe.AccountsProbe;
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
 * members and the routing table, and the ticket page shows staff why a ticket went to its team; an
 * administrator finds a user on the users page and sets their department and location, which the
 * profile page shows read-only. Screenshots at desktop size and at 390 px go to target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class RoutingBrowserIT {

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

  @Test
  void anAdministratorSetsARequestersDepartmentAndLocationOnTheUsersPage() throws Exception {
    String user = newUser("bu", "REQUESTER");
    // An administrator of its own, whose language switch below stays theirs.
    String admin = newUser("ad", "ADMIN");
    long version =
        as(base, "admin")
            .get("api/admin/users/" + admin)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("version");
    as(base, "admin")
        .header("If-Match", "\"" + version + "\"")
        .body(Map.of("department", "IT", "location", "Jakarta"))
        .put("api/admin/users/" + admin)
        .then()
        .statusCode(200);

    signIn(admin);
    Pages.click(browser, By.id("navUsers"));
    Pages.waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Users"));
    browser.findElement(By.id("searchForm:q")).sendKeys(user);
    Pages.click(browser, By.id("searchForm:search"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("searchForm:users"), user));
    assertThat(browser.findElements(By.cssSelector("#searchForm\\:users tbody tr"))).hasSize(1);
    screenshot("adminUsersSearchOnADesktop");
    Pages.click(browser, By.id("searchForm:users:0:edit"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:department")));
    browser.findElement(By.id("userForm:department")).sendKeys("Finance");
    browser.findElement(By.id("userForm:location")).sendKeys("Surabaya");
    Pages.click(browser, By.id("userForm:saveUser"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Department and location of " + user + " have been saved."));
    assertThat(Pages.text(browser, By.id("searchForm:users")))
        .contains("Finance")
        .contains("Surabaya");
    assertThat(
            as(base, "admin")
                .get("api/admin/users/" + user)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("department"))
        .isEqualTo("Finance");
    screenshot("adminUsersOnADesktop");
    Axe.assertNoSeriousViolations(browser, "the users page");

    Pages.click(browser, By.id("headerForm:langId"));
    Pages.waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Pengguna"));
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(base + "admin/users.xhtml?username=" + user);
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:department")));
    assertThat(browser.findElement(By.id("userForm:location")).getAttribute("value"))
        .isEqualTo("Surabaya");
    assertThat(Pages.text(browser, By.id("userForm"))).contains("Departemen").contains("Lokasi");
    screenshot("adminUsersOnAPhoneInIndonesian");
    Axe.assertNoSeriousViolations(browser, "the users page on a phone");

    browser.get(base + "profile.xhtml");
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("me")));
    assertThat(Pages.text(browser, By.id("department"))).isEqualTo("IT");
    assertThat(Pages.text(browser, By.id("location"))).isEqualTo("Jakarta");
    screenshot("profilePlacementOnAPhoneInIndonesian");
  }

  private String newUser(String prefix, String role) {
    String name = prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    as(base, "admin")
        .post(
            "api/it-accounts/create?username="
                + name
                + "&password="
                + LoketDeployment.PASSWORD
                + "&role="
                + role)
        .then()
        .statusCode(204);
    return name;
  }

  private void showRouting() {
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('routingPanel').scrollIntoView();");
  }
}
