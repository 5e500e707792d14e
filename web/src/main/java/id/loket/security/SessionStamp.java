package id.loket.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Keeps the session that changed its own user's password signed in: the change replaced the
 * security stamp (which ends every other session and cached password), so this session takes the
 * new stamp — and a new session id, as after a sign-in.
 */
@RequestScoped
public class SessionStamp {

  @Inject HttpServletRequest request;

  /** Gives the current session's caller {@code stamp}; nothing without a signed-in session. */
  public void renew(String stamp) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(LoketAuthenticationMechanism.SESSION_KEY)
            instanceof SessionCaller caller)) {
      return;
    }
    request.changeSessionId();
    request
        .getSession()
        .setAttribute(
            LoketAuthenticationMechanism.SESSION_KEY,
            new SessionCaller(caller.name(), caller.groups(), stamp));
  }
}
