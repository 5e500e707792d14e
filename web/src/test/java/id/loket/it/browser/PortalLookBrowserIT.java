package id.loket.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.loket.it.LoketDeployment;
import id.loket.it.browser.Pages.LoginPage;
import id.loket.it.browser.Pages.NewTicketPage;
import id.loket.it.browser.Pages.TicketPage;
import id.loket.it.probe.AccountsProbe;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * How the portal looks and whether everyone can use it, in a real (headless) Chromium: keyboard
 * only (skip link, New ticket, a form sent with Enter), a 390 px phone (header buttons on screen,
 * My tickets without clipped words), axe-core on every page, the unread badge, the reader's own
 * time zone and the Indonesian pages. Screenshots of each page at desktop and phone width in
 * target/screenshots/portal-*. Every test fails on a Content-Security-Policy violation.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class PortalLookBrowserIT {

  private static final String PASSWORD = "correct battery staple 42";

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
  void everyPortalPagePassesAxeAtDesktopAndPhoneWidth() throws Exception {
    String number = LoketDeployment.open(base, "rina", "Seed so that rina has a ticket");
    browser.get(base + "login.xhtml");
    check("login");
    new LoginPage(browser).signIn("rina", LoketDeployment.PASSWORD);
    awaitHome();
    check("my-tickets");
    new NewTicketPage(browser).open(base.toString());
    check("new-ticket");
    new TicketPage(browser).open(base.toString(), number);
    check("ticket");
    browser.get(base + "profile.xhtml");
    check("profile");
    browser.get(base + "notifications.xhtml");
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("notificationsForm")));
    check("notifications");
  }

  @Test
  void keyboardOnlySkipsToContentReachesNewTicketAndSendsTheFormWithEnter() {
    new LoginPage(browser).open(base.toString()).signIn("budi", LoketDeployment.PASSWORD);
    awaitHome();

    press(Keys.TAB);
    WebElement skip = active();
    assertThat(skip.getAttribute("id")).isEqualTo("skipLink");
    assertThat(skip.isDisplayed()).isTrue();
    assertThat(skip.getRect().getY())
        .as("the focused skip link is on screen")
        .isGreaterThanOrEqualTo(0);
    press(Keys.ENTER);
    Pages.waitFor(browser).until(b -> "content".equals(active().getAttribute("id")));

    browser.get(base + "index.xhtml");
    awaitHome();
    tabTo("navNew", 12);
    press(Keys.ENTER);
    Pages.waitFor(browser).until(ExpectedConditions.urlContains("tickets/new.xhtml"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("categories")));

    tabToCard("other", 40);
    press(Keys.ENTER);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("types")));
    tabToCard("general-question", 40);
    press(Keys.ENTER);
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("ticketForm:title")));

    tabTo("ticketForm:title", 40);
    press("Keyboard only ticket");
    press(Keys.TAB);
    assertThat(active().getAttribute("id")).isEqualTo("ticketForm:description");
    press("Sent without a mouse.");
    tabTo("ticketForm:submit", 40);
    press(Keys.ENTER);

    new Pages.CreatedPage(browser).await();
    press(Keys.TAB);
    tabTo("viewTicket", 40);
    press(Keys.ENTER);
    TicketPage ticket = new TicketPage(browser).await();
    assertThat(ticket.number()).matches("LKT-\\d{4}-\\d{6}-\\d");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Keyboard only ticket");
  }

  @Test
  void onAPhoneTheHeaderButtonsAreOnScreenAndMyTicketsClipsNoWords() throws Exception {
    String me = newUser();
    open(me, "Supercalifragilisticexpialidocious printer driver installation");
    open(me, "VPN");
    new LoginPage(browser).open(base.toString()).signIn(me, PASSWORD);
    awaitHome();
    screenshot("my-tickets-desktop");
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.navigate().refresh();
    awaitHome();
    long width = js("return document.documentElement.clientWidth;");
    assertThat(width).isLessThanOrEqualTo(400);
    for (String id : List.of("headerForm:logout", "navNew", "navProfile", "navNotifications")) {
      WebElement e =
          browser.findElement(By.id(id.equals("navProfile") ? "headerForm:navProfile" : id));
      assertThat(e.isDisplayed()).as(id).isTrue();
      var r = e.getRect();
      assertThat(r.getX()).as(id + " left edge").isGreaterThanOrEqualTo(0);
      assertThat(r.getX() + r.getWidth()).as(id + " right edge").isLessThanOrEqualTo((int) width);
    }
    List<?> sticking =
        js(
            "const w = document.documentElement.clientWidth; return Array.from("
                + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > w + 0.5"
                + " && getComputedStyle(e).position !== 'fixed' && e.offsetParent !== null)"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' in '"
                + " + (e.closest('button,a,form') || e).id + ' right='"
                + " + Math.round(e.getBoundingClientRect().right));");
    assertThat(sticking).as("elements beyond the right edge").isEmpty();
    assertThat((long) js("return document.documentElement.scrollWidth;"))
        .as("no sideways scrolling")
        .isLessThanOrEqualTo(width);
    List<?> clipped =
        (List<?>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return Array.from(document.querySelectorAll('#myTickets td'))"
                        + ".filter(td => td.scrollWidth > td.clientWidth + 1"
                        + " || td.getBoundingClientRect().right > document.documentElement.clientWidth)"
                        + ".map(td => td.textContent.trim());");
    assertThat(clipped).as("cells whose text is cut off").isEmpty();
    assertThat(browser.findElement(By.id("myTickets")).getText())
        .contains("Supercalifragilisticexpialidocious");
    screenshot("my-tickets-phone");
    Axe.assertNoSeriousViolations(browser, "my tickets at 390 px");
  }

  @Test
  void theUnreadBadgeAppearsAfterAPublicReplyAndGoesAfterReading() throws Exception {
    String me = newUser();
    String number = open(me, "Docking station does not charge");
    new LoginPage(browser).open(base.toString()).signIn(me, PASSWORD);
    awaitHome();
    awaitBadge("1"); // received
    user(me).body(Map.of("all", true)).post("api/me/notifications/read").then().statusCode(200);
    browser.navigate().refresh();
    awaitHome();
    assertThat(browser.findElements(By.id("unreadBadge"))).isEmpty();

    LoketDeployment.as(base, "sari")
        .body(Map.of("body", "Please try the other USB-C port.", "visibility", "PUBLIC"))
        .post("api/tickets/" + number + "/comments")
        .then()
        .statusCode(201);
    awaitBadge("1");
    screenshot("badge-desktop");

    Pages.click(browser, By.id("navNotifications"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".loket-notice.unread")));
    assertThat(browser.findElement(By.cssSelector(".loket-notice.unread")).getText())
        .contains("New reply on your ticket")
        .contains("sari")
        .contains(number);
    screenshot("notifications-desktop");
    browser.manage().window().setSize(new Dimension(390, 844));
    screenshot("notifications-phone");
    browser.manage().window().setSize(new Dimension(1280, 900));
    Axe.assertNoSeriousViolations(browser, "notifications");
    Pages.click(browser, By.cssSelector(".loket-notice.unread a"));
    new TicketPage(browser).await();
    assertThat(browser.findElements(By.id("unreadBadge"))).as("read on opening").isEmpty();
    browser.get(base + "notifications.xhtml");
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("notificationsForm")));
    assertThat(browser.findElements(By.cssSelector(".loket-notice.unread"))).isEmpty();
  }

  @Test
  void aChosenTimeZoneShowsDatesInItAndTheIndonesianPagesAreIndonesian() throws Exception {
    String me = newUser();
    open(me, "Laptop battery swells");
    new LoginPage(browser).open(base.toString()).signIn(me, PASSWORD);
    awaitHome();
    Pages.click(browser, By.id("headerForm:navProfile"));
    Pages.waitFor(browser).until(ExpectedConditions.urlContains("profile.xhtml"));
    assertThat(browser.findElement(By.id("zone")).getText()).isEqualTo("Asia/Jakarta");

    browser
        .findElement(By.cssSelector("[id='settingsForm:timeZone'] .ui-selectonemenu-trigger"))
        .click();
    WebElement filter =
        Pages.waitFor(browser)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.id("settingsForm:timeZone_filter")));
    filter.sendKeys("Jayapura");
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(
                    "[id='settingsForm:timeZone_panel'] li[data-label='Asia/Jayapura']")))
        .click();
    Pages.click(browser, By.id("settingsForm:save"));
    Pages.waitFor(browser).until(ExpectedConditions.textToBe(By.id("zone"), "Asia/Jayapura"));
    String wit = ZoneId.of("Asia/Jayapura").getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    assertThat(browser.findElement(By.id("now")).getText()).endsWith(" " + wit);
    screenshot("profile-desktop");
    browser.manage().window().setSize(new Dimension(390, 844));
    screenshot("profile-phone");
    browser.manage().window().setSize(new Dimension(1280, 900));

    Pages.click(browser, By.id("navHome"));
    awaitHome();
    assertThat(browser.findElement(By.cssSelector("#myTickets td.col-updated")).getText())
        .as("the last update in the chosen zone")
        .endsWith(" " + wit);

    Pages.click(browser, By.id("headerForm:langId"));
    Pages.waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Tiket saya"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
    assertThat(browser.findElement(By.cssSelector("label[for='filterForm:query']")).getText())
        .isEqualTo("Cari");
    assertThat(browser.findElement(By.id("skipLink")).getAttribute("textContent"))
        .isEqualTo("Lewati ke konten");
    Pages.click(browser, By.id("headerForm:navProfile"));
    Pages.waitFor(browser).until(ExpectedConditions.urlContains("profile.xhtml"));
    assertThat(browser.findElement(By.cssSelector("label[for^='settingsForm:timeZone']")).getText())
        .isEqualTo("Zona waktu");
    assertThat(browser.findElement(By.id("passwordHeading")).getText()).isEqualTo("Kata sandi");
    Axe.assertNoSeriousViolations(browser, "profile in Indonesian");
    screenshot("profile-id-desktop");
    // remembered: a new session of the same user starts in Indonesian
    assertThat(user(me).get("api/me").then().extract().path("language").toString()).isEqualTo("id");
  }

  // --- helpers -------------------------------------------------------------------------------

  /** axe on the current page, and its screenshots at desktop and phone width. */
  private void check(String page) throws Exception {
    Axe.assertNoSeriousViolations(browser, page);
    screenshot(page + "-desktop");
    browser.manage().window().setSize(new Dimension(390, 844));
    Axe.assertNoSeriousViolations(browser, page + " at 390 px");
    screenshot(page + "-phone");
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  private void screenshot(String name) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(
        dir.resolve("portal-" + name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private void awaitHome() {
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));
    Pages.settled(browser);
  }

  private void awaitBadge(String count) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              browser.navigate().refresh();
              awaitHome();
              assertThat(browser.findElements(By.id("unreadBadge"))).hasSize(1);
              assertThat(browser.findElement(By.id("unreadBadge")).getText()).isEqualTo(count);
            });
  }

  private WebElement active() {
    return browser.switchTo().activeElement();
  }

  private void backTab() {
    new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
  }

  private void press(CharSequence keys) {
    new Actions(browser).sendKeys(keys).perform();
  }

  /** Presses Tab until a catalog card (category or request type) with this code has the focus. */
  private void tabToCard(String code, int atMost) {
    List<String> visited = new java.util.ArrayList<>();
    for (int i = 0; i < atMost; i++) {
      String at = active().getAttribute("data-code");
      visited.add(at);
      if (code.equals(at)) {
        return;
      }
      press(Keys.TAB);
    }
    assertThat(active().getAttribute("data-code"))
        .as("reached by Tab, visited " + visited)
        .isEqualTo(code);
  }

  private void tabTo(String id, int atMost) {
    List<String> visited = new java.util.ArrayList<>();
    for (int i = 0; i < atMost; i++) {
      String at = active().getAttribute("id");
      visited.add(at);
      if (id.equals(at)) {
        return;
      }
      press(Keys.TAB);
    }
    assertThat(active().getAttribute("id")).as("reached by Tab, visited " + visited).isEqualTo(id);
  }

  @SuppressWarnings("unchecked")
  private <T> T js(String script) {
    return (T) ((JavascriptExecutor) browser).executeScript(script);
  }

  private String newUser() {
    String name = "pl" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    LoketDeployment.as(base, "admin")
        .post(
            "api/it-accounts/create?username=" + name + "&password=" + PASSWORD + "&role=REQUESTER")
        .then()
        .statusCode(204);
    return name;
  }

  private RequestSpecification user(String name) {
    return RestAssured.given()
        .baseUri(base.toString())
        .auth()
        .preemptive()
        .basic(name, PASSWORD)
        .accept(ContentType.JSON)
        .contentType(ContentType.JSON);
  }

  private String open(String user, String title) {
    return user(user)
        .body(LoketDeployment.newTicket(title))
        .post("api/tickets")
        .then()
        .statusCode(201)
        .extract()
        .path("number");
  }
}
