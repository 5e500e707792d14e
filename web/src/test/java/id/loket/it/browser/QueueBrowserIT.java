package id.loket.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.it.LoketDeployment;
import id.loket.it.support.QueueData;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 8, queues, in a real (headless) Chromium: an agent opens their team's queue, filters it,
 * searches by number, opens a ticket from the list with the keyboard and claims it. Axe-clean;
 * screenshots desktop and 390 px under target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class QueueBrowserIT {

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
  void stopBrowser(TestInfo test) throws Exception {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(
          dir.resolve(test.getTestMethod().orElseThrow().getName() + ".png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      assertThat(Browser.cspViolations(browser)).as("CSP violations in the browser").isEmpty();
    } finally {
      browser.quit();
    }
  }

  @Test
  void anAgentFiltersSearchesOpensAndClaimsFromTheTeamQueue() throws Exception {
    String team = QueueData.team("sari");
    List<String> numbers = QueueData.tickets(base, team, 3);
    new Pages.LoginPage(browser).open(base.toString()).signIn("sari", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("navQueue")));

    QueuePage queue = new QueuePage(browser).open(base.toString(), team);
    assertThat(queue.numbers()).containsExactlyElementsOf(numbers);
    assertThat(queue.currentView()).contains(team);
    assertThat(Pages.text(browser, By.id("queueForm:queue"))).contains("rina").contains("—");
    FollowUpPages.screenshots(browser, "queue-team");
    Axe.assertNoSeriousViolations(browser, "axe on the team queue");

    // filter by a word of one title
    String title =
        Pages.text(browser, By.xpath("//a[text()='" + numbers.get(1) + "']/ancestor::tr"));
    String word = title.replaceAll("(?s).*Queue row 1 (\\w+).*", "$1");
    queue.filterWords(word);
    assertThat(queue.numbers()).containsExactly(numbers.get(1));

    // search by number without check digit
    String withoutCheck = numbers.get(2).substring(0, numbers.get(2).length() - 2);
    queue.search(withoutCheck);
    assertThat(queue.resultNumbers()).containsExactly(numbers.get(2));
    FollowUpPages.screenshots(browser, "queue-search");
    Axe.assertNoSeriousViolations(browser, "axe on search results");

    // back to the whole queue: assign one selected row to tono in bulk
    queue.open(base.toString(), team);
    queue.assignSelected(numbers.get(2), "tono");
    assertThat(Pages.text(browser, By.id("messages"))).contains("1 of 1 tickets changed");
    assertThat(Pages.text(browser, By.xpath("//a[text()='" + numbers.get(2) + "']/ancestor::tr")))
        .contains("tono");

    // j focuses the first ticket, Enter opens it
    new Actions(browser).sendKeys("/").perform();
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("searchForm:q");
    browser.findElement(By.tagName("h1")).click();
    new Actions(browser).sendKeys("j").perform();
    assertThat(browser.switchTo().activeElement().getText()).isEqualTo(numbers.get(0));
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    Pages.waitFor(browser).until(ExpectedConditions.urlContains("tickets/view.xhtml"));
    assertThat(Pages.text(browser, By.id("ticketNumber"))).isEqualTo(numbers.get(0));

    Pages.click(browser, By.xpath("//form[@id='moveForm']//button[normalize-space(.)='Claim']"));
    Pages.waitFor(browser).until(ExpectedConditions.textToBe(By.id("ticketStatus"), "Assigned"));
    assertThat(Pages.text(browser, By.tagName("main"))).contains("sari");

    // it now shows in "my open tickets"
    browser.get(base + "agent/queue.xhtml?view=mine&sort=updated");
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("queueForm:queue")));
    assertThat(new QueuePage(browser).numbers()).contains(numbers.get(0));
  }

  @Test
  void anAgentSavesRenamesAndDeletesAViewAndSeesWholeTicketNumbers() throws Exception {
    String team = QueueData.team("sari");
    List<String> numbers = QueueData.tickets(base, team, 1);
    new Pages.LoginPage(browser).open(base.toString()).signIn("sari", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("navQueue")));
    QueuePage queue = new QueuePage(browser).open(base.toString(), team);

    // the number column is as wide as its longest number: nothing clipped at desktop width
    WebElement cell =
        browser.findElement(By.xpath("//a[text()='" + numbers.get(0) + "']/ancestor::td"));
    assertThat(
            (Boolean)
                ((JavascriptExecutor) browser)
                    .executeScript(
                        "return arguments[0].scrollWidth <= arguments[0].clientWidth;", cell))
        .as("ticket number cell not clipped")
        .isTrue();

    String name = "Mine " + System.nanoTime() % 100_000;
    String renamed = name + " renamed";
    browser.findElement(By.id("saveForm:viewName")).sendKeys(name);
    Pages.click(browser, By.id("saveForm:saveView"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("savedList"), name));

    queue.savedRowButton(name, "renameView");
    WebElement field = browser.findElement(By.cssSelector("#savedList input[id$=':newName']"));
    assertThat(field.getAttribute("value")).isEqualTo(name);
    field.clear();
    field.sendKeys(renamed);
    Pages.click(browser, By.cssSelector("#savedList button[id$=':confirmRename']"));
    Pages.settled(browser);
    assertThat(Pages.text(browser, By.id("messages"))).contains("renamed to").contains(renamed);
    assertThat(queue.savedNames()).contains(renamed).doesNotContain(name);
    FollowUpPages.screenshots(browser, "queue-saved-views");

    queue.savedRowButton(renamed, "deleteView");
    assertThat(Pages.text(browser, By.id("savedList"))).contains("Delete the view");
    Pages.click(browser, By.cssSelector("#savedList button[id$=':confirmDelete']"));
    Pages.settled(browser);
    assertThat(Pages.text(browser, By.id("messages"))).contains("deleted");
    assertThat(queue.savedNames()).doesNotContain(renamed);
    Axe.assertNoSeriousViolations(browser, "axe on the saved views");
  }

  /** The queue page as an agent sees it. */
  record QueuePage(WebDriver browser) {
    QueuePage open(String base, String team) {
      browser.get(base + "agent/queue.xhtml?view=team&team=" + team);
      Pages.waitFor(browser)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("queueForm:queue")));
      return this;
    }

    List<String> numbers() {
      Pages.settled(browser);
      return browser.findElements(By.cssSelector("#queueForm\\:queue a.queue-open")).stream()
          .map(e -> e.getText())
          .toList();
    }

    List<String> resultNumbers() {
      Pages.settled(browser);
      return browser.findElements(By.cssSelector("#resultTable a.queue-open")).stream()
          .map(e -> e.getText())
          .toList();
    }

    List<String> savedNames() {
      Pages.settled(browser);
      return browser.findElements(By.cssSelector("#savedList a.loket-queue-view")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    /** Clicks the rename or delete button on the row of saved view {@code name}. */
    void savedRowButton(String name, String button) {
      Pages.click(
          browser,
          By.xpath(
              "//li[contains(@class,'loket-saved-row')][.//a[normalize-space(.)='"
                  + name
                  + "']]//button[contains(@id,':"
                  + button
                  + "')]"));
      Pages.settled(browser);
    }

    String currentView() {
      return Pages.text(browser, By.cssSelector(".loket-queue-view.current"));
    }

    void filterWords(String words) {
      browser.findElement(By.id("filterForm:text")).clear();
      browser.findElement(By.id("filterForm:text")).sendKeys(words);
      Pages.click(browser, By.id("filterForm:apply"));
      Pages.settled(browser);
    }

    void assignSelected(String number, String assignee) {
      Pages.click(
          browser,
          By.xpath(
              "//a[text()='" + number + "']/ancestor::tr//div[contains(@class,'ui-chkbox-box')]"));
      browser.findElement(By.id("queueForm:bulkAssignee")).sendKeys(assignee);
      Pages.click(browser, By.id("queueForm:bulkAssign"));
      Pages.settled(browser);
    }

    void search(String q) {
      browser.findElement(By.id("searchForm:q")).clear();
      browser.findElement(By.id("searchForm:q")).sendKeys(q);
      Pages.click(browser, By.id("searchForm:searchButton"));
      Pages.waitFor(browser)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("resultTable")));
    }
  }
}
