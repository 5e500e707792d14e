package id.loket.security;

import id.loket.identity.boundary.ApiTokens;
import id.loket.identity.boundary.CallerIdentity;
import id.loket.identity.entity.Role;
import id.loket.platform.LoketConfig;
import id.loket.platform.web.AjaxRedirect;
import id.loket.platform.web.HttpEdge;
import id.loket.platform.web.Languages;
import id.loket.platform.web.Messages;
import id.loket.platform.web.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one authentication mechanism of the application (Jakarta Security allows one): HTTP Basic for
 * {@code /api/*}, a login form for pages.
 *
 * <p>API: every request carries its credentials, a personal access token ({@code Authorization:
 * Bearer lkt_…}, see {@link ApiTokens}) or HTTP Basic; none creates a session (so a browser session
 * can never be used to forge an API call). Missing or wrong credentials on a protected resource get
 * 401 with {@code WWW-Authenticate: Basic} and a problem+json body; an account or address in its
 * sign-in delay gets 429 with {@code Retry-After}, and 503 with {@code Retry-After} when every
 * permit to hash a password is taken (see {@link SignIn}).
 *
 * <p>Pages: {@code LoginBean} passes the credential through {@code SecurityContext.authenticate};
 * on success the caller is remembered in a fresh session (the id is changed against fixation). An
 * anonymous request for a protected page is redirected to the login page. Every request of a
 * session checks the user's security stamp (see {@link Stamps}): a disabled user, a new password or
 * changed roles end the session (invalidated, back to the login page).
 */
@ApplicationScoped
public class LoketAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_KEY = "loket.caller";

  /** Where an anonymous visitor wanted to go; the login form returns there. */
  static final String NEXT_KEY = "loket.next";

  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject LoketConfig config;

  /** Request attribute for {@code LoginBean}: seconds the account must wait (a {@code Long}). */
  static final String RETRY_AFTER = "loket.signin.retryAfter";

  /** Request attribute for {@code LoginBean}: no permit to hash was free. */
  static final String BUSY = "loket.signin.busy";

  @Inject SignIn signIn;
  @EJB ApiTokens tokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    long maxBody =
        HttpEdge.limit(request, config.maxRequestBytes(), config.maxUploadRequestBytes());
    if (!HttpEdge.admit(request, response, maxBody)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || machineRequest(path, request)
        ? api(request, response, context)
        : page(request, response, context);
  }

  /**
   * {@code /health} and {@code /metrics} are read by machines (probes, scrapers) that sign in with
   * HTTP Basic like API clients (without credentials: 401 with a Basic challenge, not a redirect to
   * the login page); a browser with a session reaches them as a page.
   */
  private static boolean machineRequest(String path, HttpServletRequest request) {
    boolean machine =
        path.equals("/health")
            || path.startsWith("/health/")
            || path.equals("/metrics")
            || path.startsWith("/metrics/");
    return machine
        && (request.getHeader("Authorization") != null || request.getSession(false) == null);
  }

  private AuthenticationStatus api(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<CallerIdentity> caller = tokens.authenticate(header.substring(7).trim());
      if (caller.isPresent()) {
        return context.notifyContainerAboutLogin(
            caller.get().username(),
            caller.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
      }
      return unauthorized(request, response, "problem.signin.token");
    }
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential credential = decodeBasic(header.substring(6).trim());
      if (credential == null) {
        return unauthorized(request, response, "problem.signin.wrong");
      }
      SignIn.Outcome outcome = signIn.check(credential, request.getRemoteAddr());
      if (outcome instanceof SignIn.Verified v) {
        return context.notifyContainerAboutLogin(v.caller().name(), v.caller().groups());
      }
      if (outcome instanceof SignIn.Throttled t) {
        return tooManyAttempts(request, response, t);
      }
      if (outcome instanceof SignIn.Busy) {
        return busy(request, response);
      }
      return unauthorized(request, response, "problem.signin.wrong");
    }
    if (context.isProtected()) {
      return unauthorized(request, response, "problem.signin.required");
    }
    return context.doNothing();
  }

  private AuthenticationStatus page(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      SignIn.Outcome outcome = signIn.check(password, request.getRemoteAddr());
      if (outcome instanceof SignIn.Throttled t) {
        request.setAttribute(RETRY_AFTER, t.seconds());
      } else if (outcome instanceof SignIn.Busy) {
        request.setAttribute(BUSY, Boolean.TRUE);
      }
      if (!(outcome instanceof SignIn.Verified verified)) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      request.getSession(true);
      request.changeSessionId();
      request.getSession().setAttribute(SESSION_KEY, verified.caller());
      return context.notifyContainerAboutLogin(
          verified.caller().name(), verified.caller().groups());
    }
    HttpSession session = request.getSession(false);
    SessionCaller caller =
        session == null ? null : (SessionCaller) session.getAttribute(SESSION_KEY);
    if (caller != null) {
      if (signIn.isCurrent(caller)) {
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
      }
      session.invalidate();
    }
    if (context.isProtected()) {
      return toLoginPage(request, response, context);
    }
    return context.doNothing();
  }

  /**
   * Sends an anonymous visitor to the login page, remembering a page (not an image or the like)
   * they asked for with GET. A JSF AJAX request (e.g. after the session expired) gets a
   * partial-response redirect, which the page follows; a plain 302 would be swallowed by the AJAX
   * call.
   */
  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String login = request.getContextPath() + LOGIN_PAGE;
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("GET".equals(request.getMethod()) && (path.endsWith(".xhtml") || path.equals("/"))) {
      String query = request.getQueryString();
      request
          .getSession(true)
          .setAttribute(NEXT_KEY, request.getRequestURI() + (query == null ? "" : "?" + query));
    }
    if (AjaxRedirect.isAjax(request)) {
      try {
        AjaxRedirect.partial(response, login);
      } catch (IOException e) {
        // the client has gone
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(login);
  }

  private static UsernamePasswordCredential decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0
          ? null
          : new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static AuthenticationStatus tooManyAttempts(
      HttpServletRequest request, HttpServletResponse response, SignIn.Throttled throttled) {
    long seconds = throttled.seconds();
    return refuse(
        response,
        429,
        "Too Many Requests",
        seconds,
        Messages.get(locale(request), "signin.throttled", seconds),
        "signin.throttled");
  }

  private static AuthenticationStatus busy(
      HttpServletRequest request, HttpServletResponse response) {
    return refuse(
        response,
        503,
        "Service Unavailable",
        1,
        Messages.get(locale(request), "signin.busy"),
        "signin.busy");
  }

  private static AuthenticationStatus refuse(
      HttpServletResponse response,
      int status,
      String title,
      long retryAfter,
      String detail,
      String code) {
    response.setHeader("Retry-After", Long.toString(retryAfter));
    Problem.write(response, status, title, detail, code);
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** Indonesian when the client prefers it, else English; a malformed header means English. */
  private static Locale locale(HttpServletRequest request) {
    return Languages.pick(request.getHeader("Accept-Language"));
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response, String key) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Loket\", charset=\"UTF-8\"");
    Problem.write(response, 401, "Unauthorized", Messages.get(locale(request), key), key);
    return AuthenticationStatus.SEND_FAILURE;
  }
}
