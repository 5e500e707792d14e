package id.loket.it.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page objects for Loket's pages: what a person sees and does, not how the HTML is built. */
final class Pages {

  private Pages() {}

  static WebDriverWait waitFor(WebDriver browser) {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  /**
   * Waits until no PrimeFaces/jQuery request is running, so that the page has stopped changing
   * after a click.
   */
  static void settled(WebDriver browser) {
    waitFor(browser)
        .until(
            b ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) b)
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                                + " && (!window.jQuery || jQuery.active === 0);")));
  }

  /**
   * Clicks the element once the page has settled, finding it again if an Ajax update replaced it or
   * something still covered it (neither click happened, so trying again is safe).
   */
  static void click(WebDriver browser, By locator) {
    settled(browser);
    waitFor(browser)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementClickInterceptedException.class)
        .ignoring(ElementNotInteractableException.class)
        .until(
            b -> {
              WebElement element = b.findElement(locator);
              if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
              }
              element.click();
              return true;
            });
  }

  /**
   * Waits until the duplicate guard of an intake form (if the page has one) is not busy: no look-up
   * waiting for the typing to pause, none running (guards.js keeps its aria-busy).
   */
  static void guardSettled(WebDriver browser) {
    waitFor(browser)
        .until(
            b ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) b)
                        .executeScript(
                            "var g = document.getElementById('duplicateGuard');"
                                + " return !g || g.getAttribute('aria-busy') !== 'true';")));
    settled(browser);
  }

  /**
   * The text of an element, read again if an update replaced the element between finding and
   * reading it (an Ajax update may swap a node while the test reads it).
   */
  static String text(WebDriver browser, By locator) {
    settled(browser);
    return waitFor(browser)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(WebDriverException.class)
        .until(b -> b.findElement(locator).getText());
  }

  /**
   * Saves the page at desktop size ({@code name}.png) and 390 px wide ({@code name}OnAPhone.png)
   * under target/screenshots, each scrolled so that {@code focus} is in the middle.
   */
  static void screenshots(WebDriver driver, String name, By focus) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    scrollTo(driver, focus);
    Files.write(dir.resolve(name + ".png"), png(driver));
    driver.manage().window().setSize(new Dimension(390, 844));
    settled(driver);
    scrollTo(driver, focus);
    Files.write(dir.resolve(name + "OnAPhone.png"), png(driver));
    driver.manage().window().setSize(new Dimension(1280, 900));
    settled(driver);
  }

  static void scrollTo(WebDriver driver, By focus) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(focus));
  }

  static byte[] png(WebDriver driver) {
    return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
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
      click(browser, By.id("loginForm:submit"));
    }

    void switchToIndonesian() {
      click(browser, By.id("loginForm:langId"));
      waitFor(browser)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("label[for='loginForm:username']"), "Nama pengguna"));
    }

    String messages() {
      return browser.findElement(By.id("loginForm:messages")).getText();
    }
  }

  /**
   * The intake: categories and request types as cards, then the type's form. {@link #open} opens
   * the form of the catch-all type ("Something else": title and description only).
   */
  record NewTicketPage(WebDriver browser) {
    NewTicketPage open(String base) {
      return openType(base, "general-question");
    }

    /** The deep link {@code new.xhtml?type=<code>}. */
    NewTicketPage openType(String base, String type) {
      browser.get(base + "tickets/new.xhtml?type=" + type);
      waitFor(browser)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("ticketForm:title")));
      return this;
    }

    /** The catalog's first step: the category cards. */
    NewTicketPage openCatalog(String base) {
      browser.get(base + "tickets/new.xhtml");
      waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("categories")));
      return this;
    }

    /** Clicks the card with this name (a category or a request type). */
    NewTicketPage pick(String name) {
      By card =
          By.xpath(
              "//a[contains(@class,'loket-card')][.//span[@class='loket-card-name' and"
                  + " normalize-space(.)='"
                  + name
                  + "']]");
      waitFor(browser)
          .ignoring(StaleElementReferenceException.class)
          .until(ExpectedConditions.elementToBeClickable(card))
          .click();
      return this;
    }

    /** Waits for the form of the type with this name. */
    NewTicketPage awaitForm(String typeName) {
      waitFor(browser).until(ExpectedConditions.textToBe(By.id("typeName"), typeName));
      return this;
    }

    NewTicketPage title(String text) {
      browser.findElement(By.id("ticketForm:title")).sendKeys(text);
      return this;
    }

    /**
     * Phone intake (staff): types {@code typed} into the requester picker and picks {@code user}.
     */
    NewTicketPage requester(String typed, String user) {
      browser.findElement(By.id("ticketForm:requester_input")).sendKeys(typed);
      waitFor(browser)
          .ignoring(StaleElementReferenceException.class)
          .until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector(
                      "[id='ticketForm:requester_panel'] li[data-item-value='" + user + "']")))
          .click();
      settled(browser);
      return this;
    }

    NewTicketPage description(String text) {
      browser.findElement(By.id("ticketForm:description")).sendKeys(text);
      return this;
    }

    private org.openqa.selenium.WebElement fieldBox(String key) {
      return browser.findElement(By.cssSelector(".loket-field[data-key='" + key + "']"));
    }

    /** Types into the text, number or long-text field with this key. */
    NewTicketPage type(String key, String text) {
      fieldBox(key).findElement(By.cssSelector("input, textarea")).sendKeys(text);
      return this;
    }

    /** Sets a date or date-time field (the browser's own picker differs by locale). */
    NewTicketPage set(String key, String isoValue) {
      var input = fieldBox(key).findElement(By.cssSelector("input"));
      ((JavascriptExecutor) browser)
          .executeScript(
              "arguments[0].value = arguments[1];"
                  + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
              input,
              isoValue);
      return this;
    }

    /** Ticks the checkbox with this label in a multi-choice field. */
    NewTicketPage tick(String key, String label) {
      fieldBox(key).findElement(By.xpath(".//label[normalize-space(.)='" + label + "']")).click();
      return this;
    }

    String label(String key) {
      return fieldBox(key).findElement(By.tagName("label")).getText();
    }

    String hint(String key) {
      return fieldBox(key).findElement(By.cssSelector(".loket-hint")).getText();
    }

    String fieldError(String key) {
      return text(browser, By.id("error-" + key));
    }

    /**
     * Sends the form once the duplicate guard has shown what it found for the text typed last: its
     * list appears above the button, and a click while it moves the page would land elsewhere.
     */
    void submit() {
      guardSettled(browser);
      click(browser, By.id("ticketForm:submit"));
    }

    String errorFor(String field) {
      return browser.findElement(By.id("ticketForm:" + field + "Message")).getText();
    }
  }

  /** The confirmation after a new ticket. */
  record CreatedPage(WebDriver browser) {
    CreatedPage await() {
      waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("createdNumber")));
      return this;
    }

    String number() {
      return text(browser, By.id("createdNumber"));
    }

    String firstResponse() {
      return text(browser, By.id("firstResponse"));
    }

    TicketPage view() {
      click(browser, By.id("viewTicket"));
      return new TicketPage(browser).await();
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
      return text(browser, By.id("ticketNumber"));
    }

    String status() {
      return text(browser, By.id("ticketStatus"));
    }

    String flash() {
      return text(browser, By.id("messages"));
    }

    String history() {
      return text(browser, By.id("history"));
    }

    /** The values of the request type's form, as "label: value" lines. */
    String details() {
      return text(browser, By.id("details"));
    }

    String channel() {
      return text(browser, By.id("channel"));
    }

    /** Changes one text field of the request type's form on the page and saves. */
    TicketPage changeField(String key, String text) {
      click(browser, By.id("fieldsForm:editFields"));
      By input = By.cssSelector("[id='fieldsForm'] .loket-field[data-key='" + key + "'] input");
      waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(input)).clear();
      browser.findElement(input).sendKeys(text);
      click(browser, By.id("fieldsForm:saveFields"));
      waitFor(browser)
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("details"), text));
      settled(browser);
      return this;
    }

    String conversation() {
      return text(browser, By.id("commentForm"));
    }

    /** How many history lines the page shows now. */
    int historyRows() {
      return browser.findElements(By.cssSelector("[id$='history_data'] > tr")).size();
    }

    /** Presses "Older" under the history and waits until more lines are shown. */
    TicketPage olderHistory() {
      int before = historyRows();
      click(browser, By.id("historyForm:olderHistory"));
      waitFor(browser).until(b -> historyRows() > before);
      return this;
    }

    /** Presses the status button with this label and waits for the page to show the new status. */
    TicketPage move(String button, String expectedStatus) {
      click(browser, By.xpath("//button[normalize-space(.)='" + button + "']"));
      waitFor(browser).until(ExpectedConditions.textToBe(By.id("ticketStatus"), expectedStatus));
      settled(browser);
      return this;
    }

    TicketPage writeInternalNote(String text) {
      browser.findElement(By.id("commentForm:body")).sendKeys(text);
      click(browser, By.xpath("//label[normalize-space(.)='Internal note']"));
      click(browser, By.id("commentForm:send"));
      waitFor(browser)
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("commentForm"), text));
      settled(browser);
      return this;
    }
  }
}
