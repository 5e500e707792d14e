package id.loket.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one authentication mechanism of the application (Jakarta Security allows one): HTTP Basic for
 * {@code /api/*}, a login form for pages.
 *
 * <p>API: every request carries its credentials; none creates a session (so a browser session can
 * never be used to forge an API call). Missing or wrong credentials on a protected resource get 401
 * with {@code WWW-Authenticate: Basic} and a problem+json body.
 *
 * <p>Pages: {@code LoginBean} passes the credential through {@code SecurityContext.authenticate};
 * on success the caller is remembered in a fresh session (the id is changed against fixation). An
 * anonymous request for a protected page is redirected to the login page.
 */
@ApplicationScoped
public class LoketAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_KEY = "loket.caller";

  /** Where an anonymous visitor wanted to go; the login form returns there. */
  static final String NEXT_KEY = "loket.next";

  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/")
        ? api(request, response, context)
        : page(request, response, context);
  }

  private AuthenticationStatus api(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential credential = decodeBasic(header.substring(6).trim());
      if (credential != null) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
          return context.notifyContainerAboutLogin(result);
        }
      }
      return unauthorized(response, "The user name or password is wrong.");
    }
    if (context.isProtected()) {
      return unauthorized(response, "Sign in with HTTP Basic authentication to use the Loket API.");
    }
    return context.doNothing();
  }

  private AuthenticationStatus page(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      request.getSession(true);
      request.changeSessionId();
      request
          .getSession()
          .setAttribute(
              SESSION_KEY,
              new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    SessionCaller caller =
        session == null ? null : (SessionCaller) session.getAttribute(SESSION_KEY);
    if (caller != null) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
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
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      try {
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login
                    + "\"/></partial-response>");
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

  private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"Loket\", charset=\"UTF-8\"");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                  + detail
                  + "\"}");
    } catch (IOException e) {
      // the client has gone; the status is set
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
