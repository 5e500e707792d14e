package id.loket.platform.web;

import id.loket.platform.LoketConfig;
import id.loket.platform.RowsRead;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * Diagnostics, off by default ({@code loket.diagnostics.rows-read-header}): every response says in
 * {@value #HEADER} how many database rows it read — the API when its answer is ready, a page just
 * before it renders (pages load their data in their view action).
 */
public final class RowsReadHeader {

  public static final String HEADER = "X-Loket-Rows-Read";

  private RowsReadHeader() {}

  /** Starts the count for each request. */
  @WebFilter(urlPatterns = "/*")
  public static class Reset extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
        throws IOException, ServletException {
      RowsRead.reset();
      chain.doFilter(req, res);
    }
  }

  /** The API's answers. */
  @Provider
  public static class Api implements ContainerResponseFilter {
    @Inject LoketConfig config;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (config.rowsReadHeader()) {
        response.getHeaders().putSingle(HEADER, Long.toString(RowsRead.count()));
      }
    }
  }

  /** The pages (registered in faces-config.xml). */
  public static class Pages implements PhaseListener {
    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
      FacesContext faces = event.getFacesContext();
      LoketConfig config =
          jakarta.enterprise.inject.spi.CDI.current().select(LoketConfig.class).get();
      if (config.rowsReadHeader()
          && faces.getExternalContext().getResponse() instanceof HttpServletResponse response
          && !response.isCommitted()) {
        response.setHeader(HEADER, Long.toString(RowsRead.count()));
      }
    }

    @Override
    public void afterPhase(PhaseEvent event) {}

    @Override
    public PhaseId getPhaseId() {
      return PhaseId.RENDER_RESPONSE;
    }
  }
}
