package id.loket.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import id.loket.it.LoketDeployment;
import id.loket.it.browser.Pages.LoginPage;
import id.loket.it.browser.Pages.NewTicketPage;
import id.loket.it.browser.Pages.TicketPage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Attachments in a real (headless) Chromium: a screenshot chosen on the new-ticket form shows as a
 * thumbnail on the ticket page, a comment carries a document, a disguised executable is refused
 * with its reason, and another requester finds neither the ticket nor the file.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class AttachmentBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;
  WebDriver browser;
  Path files;

  @BeforeEach
  void startBrowser() throws Exception {
    browser = Browser.start();
    files = Files.createTempDirectory("loket-attach");
  }

  @AfterEach
  void stopBrowser() {
    browser.quit();
  }

  @Test
  void aRequesterAttachesEvidenceAndNobodyElseSeesIt() throws Exception {
    Path screenshot = Files.write(files.resolve("screenshot.png"), png(640, 360));
    Path disguised = Files.write(files.resolve("holiday.png"), exe());
    Path report = Files.write(files.resolve("report.pdf"), pdf());

    new LoginPage(browser).open(base.toString()).signIn("rina", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));
    NewTicketPage form =
        new NewTicketPage(browser)
            .open(base.toString())
            .title("Blue screen after docking")
            .description("The laptop crashes when I plug in the dock; screenshot attached.");
    AttachPanel attach = new AttachPanel(browser, "ticketForm");
    assertThat(Pages.text(browser, By.id("attachHint")))
        .contains("up to 10 MiB per file, 10 files at once");
    attach.choose(disguised);
    assertThat(attach.refused()).contains("holiday.png").contains("does not accept");
    attach.choose(screenshot);
    assertThat(attach.accepted()).contains("screenshot.png").contains("image/png");
    assertThat(accessibilityViolations(".loket-attach")).isEmpty();
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelector('.loket-attach').scrollIntoView({block: 'center'});");
    Files.write(dir.resolve("newTicketWithStagedFiles.png"), screenshot());
    form.submit();

    TicketPage ticket = new Pages.CreatedPage(browser).await().view();
    String number = ticket.number();
    WebElement thumbnail =
        Pages.waitFor(browser)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".loket-attach-thumb img")));
    Pages.waitFor(browser).until(b -> loaded(thumbnail));
    assertThat(thumbnail.getAttribute("alt")).contains("screenshot.png");
    String download = thumbnail.findElement(By.xpath("..")).getAttribute("href");
    assertThat(download).matches(".*/files/\\d+");

    browser.findElement(By.id("commentForm:body")).sendKeys("Here is the crash report.");
    AttachPanel commentFiles = new AttachPanel(browser, "commentForm");
    commentFiles.choose(report);
    assertThat(commentFiles.accepted()).contains("report.pdf");
    Pages.click(browser, By.id("commentForm:send"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("commentForm"), "Here is the crash report."));
    Pages.settled(browser);
    WebElement pdfLink = browser.findElement(By.cssSelector(".loket-comment a.loket-attach-file"));
    assertThat(pdfLink.getText()).contains("report.pdf").contains("application/pdf");
    assertThat(browser.findElements(By.cssSelector(".loket-attach-accepted")))
        .as("nothing is waiting any more")
        .isEmpty();
    assertThat(Browser.cspViolations(browser)).isEmpty();
    assertThat(accessibilityViolations(".loket-attachments")).isEmpty();

    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelector('.loket-attachments').scrollIntoView({block: 'start'});");
    Files.write(dir.resolve("ticketWithAttachments.png"), screenshot());
    browser.manage().window().setSize(new Dimension(390, 844));
    assertThat(
            (Boolean)
                ((JavascriptExecutor) browser)
                    .executeScript(
                        "return Array.from(document.querySelectorAll('.loket-attachments,"
                            + " .loket-attach')).every(e => e.getBoundingClientRect().right"
                            + " <= document.documentElement.clientWidth);"))
        .as("the attachments fit a 390 px screen")
        .isTrue();
    Files.write(dir.resolve("ticketWithAttachmentsOnAPhone.png"), screenshot());

    browser.manage().deleteAllCookies();
    browser.manage().window().setSize(new Dimension(1280, 900));
    new LoginPage(browser).open(base.toString()).signIn("budi", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));
    browser.get(base + "tickets/view.xhtml?number=" + number);
    Pages.settled(browser);
    assertThat(browser.findElements(By.id("ticketNumber"))).isEmpty();
    assertThat(browser.getPageSource()).doesNotContain("Blue screen").doesNotContain("screenshot");
    browser.get(download);
    assertThat(browser.getPageSource())
        .contains("No such attachment was found")
        .doesNotContain("screenshot.png");
  }

  /** The attachments part of a form: choose files, read what was accepted or refused. */
  record AttachPanel(WebDriver browser, String form) {

    void choose(Path file) {
      int before = items();
      browser
          .findElement(By.cssSelector("input[type='file'][id^='" + form + ":attachFiles']"))
          .sendKeys(file.toAbsolutePath().toString());
      Pages.waitFor(browser).until(b -> items() > before);
      Pages.settled(browser);
    }

    private int items() {
      return browser.findElements(By.cssSelector("[id='" + form + ":attachStaged'] li")).size();
    }

    String accepted() {
      return Pages.text(
          browser, By.cssSelector("[id='" + form + ":attachStaged'] .loket-attach-list"));
    }

    String refused() {
      return Pages.text(
          browser, By.cssSelector("[id='" + form + ":attachStaged'] .loket-attach-refused"));
    }
  }

  private boolean loaded(WebElement image) {
    Object width =
        ((JavascriptExecutor) browser)
            .executeScript("return arguments[0].complete && arguments[0].naturalWidth;", image);
    return width instanceof Number n && n.intValue() == 240;
  }

  /** What axe-core finds wrong (WCAG 2 A and AA) in the parts of the page this feature adds. */
  private List<String> accessibilityViolations(String selector) {
    Results results =
        new AxeBuilder()
            .include(List.of(selector))
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(browser);
    return results.getViolations().stream()
        .map(r -> r.getId() + ": " + r.getHelp() + " " + r.getNodes())
        .toList();
  }

  private byte[] screenshot() {
    return ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
  }

  static byte[] png(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, (y < height / 2 ? 0x1e3a8a : 0xf8fafc) ^ (x % 64 < 32 ? 0 : 0x101010));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  static byte[] exe() {
    byte[] b = new byte[512];
    b[0] = 'M';
    b[1] = 'Z';
    b[2] = (byte) 0x90;
    b[4] = 3;
    b[8] = 4;
    b[12] = (byte) 0xff;
    b[13] = (byte) 0xff;
    return b;
  }

  static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }
}
