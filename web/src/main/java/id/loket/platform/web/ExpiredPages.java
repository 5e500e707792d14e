package id.loket.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A form whose page state is gone or does not match — the session expired, the server restarted,
 * the {@code jakarta.faces.ViewState} field was forged or mangled, or the page's script nonce does
 * not match the one it was rendered with — is not a fault: the user gets the same page again,
 * freshly loaded, with "your page had expired, please try again" (nothing was sent), instead of an
 * error page. Works for full and AJAX submissions alike.
 *
 * <p>Three parts: the JSF exception handler catches {@link ViewExpiredException}; a servlet filter
 * catches PrimeFaces' nonce check ({@code CspException}), which is thrown by a phase listener and
 * so never reaches the handler; both remember the notice in the session and send the browser back
 * to the page, and {@link Notice} shows it when that page renders.
 */
public class ExpiredPages extends ExceptionHandlerFactory {

  private static final Logger LOG = Logger.getLogger(ExpiredPages.class.getName());

  /** Session attribute: the next page rendered says that the previous one had expired. */
  static final String NOTICE = "loket.page-expired";

  private static final String CSP_EXCEPTION = "org.primefaces.csp.CspException";

  public ExpiredPages(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static boolean causedBy(Throwable thrown, Class<?> type, String typeName) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if ((type != null && type.isInstance(t)) || t.getClass().getName().equals(typeName)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Remembers the notice and sends the browser back to {@code path} (a full page load; an AJAX
   * request gets a partial-response redirect, which the page follows).
   */
  static void reload(HttpServletRequest request, HttpServletResponse response, String path)
      throws IOException {
    request.getSession(true).setAttribute(NOTICE, Boolean.TRUE);
    String query = request.getQueryString();
    String target = request.getContextPath() + path + (query == null ? "" : "?" + query);
    LOG.log(Level.FINE, "Page state of {0} is gone or does not match; reloading it", path);
    AjaxRedirect.to(request, response, target);
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable thrown = events.next().getContext().getException();
        if (causedBy(thrown, ViewExpiredException.class, null)) {
          events.remove();
          FacesContext faces = FacesContext.getCurrentInstance();
          if (!faces.getResponseComplete()) { // the same failure may be queued more than once
            reload(faces, thrown);
          }
        }
      }
      getWrapped().handle();
    }

    private static void reload(FacesContext faces, Throwable thrown) {
      String viewId = null;
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof ViewExpiredException v) {
          viewId = v.getViewId();
          break;
        }
      }
      String path = viewId == null || !viewId.startsWith("/") ? "/index.xhtml" : viewId;
      try {
        ExpiredPages.reload(
            (HttpServletRequest) faces.getExternalContext().getRequest(),
            (HttpServletResponse) faces.getExternalContext().getResponse(),
            path);
      } catch (IOException e) {
        // the client has gone
      }
      faces.responseComplete();
    }
  }

  /** Catches PrimeFaces' script-nonce check, which fails outside the JSF exception handling. */
  @WebFilter(servletNames = "Faces Servlet")
  public static class NonceMismatch extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      try {
        chain.doFilter(request, response);
      } catch (ServletException | RuntimeException e) {
        if (!causedBy(e, null, CSP_EXCEPTION) || response.isCommitted()) {
          throw e;
        }
        response.resetBuffer();
        reload(request, response, request.getServletPath());
      }
    }
  }

  /** Shows the remembered notice on the page that is rendered next. */
  public static class Notice implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
      return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
      FacesContext faces = event.getFacesContext();
      Object session = faces.getExternalContext().getSession(false);
      if (session == null) {
        return;
      }
      Map<String, Object> attributes = faces.getExternalContext().getSessionMap();
      if (attributes.remove(NOTICE) == null) {
        return;
      }
      Locale locale =
          faces
              .getApplication()
              .evaluateExpressionGet(faces, "#{localeSelector.locale}", Locale.class);
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.get(locale, "page.expired"), null));
    }

    @Override
    public void afterPhase(PhaseEvent event) {
      // nothing
    }
  }
}
