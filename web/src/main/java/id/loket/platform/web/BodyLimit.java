package id.loket.platform.web;

import id.loket.platform.LoketConfig;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The size limit for API bodies sent without a {@code Content-Length} (chunked): {@link HttpEdge}
 * refuses a declared length over the limit before anything is read, but a chunked body says its
 * size only by ending. Such a body is read through a counter that stops at the limit, and the call
 * is answered 413 ({@link TooLarge}, mapped by {@link ProblemMapper}). Forms cannot be chunked
 * (HttpEdge answers 411): browsers always send their length.
 */
@WebFilter(urlPatterns = "/api/*")
public class BodyLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient LoketConfig config;

  /** A body went over the limit while it was read. */
  public static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    TooLarge(long limit) {
      super("The request body is larger than " + limit + " bytes");
      this.limit = limit;
    }

    public long limit() {
      return limit;
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean unknownLength =
        request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
    chain.doFilter(
        unknownLength
            ? new Limited(
                request,
                HttpEdge.limit(request, config.maxRequestBytes(), config.maxUploadRequestBytes()))
            : request,
        response);
  }

  private static final class Limited extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  /** Passes bytes on until {@code limit} of them were read, then throws {@link TooLarge}. */
  static final class Counting extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new TooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
