package id.loket.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page objects for Loket's pages: what a person sees and does, not how the HTML is built. */
final class Pages {

  private Pages() {}

  static WebDriverWait waitFor(WebDriver browser) {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  record LoginPage(WebDriver browser) {
    LoginPage open(String base) {
      browser.get(base + "login.xhtml");
      waitFor(browser)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
      return this;
    }

    void signIn(String user, String password) {
      browser.findElement(By.id("loginForm:username")).clear();
      browser.findElement(By.id("loginForm:username")).sendKeys(user);
      browser.findElement(By.id("loginForm:password")).sendKeys(password);
      browser.findElement(By.id("loginForm:submit")).click();
    }

    void switchToIndonesian() {
      browser.findElement(By.id("loginForm:langId")).click();
      waitFor(browser)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("label[for='loginForm:username']"), "Nama pengguna"));
    }

    String messages() {
      return browser.findElement(By.id("loginForm:messages")).getText();
    }
  }

  record NewTicketPage(WebDriver browser) {
    NewTicketPage open(String base) {
      browser.get(base + "tickets/new.xhtml");
      waitFor(browser)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("ticketForm:title")));
      return this;
    }

    NewTicketPage title(String text) {
      browser.findElement(By.id("ticketForm:title")).sendKeys(text);
      return this;
    }

    NewTicketPage description(String text) {
      browser.findElement(By.id("ticketForm:description")).sendKeys(text);
      return this;
    }

    /** Chooses a category by its visible label, as a person does: open the menu, click the item. */
    NewTicketPage category(String label) {
      By panel = By.id("ticketForm:category_panel");
      By item = By.cssSelector("[id='ticketForm:category_panel'] li[data-label='" + label + "']");
      By shown = By.id("ticketForm:category_label");
      waitFor(browser)
          .until(
              d -> {
                if (!d.findElement(panel).isDisplayed()) {
                  d.findElement(
                          By.cssSelector("[id='ticketForm:category'] .ui-selectonemenu-trigger"))
                      .click();
                }
                WebElementWait.clickWhenVisible(d, item);
                return label.equals(d.findElement(shown).getText());
              });
      return this;
    }

    void submit() {
      browser.findElement(By.id("ticketForm:submit")).click();
    }

    String errorFor(String field) {
      return browser.findElement(By.id("ticketForm:" + field + "Message")).getText();
    }
  }

  /** Small waits that tolerate PrimeFaces' overlay animations. */
  static final class WebElementWait {
    private WebElementWait() {}

    static void clickWhenVisible(WebDriver browser, By locator) {
      var found = browser.findElements(locator);
      if (!found.isEmpty() && found.get(0).isDisplayed()) {
        found.get(0).click();
      }
    }
  }

  record TicketPage(WebDriver browser) {
    TicketPage open(String base, String number) {
      browser.get(base + "tickets/view.xhtml?number=" + number);
      return await();
    }

    TicketPage await() {
      waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("ticketNumber")));
      return this;
    }

    String number() {
      return browser.findElement(By.id("ticketNumber")).getText();
    }

    String status() {
      return browser.findElement(By.id("ticketStatus")).getText();
    }

    String flash() {
      return browser.findElement(By.id("messages")).getText();
    }

    String history() {
      return browser.findElement(By.id("history")).getText();
    }

    String conversation() {
      return browser.findElement(By.id("commentForm")).getText();
    }

    /** How many history lines the page shows now. */
    int historyRows() {
      return browser.findElements(By.cssSelector("[id$='history_data'] > tr")).size();
    }

    /** Presses "Older" under the history and waits until more lines are shown. */
    TicketPage olderHistory() {
      int before = historyRows();
      browser.findElement(By.id("historyForm:olderHistory")).click();
      waitFor(browser).until(b -> historyRows() > before);
      return this;
    }

    /** Presses the status button with this label and waits for the page to show the new status. */
    TicketPage move(String button, String expectedStatus) {
      browser.findElement(By.xpath("//button[normalize-space(.)='" + button + "']")).click();
      waitFor(browser).until(ExpectedConditions.textToBe(By.id("ticketStatus"), expectedStatus));
      return this;
    }

    TicketPage writeInternalNote(String text) {
      browser.findElement(By.id("commentForm:body")).sendKeys(text);
      browser.findElement(By.xpath("//label[normalize-space(.)='Internal note']")).click();
      browser.findElement(By.id("commentForm:send")).click();
      waitFor(browser)
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("commentForm"), text));
      return this;
    }
  }
}
