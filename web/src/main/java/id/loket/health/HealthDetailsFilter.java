package id.loket.health;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code /health} is public (load balancers and orchestrators probe it without credentials), so it
 * tells the public only {@code UP} or {@code DOWN}, with the same status code (200/503). The checks
 * themselves — database product, broker state, backlog, error texts — are for administrators.
 */
@WebFilter(urlPatterns = {"/health", "/health/*"})
public class HealthDetailsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.isUserInRole("ADMIN")) {
      chain.doFilter(request, response);
      return;
    }
    Buffered buffered = new Buffered(response);
    chain.doFilter(request, buffered);
    String status = status(buffered.bytes());
    byte[] body = ("{\"status\":\"" + status + "\"}").getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The overall status of a MicroProfile Health answer; anything unreadable is DOWN. */
  static String status(byte[] json) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
      JsonObject answer = reader.readObject();
      return "UP".equals(answer.getString("status", "")) ? "UP" : "DOWN";
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      return "DOWN";
    }
  }

  /** Keeps what the health endpoint writes, so that only its status is passed on. */
  private static final class Buffered extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream stream;

    Buffered(HttpServletResponse response) {
      super(response);
    }

    byte[] bytes() {
      if (writer != null) {
        writer.flush();
      }
      return bytes.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("blocking only");
              }

              @Override
              public void write(int b) {
                bytes.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void setContentLength(int len) {
      // the length of the full answer is not the length of what is passed on
    }

    @Override
    public void setContentLengthLong(long len) {
      // as above
    }

    @Override
    public void flushBuffer() {
      // nothing is written to the client before the status is known
    }
  }
}
