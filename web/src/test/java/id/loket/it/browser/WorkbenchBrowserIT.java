package id.loket.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.it.LoketDeployment;
import id.loket.it.browser.Pages.LoginPage;
import id.loket.it.browser.Pages.TicketPage;
import java.net.URL;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The workbench in a real Chromium, as agents: claim with the keyboard, a public reply and an
 * internal note (the requester's page shows only the reply); a second agent on the same ticket is
 * shown to the first, and the first one's stale save is refused showing the other's change while
 * keeping the typed text; a duplicate merged into its primary; a child linked from the links panel
 * and resolved together with its parent. Screenshots at desktop size and 390 px wide in
 * target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class WorkbenchBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  WebDriver second;

  @BeforeEach
  void startBrowser() throws Exception {
    browser = Browser.start();
  }

  @AfterEach
  void stopBrowsers() {
    try {
      assertThat(Browser.cspViolations(browser)).as("CSP violations in the browser").isEmpty();
    } finally {
      browser.quit();
      if (second != null) {
        second.quit();
      }
    }
  }

  @Test
  void anAgentClaimsRepliesAndNotesAndTheRequesterSeesOnlyTheReply() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String number = LoketDeployment.open(base, "rina", "Monitor flickers " + suffix);
    signIn(browser, "sari");
    new TicketPage(browser).open(base.toString(), number);
    assertThat(Pages.text(browser, By.id("shortcuts"))).contains("r = public reply");

    key("c"); // claim
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("ticketStatus"), "Assigned"));

    key("r");
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("commentForm:send"), "Send public reply"));
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("commentForm:body");
    browser.switchTo().activeElement().sendKeys("Please try another cable " + suffix);
    Pages.click(browser, By.id("commentForm:send"));
    awaitConversation(browser, "Please try another cable " + suffix);

    key("n");
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("commentForm:send"), "Add internal note"));
    browser.switchTo().activeElement().sendKeys("Cable stock is low " + suffix);
    Pages.click(browser, By.id("commentForm:send"));
    awaitConversation(browser, "Cable stock is low " + suffix);
    By note = By.cssSelector(".loket-comment.internal");
    assertThat(Pages.text(browser, note)).contains("Cable stock is low " + suffix);
    Pages.screenshots(browser, "workbenchReplyAndNote", note);
    Axe.assertNoSeriousViolations(browser, "the workbench with a reply and a note");

    second = Browser.start();
    signIn(second, "rina");
    new TicketPage(second).open(base.toString(), number);
    assertThat(new TicketPage(second).conversation())
        .contains("Please try another cable " + suffix)
        .doesNotContain("Cable stock is low");
    assertThat(second.findElements(By.id("presenceForm")))
        .as("no presence for requesters")
        .isEmpty();
  }

  @Test
  void aSecondAgentIsShownAndAStaleSaveShowsTheirChangeAndKeepsTheText() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String number = LoketDeployment.open(base, "rina", "Keyboard missing keys " + suffix);
    signIn(browser, "sari");
    new TicketPage(browser).open(base.toString(), number);

    second = Browser.start();
    signIn(second, "tono");
    new TicketPage(second).open(base.toString(), number);
    By presence = By.cssSelector(".loket-presence-who[data-user='sari']");
    Pages.waitFor(second).until(ExpectedConditions.visibilityOfElementLocated(presence));
    assertThat(Pages.text(second, By.id("presenceForm:presence"))).contains("Also here:");
    Pages.screenshots(second, "workbenchCollision", By.id("presenceForm:presence"));
    Axe.assertNoSeriousViolations(second, "the workbench with a colleague on it");

    second.findElement(By.id("commentForm:body")).sendKeys("I have a spare keyboard " + suffix);
    Pages.click(second, By.id("commentForm:send"));
    awaitConversation(second, "I have a spare keyboard " + suffix);

    String mine = "Ordering a new one " + suffix;
    browser.findElement(By.id("commentForm:body")).sendKeys(mine);
    Pages.click(browser, By.id("commentForm:send"));
    By refusal = By.id("changedMeanwhile");
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(refusal));
    assertThat(Pages.text(browser, refusal))
        .contains("someone else changed this ticket")
        .contains("tono")
        .contains("Message");
    assertThat(browser.findElement(By.id("commentForm:body")).getAttribute("value"))
        .isEqualTo(mine);
    assertThat(new TicketPage(browser).conversation())
        .contains("I have a spare keyboard " + suffix);
    Pages.screenshots(browser, "workbenchStaleRefusal", refusal);
    Axe.assertNoSeriousViolations(browser, "the stale refusal");

    Pages.click(browser, By.id("commentForm:send")); // on purpose, now based on the new version
    awaitConversation(browser, mine);
  }

  @Test
  void anAgentMergesADuplicateIntoItsPrimary() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String duplicate = LoketDeployment.open(base, "rina", "Wifi down floor 2 " + suffix);
    String primary = LoketDeployment.open(base, "budi", "Wifi outage floor 2 " + suffix);
    LoketDeployment.as(base, "rina")
        .body(Map.of("body", "Since 9 o'clock " + suffix, "visibility", "PUBLIC"))
        .post("api/tickets/" + duplicate + "/comments")
        .then()
        .statusCode(201);
    signIn(browser, "sari");
    new TicketPage(browser).open(base.toString(), duplicate);

    Pages.click(browser, By.cssSelector("[id='mergeForm'] summary"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("mergeForm:into")))
        .sendKeys(primary);
    Pages.screenshots(browser, "workbenchMerge", By.id("mergeForm"));
    Pages.click(browser, By.id("mergeForm:merge"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "was merged into " + primary));
    assertThat(new TicketPage(browser).status()).isEqualTo("Closed");
    assertThat(new TicketPage(browser).conversation()).contains("Merged into " + primary);

    new TicketPage(browser).open(base.toString(), primary);
    assertThat(new TicketPage(browser).conversation())
        .contains("Since 9 o'clock " + suffix)
        .contains("Ticket " + duplicate + " was merged into this one");
    assertThat(new TicketPage(browser).history()).contains("Merged here");
  }

  @Test
  void anAgentLinksAChildFromThePanelAndResolvesTheParentWithIt() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String parent = LoketDeployment.open(base, "rina", "Mail server down " + suffix);
    String child = LoketDeployment.open(base, "budi", "Cannot send mail " + suffix);
    signIn(browser, "sari");
    new TicketPage(browser).open(base.toString(), parent);
    assertThat(Pages.text(browser, By.id("linksForm"))).contains("No linked tickets yet.");

    // Itself: refused next to the number, not as a page error.
    browser.findElement(By.id("linksForm:other")).sendKeys(parent);
    Pages.click(browser, By.id("linksForm:addLink"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("linksForm:otherMessage"), "cannot be linked to itself"));

    // The child's number without its check digit, chosen and sent with the keyboard.
    var other = browser.findElement(By.id("linksForm:other"));
    other.clear();
    other.sendKeys(child.substring(0, child.length() - 2));
    browser.findElement(By.id("linksForm:choice")).sendKeys("This is the parent of");
    Pages.click(browser, By.id("linksForm:addLink"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Ticket " + child + " was linked"));
    assertThat(Pages.text(browser, By.id("linkTable")))
        .contains("Child")
        .contains(child)
        .contains("Cannot send mail " + suffix)
        .contains("New");
    assertThat(new TicketPage(browser).history()).contains("Link").contains("Child " + child);
    Pages.screenshots(browser, "workbenchLinks", By.id("linksForm"));

    assertThat(Pages.text(browser, By.id("resolveForm")))
        .contains("Also resolve the 1 open child tickets with this public message");
    var message = browser.findElement(By.id("resolveForm:message"));
    assertThat(message.getAttribute("value")).contains(parent);
    message.clear();
    message.sendKeys("The mail server is back " + suffix);
    Pages.screenshots(browser, "workbenchResolveChildren", By.id("resolveForm"));
    Pages.click(browser, By.id("resolveForm:resolveParent"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Ticket " + parent + " was resolved, and with it: " + child));
    assertThat(new TicketPage(browser).status()).isEqualTo("Resolved");
    assertThat(browser.findElements(By.id("resolveForm"))).isEmpty();

    new TicketPage(browser).open(base.toString(), child);
    assertThat(new TicketPage(browser).status()).isEqualTo("Resolved");
    assertThat(new TicketPage(browser).conversation())
        .contains("The mail server is back " + suffix);
    assertThat(Pages.text(browser, By.id("linkTable"))).contains("Parent").contains(parent);
    assertThat(new TicketPage(browser).history()).contains("Parent " + parent);

    // Removing the link from the child's side: gone from the panel, audited.
    Pages.click(browser, By.cssSelector("[id='linksForm'] button[id$='removeLink']"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "The link to " + parent + " was removed"));
    assertThat(Pages.text(browser, By.id("linksForm"))).contains("No linked tickets yet.");

    // In Indonesian: the panel and the history line of the removed link.
    Pages.click(browser, By.id("headerForm:langId"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("linksForm"), "Belum ada tiket yang ditautkan."));
    assertThat(Pages.text(browser, By.id("linksForm"))).contains("Tautkan tiket");
    assertThat(new TicketPage(browser).history()).contains("Tautan").contains("Induk " + parent);
    Pages.screenshots(browser, "workbenchLinksId", By.id("linksForm"));
    Pages.click(browser, By.id("headerForm:langEn"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("linksForm"), "No linked tickets yet."));
  }

  private void signIn(WebDriver driver, String user) {
    new LoginPage(driver).open(base.toString()).signIn(user, LoketDeployment.PASSWORD);
    Pages.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));
  }

  /** A shortcut key pressed on the page itself (not in a field). */
  private void key(String key) {
    Pages.settled(browser);
    ((JavascriptExecutor) browser).executeScript("document.activeElement.blur()");
    new Actions(browser).sendKeys(key).perform();
  }

  private static void awaitConversation(WebDriver driver, String text) {
    Pages.waitFor(driver)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("commentForm"), text));
    Pages.settled(driver);
  }
}
