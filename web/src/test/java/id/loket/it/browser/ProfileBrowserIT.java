package id.loket.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.it.LoketDeployment;
import id.loket.it.browser.Pages.LoginPage;
import io.restassured.RestAssured;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The profile page in a real (headless) Chromium: make an API token, see it once, revoke it. */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class ProfileBrowserIT {

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
    browser.quit();
  }

  @Test
  void aUserMakesATokenSeesItOnceAndRevokesIt() throws Exception {
    new LoginPage(browser).open(base.toString()).signIn("maya", LoketDeployment.PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));
    Pages.click(browser, By.id("headerForm:navProfile"));
    Pages.waitFor(browser).until(ExpectedConditions.urlContains("profile.xhtml"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My profile");
    assertThat(browser.findElement(By.id("roles")).getText()).isEqualTo("MANAGER");

    browser.findElement(By.id("tokenForm:name")).sendKeys("nightly export");
    Pages.click(browser, By.id("tokenForm:create"));
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("secret")));
    String token = browser.findElement(By.id("secret")).getAttribute("value");
    assertThat(token).matches("lkt_[0-9a-f]{10}_[A-Za-z0-9_-]{43}");
    assertThat(browser.getPageSource()).contains("shown only this once");
    assertThat(browser.findElement(By.id("tokens:tokenTable")).getText())
        .contains("nightly export")
        .contains("lkt_" + token.substring(4, 14))
        .doesNotContain(token);
    bearer(token).then().statusCode(200);

    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(dir.resolve("profileWithNewToken.png"), screenshot());
    browser.manage().window().setSize(new Dimension(390, 844));
    Files.write(dir.resolve("profileOnAPhone.png"), screenshot());

    Pages.click(browser, By.id("tokens:tokenTable:0:revoke"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
    Pages.click(browser, By.cssSelector(".ui-confirmdialog-yes"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "nightly export was revoked"));
    assertThat(browser.findElements(By.id("secret"))).as("the secret is gone").isEmpty();
    assertThat(browser.findElement(By.id("tokens:tokenTable")).getText())
        .doesNotContain("nightly export");
    bearer(token).then().statusCode(401);
    Files.write(dir.resolve("profileAfterRevokingOnAPhone.png"), screenshot());
  }

  private io.restassured.response.Response bearer(String token) {
    return RestAssured.given()
        .baseUri(base.toString())
        .header("Authorization", "Bearer " + token)
        .get("api/tickets");
  }

  private byte[] screenshot() {
    return ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
  }
}
