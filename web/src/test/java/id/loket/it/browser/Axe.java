package id.loket.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Accessibility check of the page in the browser with axe-core (WCAG 2.0/2.1, levels A and AA). Axe
 * is injected through WebDriver's script execution (the DevTools protocol), which the page's
 * Content-Security-Policy does not govern: the strict nonce policy stays in force for the page's
 * own scripts, and {@link Browser#cspViolations} still sees any violation.
 */
final class Axe {

  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Axe() {}

  /**
   * Fails listing each serious or critical violation of the current page: rule id, help and the
   * elements (selector and HTML) that break it.
   */
  static void assertNoSeriousViolations(WebDriver browser, String pageName) {
    Pages.settled(browser);
    Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
    assertThat(results.isErrored()).as("axe ran on " + pageName).isFalse();
    assertThat(results.getPasses()).as("axe checked rules on " + pageName).isNotEmpty();
    List<Rule> serious =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .toList();
    assertThat(serious)
        .as(
            () ->
                "accessibility violations on "
                    + pageName
                    + ":\n"
                    + serious.stream().map(Axe::describe).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  private static String describe(Rule rule) {
    return "- "
        + rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + rule.getNodes().stream()
            .map(n -> "\n    " + n.getTarget() + "  " + n.getHtml())
            .collect(Collectors.joining());
  }
}
