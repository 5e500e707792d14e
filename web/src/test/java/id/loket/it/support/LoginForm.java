package id.loket.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.filter.session.SessionFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser sends with a JSF form — its view state and the page's script nonce (PrimeFaces'
 * script adds it to every submission under the Content-Security-Policy) — and signing in through
 * the login form that way.
 */
public final class LoginForm {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private LoginForm() {}

  /** The view state of the (first) form of a page. */
  public static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    assertThat(m.find()).as("a ViewState in the page").isTrue();
    return m.group(1).replace("&#58;", ":");
  }

  /** The script nonce the page was rendered with. */
  public static String nonce(String html) {
    Matcher m = NONCE.matcher(html);
    assertThat(m.find()).as("a CSP nonce in the page").isTrue();
    return m.group(1);
  }

  /**
   * Loads the login page in the session of {@code session} and submits it as a browser does; the
   * answer is not followed (a successful sign-in is a 302).
   */
  public static Response submit(URL base, SessionFilter session, String user, String password) {
    String form =
        RestAssured.given()
            .baseUri(base.toString())
            .filter(session)
            .get("login.xhtml")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return RestAssured.given()
        .baseUri(base.toString())
        .filter(session)
        .redirects()
        .follow(false)
        .contentType(ContentType.URLENC)
        .formParam("loginForm", "loginForm")
        .formParam("loginForm:username", user)
        .formParam("loginForm:password", password)
        .formParam("loginForm:submit", "")
        .formParam("jakarta.faces.ViewState", viewState(form))
        .formParam("primefaces.nonce", nonce(form))
        .post("login.xhtml");
  }
}
