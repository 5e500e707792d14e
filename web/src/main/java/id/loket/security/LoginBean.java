package id.loket.security;

import id.loket.platform.web.FacesErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** The login form and the sign-out action. */
@Named
@RequestScoped
public class LoginBean {

  @Inject SecurityContext security;
  @Inject FacesContext faces;

  private String username;
  private String password;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    password = null;
    switch (status) {
      case SUCCESS -> external.redirect(nextPage(external));
      case SEND_CONTINUE -> faces.responseComplete();
      default -> refused(external);
    }
  }

  private static void refused(ExternalContext external) {
    Object wait = external.getRequestMap().get(LoketAuthenticationMechanism.RETRY_AFTER);
    if (wait instanceof Long seconds) {
      FacesErrors.error("signin.throttled", seconds);
    } else if (external.getRequestMap().containsKey(LoketAuthenticationMechanism.BUSY)) {
      FacesErrors.error("signin.busy");
    } else {
      FacesErrors.error("login.failed");
    }
  }

  /** The page the visitor wanted before signing in (same application only), else the start page. */
  private static String nextPage(ExternalContext external) {
    String home = external.getRequestContextPath() + "/index.xhtml";
    HttpSession session = ((HttpServletRequest) external.getRequest()).getSession(false);
    Object next =
        session == null ? null : session.getAttribute(LoketAuthenticationMechanism.NEXT_KEY);
    if (session != null) {
      session.removeAttribute(LoketAuthenticationMechanism.NEXT_KEY);
    }
    String target = next instanceof String s ? s : null;
    boolean local =
        target != null
            && target.startsWith(external.getRequestContextPath() + "/")
            && !target.startsWith("//")
            && !target.contains(LoketAuthenticationMechanism.LOGIN_PAGE);
    return local ? target : home;
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(external.getRequestContextPath() + LoketAuthenticationMechanism.LOGIN_PAGE);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
