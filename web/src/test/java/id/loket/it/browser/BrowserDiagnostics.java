package id.loket.it.browser;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * When a browser test fails, says where the browser was and what it showed (the address, the
 * heading, the start of the page's text), in the failure itself, and keeps a screenshot in
 * target/screenshots/failed-*.png: a failure on a CI machine can then be understood from its report
 * alone. Runs before the test's {@code @AfterEach} closes the browser.
 */
final class BrowserDiagnostics implements TestExecutionExceptionHandler {

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    WebDriver browser = browserOf(context.getRequiredTestInstance());
    if (browser == null) {
      throw failure;
    }
    String page;
    try {
      String text = browser.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
      page =
          "browser at "
              + browser.getCurrentUrl()
              + " showing: "
              + (text.length() > 700 ? text.substring(0, 700) + "…" : text);
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(
          dir.resolve("failed-" + context.getRequiredTestMethod().getName() + ".png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (Exception e) {
      page = "browser state unreadable: " + e;
    }
    System.out.println("[browser] " + context.getDisplayName() + ": " + page);
    AssertionError explained = new AssertionError(page + "\n" + failure.getMessage(), failure);
    throw explained;
  }

  private static WebDriver browserOf(Object test) throws IllegalAccessException {
    for (Class<?> c = test.getClass(); c != null; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (WebDriver.class.isAssignableFrom(f.getType())) {
          f.setAccessible(true);
          return (WebDriver) f.get(test);
        }
      }
    }
    return null;
  }
}
