package id.loket.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.it.LoketDeployment;
import id.loket.it.browser.Pages.CreatedPage;
import id.loket.it.browser.Pages.LoginPage;
import id.loket.it.browser.Pages.NewTicketPage;
import id.loket.it.browser.Pages.TicketPage;
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

/**
 * The service catalog in a real (headless) Chromium: a requester picks a category and a request
 * type, fills its form and gets the confirmation; an incident form explains each field; an
 * administrator adds a field and the portal shows it at once. Screenshots at desktop size and at
 * 390 px go to target/screenshots.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class CatalogBrowserIT {

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
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));
  }

  @Test
  void requesterChangesAFlightThroughTheCatalogAndFindsTheTicket() throws Exception {
    signIn("rina");
    NewTicketPage form = new NewTicketPage(browser).openCatalog(base.toString());
    screenshot("catalogCategoriesOnADesktop");
    Axe.assertNoSeriousViolations(browser, "the catalog's categories");
    form.pick("Travel: schedule change");
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("types")));
    form.pick("Change a flight schedule").awaitForm("Change a flight schedule");
    assertThat(form.hint("bookingReference")).contains("six-character code");

    form.title("Move my Bali flight by a day")
        .description("The workshop moved to Thursday.")
        .type("bookingReference", "XK9P2Q")
        .type("originalFlight", "GA 404 on 2 December")
        .type("newFlight", "GA 408")
        .set("newDate", "2026-12-03");
    screenshot("catalogFormOnADesktop");
    Axe.assertNoSeriousViolations(browser, "a request type's form");
    form.submit();

    CreatedPage created = new CreatedPage(browser).await();
    String number = created.number();
    assertThat(number).matches("LKT-\\d{4}-\\d{6}-\\d");
    assertThat(created.firstResponse()).contains("within one working day");
    screenshot("ticketCreatedOnADesktop");
    Axe.assertNoSeriousViolations(browser, "the confirmation page");
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.navigate().refresh();
    new CreatedPage(browser).await();
    screenshot("ticketCreatedOnAPhone");

    TicketPage ticket = created.view();
    assertThat(ticket.details())
        .contains("Booking reference")
        .contains("XK9P2Q")
        .contains("New date")
        .contains("2026-12-03");
    assertThat(ticket.channel()).isEqualTo("Portal");
    screenshot("ticketDetailsOnAPhone");
    Axe.assertNoSeriousViolations(browser, "the ticket page with a type's details");

    ticket.changeField("newFlight", "GA 410");
    assertThat(ticket.details()).contains("GA 410").doesNotContain("GA 408");
    assertThat(ticket.history()).contains("New flight").contains("GA 408").contains("GA 410");

    browser.get(base + "index.xhtml");
    Pages.waitFor(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("myTickets"), number));
  }

  @Test
  void anIncidentFormSaysWhyEachFieldHelpsAndNamesWhatIsMissing() throws Exception {
    signIn("budi");
    browser.manage().window().setSize(new Dimension(390, 844));
    NewTicketPage form = new NewTicketPage(browser).openCatalog(base.toString());
    screenshot("catalogCategoriesOnAPhone");
    form.pick("Software").pick("Application error").awaitForm("Application error");
    assertThat(form.label("service")).contains("Affected service or application");
    assertThat(form.hint("occurredAt")).isEqualTo("Lets us find the matching entries in the logs.");
    assertThat(form.hint("tried")).isEqualTo("Saves you from being asked to do it again.");

    form.title("Payroll app shows error 500")
        .description("Since this morning")
        .type("service", "Payroll")
        .tick("tried", "Tried another browser")
        .submit();
    assertThat(form.fieldError("stepsBefore")).isEqualTo("Please fill in this field.");
    assertThat(form.fieldError("occurredAt")).isEqualTo("Please fill in this field.");
    screenshot("incidentFormWithErrorsOnAPhone");
    Axe.assertNoSeriousViolations(browser, "an incident form with errors, on a phone");

    form.set("occurredAt", "2026-11-23T08:15")
        .type("stepsBefore", "Opened the payslip page")
        .type("expected", "My payslip")
        .type("actual", "Error 500")
        .submit();
    String number = new CreatedPage(browser).await().number();
    TicketPage ticket = new CreatedPage(browser).view();
    assertThat(ticket.number()).isEqualTo(number);
    assertThat(ticket.details())
        .contains("Payroll")
        .contains("2026-11-23 08:15")
        .contains("Tried another browser");
  }

  @Test
  void anAdministratorAddsAFieldAndThePortalFormShowsIt() throws Exception {
    signIn("admin");
    Pages.click(browser, By.id("navCatalog"));
    Pages.waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Service catalog"));
    screenshot("adminCatalogOnADesktop");
    browser.get(base + "admin/request-type.xhtml?code=general-question");
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("typeForm:addField")));
    Pages.click(browser, By.id("typeForm:addField"));
    Pages.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("typeForm:fields:0:key")));
    browser.findElement(By.id("typeForm:fields:0:key")).sendKeys("costCentre");
    browser.findElement(By.id("typeForm:fields:0:labelEn")).sendKeys("Cost centre");
    browser.findElement(By.id("typeForm:fields:0:labelId")).sendKeys("Pusat biaya");
    browser.findElement(By.id("typeForm:fields:0:helpEn")).sendKeys("Who pays for it.");
    browser.findElement(By.id("typeForm:fields:0:helpId")).sendKeys("Siapa yang membiayainya.");
    screenshot("adminRequestTypeOnADesktop");
    Pages.click(browser, By.id("typeForm:save"));
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "general-question"));

    NewTicketPage form = new NewTicketPage(browser).openType(base.toString(), "general-question");
    assertThat(form.label("costCentre")).contains("Cost centre");
    assertThat(form.hint("costCentre")).isEqualTo("Who pays for it.");
  }

  @Test
  void anAgentTakesACallForARequesterWhoThenOwnsTheTicket() throws Exception {
    signIn("sari");
    NewTicketPage form = new NewTicketPage(browser).openType(base.toString(), "cancellation");
    form.requester("rin", "rina")
        .title("Cancel the Surabaya trip")
        .description("Rina called: the meeting is off.")
        .type("bookingReference", "QZ77AB")
        .type("reason", "The meeting was cancelled")
        .submit();
    TicketPage ticket = new CreatedPage(browser).await().view();
    assertThat(ticket.channel()).isEqualTo("Phone");
    assertThat(browser.findElement(By.id("requester")).getText()).isEqualTo("rina");
    assertThat(ticket.history()).contains("sari");
    screenshot("phoneIntakeTicketOnADesktop");
  }
}
