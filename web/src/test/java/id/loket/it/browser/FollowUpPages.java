package id.loket.it.browser;

import static id.loket.it.browser.Pages.settled;
import static id.loket.it.browser.Pages.text;
import static id.loket.it.browser.Pages.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page objects of the follow-up part (issue 7): help, article, ticket follow-up, escalations. */
final class FollowUpPages {

  private FollowUpPages() {}

  /** Saves the page as it looks on a desktop and at 390 px wide under target/screenshots. */
  static void screenshots(WebDriver browser, String name) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Dimension desktop = browser.manage().window().getSize();
    settled(browser);
    Files.write(
        dir.resolve(name + "-desktop.png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(new Dimension(390, 844));
    settled(browser);
    Files.write(
        dir.resolve(name + "-390.png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(desktop);
  }

  record HelpPage(WebDriver browser) {
    HelpPage open(String base) {
      browser.get(base + "help.xhtml");
      waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("searchForm:q")));
      return this;
    }

    HelpPage search(String words) {
      browser.findElement(By.id("searchForm:q")).clear();
      browser.findElement(By.id("searchForm:q")).sendKeys(words);
      Pages.click(browser, By.id("searchForm:searchButton"));
      waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("hits")));
      settled(browser);
      return this;
    }

    String heading() {
      return text(browser, By.tagName("h1"));
    }

    String hits() {
      return text(browser, By.id("hits"));
    }

    int highlights() {
      return browser.findElements(By.cssSelector("#hits mark")).size();
    }

    ArticlePage openHit(String titleStart) {
      browser
          .findElement(
              By.xpath(
                  "//ul[@id='hits']//a[starts-with(normalize-space(.), '" + titleStart + "')]"))
          .click();
      return new ArticlePage(browser).await();
    }
  }

  record ArticlePage(WebDriver browser) {
    ArticlePage open(String base, String slug) {
      browser.get(base + "knowledge/article.xhtml?slug=" + slug);
      waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
      return this;
    }

    ArticlePage await() {
      waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("articleTitle")));
      return this;
    }

    String title() {
      return text(browser, By.tagName("h1"));
    }

    String body() {
      return text(browser, By.id("articleBody"));
    }
  }

  /** The follow-up part of a ticket's page. */
  record FollowUpPanel(WebDriver browser) {

    FollowUpPanel open(String base, String number) {
      browser.get(base + "tickets/view.xhtml?number=" + number);
      waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("ticketNumber")));
      return this;
    }

    String closeButton() {
      return text(browser, By.id("rateForm:closeTicket"));
    }

    FollowUpPanel closeWithRating(int stars, String comment) {
      browser
          .findElement(By.cssSelector("input[name='rateForm:rating'][value='" + stars + "']"))
          .click();
      browser.findElement(By.id("rateForm:comment")).sendKeys(comment);
      Pages.click(browser, By.id("rateForm:closeTicket"));
      waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("ratingNotice")));
      settled(browser);
      return this;
    }

    FollowUpPanel escalate(String reason) {
      browser.findElement(By.id("escalateForm:reason")).sendKeys(reason);
      Pages.click(browser, By.id("escalateForm:escalate"));
      waitFor(browser)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("escalationNotice")));
      settled(browser);
      return this;
    }

    String status() {
      return text(browser, By.id("ticketStatus"));
    }

    String rating() {
      return text(browser, By.id("ratingNotice"));
    }

    String escalation() {
      return text(browser, By.id("escalationNotice"));
    }

    boolean offersEscalation() {
      return !browser.findElements(By.id("escalateForm:escalate")).isEmpty();
    }
  }

  record EscalationsPage(WebDriver browser) {
    EscalationsPage open(String base) {
      browser.get(base + "manager/escalations.xhtml");
      waitFor(browser)
          .until(
              ExpectedConditions.visibilityOfElementLocated(By.id("escalationList:escalations")));
      return this;
    }

    String list() {
      return text(browser, By.id("escalationList:escalations"));
    }
  }
}
