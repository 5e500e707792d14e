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
      waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
      return this;
    }

    void signIn(String user, String password) {
      browser.findElement(By.id("loginForm:username")).sendKeys(user);
      browser.findElement(By.id("loginForm:password")).sendKeys(password);
      browser.findElement(By.id("loginForm:submit")).click();
    }

    void switchToIndonesian() {
      browser.findElement(By.id("loginForm:langId")).click();
      waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("label[for='loginForm:username']"), "Nama pengguna"));
    }

    String messages() {
      return browser.findElement(By.id("loginForm:messages")).getText();
    }
  }

  record NewTicketPage(WebDriver browser) {
    NewTicketPage open(String base) {
      browser.get(base + "tickets/new.xhtml");
      waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("ticketForm:title")));
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

    /** Chooses a category by its visible label, through PrimeFaces' hidden native select. */
    NewTicketPage category(String label) {
      browser.findElement(By.id("ticketForm:category")).click();
      By item = By.xpath("//li[contains(@class,'ui-selectonemenu-item') and normalize-space(.)='" + label + "']");
      waitFor(browser).until(ExpectedConditions.elementToBeClickable(item)).click();
      return this;
    }

    void submit() {
      browser.findElement(By.id("ticketForm:submit")).click();
    }

    String errorFor(String field) {
      return browser.findElement(By.id("ticketForm:" + field + "Message")).getText();
    }
  }

  record TicketPage(WebDriver browser) {
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
  }
}
