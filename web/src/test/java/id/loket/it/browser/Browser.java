package id.loket.it.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(driver))
            .usingAnyFreePort()
            .build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return browser;
  }
}
