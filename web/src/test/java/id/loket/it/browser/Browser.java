package id.loket.it.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from the operating system's packages (never a downloaded browser): {@code
 * /usr/bin/chromium} and {@code /usr/bin/chromedriver}, overridable with the system properties
 * {@code loket.chromium} and {@code loket.chromedriver}.
 */
final class Browser {

  private Browser() {}

  static WebDriver start() throws Exception {
    String chromium = System.getProperty("loket.chromium", "/usr/bin/chromium");
    String driver = System.getProperty("loket.chromedriver", "/usr/bin/chromedriver");
    Path profile = Files.createTempDirectory("loket-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=en",
        "--user-data-dir=" + profile);
    // The browser's console (CSP violations are reported there), read by the tests.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(driver))
            .usingAnyFreePort()
            .build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return browser;
  }

  /**
   * The Content-Security-Policy violations the browser reported since the last call (Chromium
   * writes each to its console: "Refused to execute inline script because it violates ...").
   */
  static List<String> cspViolations(WebDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy"))
        .toList();
  }
}
