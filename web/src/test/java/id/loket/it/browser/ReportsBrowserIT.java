package id.loket.it.browser;

import static id.loket.it.LoketDeployment.PASSWORD;
import static id.loket.it.LoketDeployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.loket.it.LoketDeployment;
import id.loket.it.browser.Pages.LoginPage;
import id.loket.it.browser.Pages.TicketPage;
import id.loket.it.probe.AccountsProbe;
import id.loket.it.support.ItSla;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 11, the report pages in Chromium, as a manager: the dashboard's tiles show the window's
 * numbers; a bar of the escalation chart leads to the escalations of that week and level, and a row
 * to its ticket; the list downloads as CSV (a header and one line per escalation of the level) and
 * as Excel (a workbook POI opens, with the same rows); the PDF link carries the report and the
 * filter and answers a PDF. A requester is refused the pages. Axe-clean; screenshots desktop and
 * 390 px.
 */
@ExtendWith({ArquillianExtension.class, BrowserDiagnostics.class})
class ReportsBrowserIT {

  /** The requester escalations this test raises (level NOT_SATISFIED, this week). */
  static final int UNHAPPY = 3;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar().addClass(AccountsProbe.class);
  }

  @ArquillianResource URL base;
  WebDriver browser;
  Path downloads;

  @BeforeEach
  void startBrowser() throws Exception {
    browser = Browser.start();
    downloads = Files.createTempDirectory("loket-downloads");
    ((ChromeDriver) browser)
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toString()));
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
  void aManagerDrillsDownFromTheChartToTheTicketAndExportsTheList() throws Exception {
    List<String> unhappy = data();
    new LoginPage(browser).open(base.toString()).signIn("maya", PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));

    // the dashboard, through the header's link
    Pages.click(browser, By.id("navReports"));
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("tiles")));
    assertThat(Pages.text(browser, By.tagName("h1"))).isEqualTo("Reports");
    long escalations = number(tileValue("tileEscalations"));
    assertThat(escalations).isGreaterThanOrEqualTo(UNHAPPY + 2);
    assertThat(number(tileValue("tileBacklog"))).isGreaterThanOrEqualTo(UNHAPPY + 1);
    assertThat(tileValue("tileFlow")).matches("\\d+ / \\d+");
    assertThat(tileValue("tileCsat")).matches("[0-9.]+ / 5");
    assertThat(browser.findElement(By.id("tileEscalations")).getAttribute("href"))
        .contains("manager/report-escalations.xhtml?from=");
    Pages.screenshots(browser, "reports-dashboard", By.id("tiles"));
    Axe.assertNoSeriousViolations(browser, "axe on the reports dashboard");

    // the bar of this week's "not satisfied" escalations
    clickBar("escalationChart", 4);
    Pages.waitFor(browser).until(ExpectedConditions.urlContains("level=NOT_SATISFIED"));
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("list:rows")));
    assertThat(Pages.text(browser, By.tagName("h1"))).isEqualTo("Escalation report");
    String scope = Pages.text(browser, By.id("rowsScope"));
    Matcher listed = Pattern.compile("(\\d+) escalations of level Not satisfied").matcher(scope);
    assertThat(listed.find()).as(scope).isTrue();
    int rows = Integer.parseInt(listed.group(1));
    assertThat(rows).isGreaterThanOrEqualTo(UNHAPPY);
    String table = Pages.text(browser, By.id("list:rows"));
    assertThat(table).contains(unhappy).contains("Not satisfied").doesNotContain("Breach");
    Pages.screenshots(browser, "reports-escalations", By.id("list:rows"));
    Axe.assertNoSeriousViolations(browser, "axe on the escalation report");

    // the PDF of the same view
    String pdf = browser.findElement(By.id("pdfLink")).getAttribute("href");
    assertThat(pdf).contains("manager/report.pdf?report=escalations&from=").contains("&to=");
    Response answer =
        RestAssured.given()
            .cookie("JSESSIONID", browser.manage().getCookieNamed("JSESSIONID").getValue())
            .redirects()
            .follow(false)
            .get(pdf);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/pdf");
    assertThat(new String(answer.asByteArray(), 0, 4, StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF");

    // CSV: a header and one line per escalation of the level
    Pages.click(browser, By.id("list:rowsCsv"));
    List<String> csv =
        Files.readAllLines(download("escalations.csv"), StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .toList();
    assertThat(csv.get(0)).contains("Ticket").contains("Level").contains("Requester");
    assertThat(csv).hasSize(rows + 1);
    assertThat(String.join("\n", csv)).contains(unhappy);

    // Excel: a workbook POI opens, with the same rows
    Pages.click(browser, By.id("list:rowsXlsx"));
    try (InputStream in = Files.newInputStream(download("escalations.xlsx"));
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(rows + 1);
      List<String> numbers = new ArrayList<>();
      for (int i = 1; i <= rows; i++) {
        numbers.add(sheet.getRow(i).getCell(1).getStringCellValue());
      }
      assertThat(numbers).contains(unhappy.toArray(String[]::new));
    }

    // a row leads to its ticket
    String newest = unhappy.get(unhappy.size() - 1);
    Pages.click(browser, By.linkText(newest));
    assertThat(new TicketPage(browser).await().number()).isEqualTo(newest);
  }

  @Test
  void everyReportPageShowsItsFiguresAndKeepsItsFilterInTheAddress() throws Exception {
    String comment = "Took a week " + UUID.randomUUID().toString().substring(0, 8);
    String rated = LoketDeployment.open(base, "rina", "Report data: slow printer fix");
    as(base, "sari")
        .body(Map.of("to", "RESOLVED"))
        .post("api/tickets/" + rated + "/transitions")
        .then()
        .statusCode(200);
    as(base, "rina")
        .body(Map.of("rating", 2, "comment", comment))
        .post("api/tickets/" + rated + "/satisfaction")
        .then()
        .statusCode(201);
    new LoginPage(browser).open(base.toString()).signIn("maya", PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));

    Map<String, String> pages =
        Map.of(
            "sla", "SLA compliance",
            "backlog", "Backlog",
            "satisfaction", "Satisfaction",
            "load", "Load");
    for (var page : pages.entrySet()) {
      browser.get(base + "manager/report-" + page.getKey() + ".xhtml");
      Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("pdfLink")));
      assertThat(Pages.text(browser, By.tagName("h1"))).isEqualTo(page.getValue());
      assertThat(browser.findElements(By.cssSelector(".ui-chart canvas"))).isNotEmpty();
      assertThat(browser.findElement(By.id("pdfLink")).getAttribute("href"))
          .contains("manager/report.pdf?report=" + page.getKey() + "&from=");
      Pages.screenshots(browser, "reports-" + page.getKey(), By.cssSelector(".ui-chart"));
      Axe.assertNoSeriousViolations(browser, "axe on the " + page.getKey() + " report");
    }
    browser.get(base + "manager/report-satisfaction.xhtml");
    assertThat(Pages.text(browser, By.id("lowForm:low"))).contains(rated).contains(comment);
    assertThat(number(Pages.text(browser, By.id("figureRatings")))).isPositive();

    // the filter bar: "Apply" puts the filter in the address
    Pages.click(browser, By.id("filterForm:priority"));
    Pages.click(browser, By.cssSelector("[id='filterForm:priority_panel'] li[data-label='P2']"));
    Pages.click(browser, By.id("filterForm:apply"));
    Pages.waitFor(browser).until(ExpectedConditions.urlContains("priority=P2"));
    assertThat(browser.getCurrentUrl()).contains("from=").contains("to=");
    assertThat(browser.findElement(By.id("reportNav-backlog")).getAttribute("href"))
        .contains("priority=P2");

    // a reversed window is named next to its field
    browser.get(base + "manager/report-backlog.xhtml?from=2026-12-03&to=2026-11-01");
    Pages.waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("filterForm"), "The last day comes before the first day."));
    assertThat(browser.findElements(By.id("figures"))).isEmpty();
    Axe.assertNoSeriousViolations(browser, "axe on a refused filter");
  }

  @Test
  void aRequesterIsRefusedTheReports() throws Exception {
    new LoginPage(browser).open(base.toString()).signIn("rina", PASSWORD);
    Pages.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("myTickets")));
    assertThat(browser.findElements(By.id("navReports"))).isEmpty();
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    for (String page : List.of("manager/reports.xhtml", "manager/report-escalations.xhtml")) {
      RestAssured.given()
          .baseUri(base.toString())
          .cookie("JSESSIONID", session)
          .redirects()
          .follow(false)
          .get(page)
          .then()
          .statusCode(403);
    }
  }

  /**
   * A warning and a breach (a requester with a first-response target of seconds), {@link #UNHAPPY}
   * requester escalations, and a low rating: answers the numbers of the unhappy tickets, oldest
   * first.
   */
  private List<String> data() throws Exception {
    String slaUser = ItSla.requesterWithPolicies(base, PASSWORD, Map.of("P2", new int[] {2, 3600}));
    String late =
        as(base, slaUser)
            .body(
                Map.of(
                    "title", "Report data: VPN drops " + UUID.randomUUID(),
                    "description", "Every ten minutes.",
                    "category", "software",
                    "impact", "HIGH",
                    "urgency", "MEDIUM"))
            .post("api/tickets")
            .then()
            .statusCode(201)
            .extract()
            .path("number");
    List<String> unhappy = new ArrayList<>();
    for (int i = 0; i < UNHAPPY; i++) {
      String number = LoketDeployment.open(base, "rina", "Report data: unanswered " + i);
      as(base, "rina")
          .body(Map.of("reason", "Nobody answered " + i))
          .post("api/tickets/" + number + "/escalations")
          .then()
          .statusCode(201);
      unhappy.add(number);
    }
    String rated = LoketDeployment.open(base, "rina", "Report data: rated low");
    as(base, "sari")
        .body(Map.of("to", "RESOLVED"))
        .post("api/tickets/" + rated + "/transitions")
        .then()
        .statusCode(200);
    as(base, "rina")
        .body(Map.of("rating", 1, "comment", "Took a week"))
        .post("api/tickets/" + rated + "/satisfaction")
        .then()
        .statusCode(201);
    await()
        .atMost(Duration.ofSeconds(40))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              List<Map<String, Object>> items =
                  as(base, "maya")
                      .queryParam("ticket", late)
                      .get("api/escalations")
                      .then()
                      .extract()
                      .jsonPath()
                      .getList("items");
              return items.stream().anyMatch(c -> Integer.valueOf(2).equals(c.get("level")));
            });
    return unhappy;
  }

  private String tileValue(String tile) {
    return Pages.text(browser, By.cssSelector("#" + tile + " .loket-report-tile-value"));
  }

  private static long number(String text) {
    return Long.parseLong(text.strip());
  }

  /**
   * Clicks the middle of the last week's bar of data set {@code dataSet} (a level) of the chart,
   * where Chart.js drew it.
   */
  private void clickBar(String widget, int dataSet) {
    Pages.settled(browser);
    WebElement canvas = browser.findElement(By.cssSelector("[id$='" + widget + "'] canvas"));
    Pages.scrollTo(browser, By.cssSelector("[id$='" + widget + "'] canvas"));
    @SuppressWarnings("unchecked")
    List<Number> bar =
        (List<Number>)
            Pages.waitFor(browser)
                .until(
                    b ->
                        ((JavascriptExecutor) b)
                            .executeScript(
                                "var w = PrimeFaces.widgets['"
                                    + widget
                                    + "']; if (!w || !w.chart) return null;"
                                    + " var d = w.chart.getDatasetMeta(arguments[0]).data;"
                                    + " var e = d[d.length - 1];"
                                    + " var r = arguments[1].getBoundingClientRect();"
                                    + " return [e.x, e.y, e.base, r.width, r.height];",
                                dataSet,
                                canvas));
    double x = bar.get(0).doubleValue();
    double y = (bar.get(1).doubleValue() + bar.get(2).doubleValue()) / 2;
    new Actions(browser)
        .moveToElement(
            canvas,
            (int) Math.round(x - bar.get(3).doubleValue() / 2),
            (int) Math.round(y - bar.get(4).doubleValue() / 2))
        .click()
        .perform();
  }

  /** Waits until the browser has saved {@code name} in the download folder, and answers it. */
  private Path download(String name) {
    Path file = downloads.resolve(name);
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                Files.exists(file)
                    && Files.size(file) > 0
                    && !Files.exists(downloads.resolve(name + ".crdownload")));
    return file;
  }
}
