package id.loket.it.support;

import io.restassured.RestAssured;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Puts the contract test ({@link ApiContract}) in front of every REST Assured call of the
 * integration tests, so that no test has to opt in, new ones included. Failsafe sets {@code
 * loket.it.contract} (Maven property {@code it.contract}, true by default; {@code
 * -Dit.contract=false} to look at a failure without it); Surefire does not, so unit tests are left
 * alone. Registered in {@code
 * META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public final class ApiContractSession implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (Boolean.getBoolean("loket.it.contract")) {
      RestAssured.filters(ApiContract.FILTER);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (Boolean.getBoolean("loket.it.contract")) {
      System.out.println(
          "Contract test: " + ApiContract.FILTER.checked() + " API calls checked against /openapi");
    }
    RestAssured.replaceFiltersWith(java.util.List.of());
  }
}
