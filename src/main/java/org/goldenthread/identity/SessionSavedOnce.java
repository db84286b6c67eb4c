package org.goldenthread.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a page in the container's buffer until its request is done, so that its session is saved
 * once and read once.
 *
 * <p>Spring Session saves the session as soon as the response starts to go out (the buffer is full,
 * or the view flushes it at its end), and again when the request is done; that second save reads
 * the session from the database once more (spring-session#1731), a statement and a transaction on
 * every page view. Here the buffer holds a whole page, and the view's flush of its writer is left
 * to the container, which sends the page when the request is done, after the one save. An answer
 * larger than the buffer (a document, an export) goes out as it is written, as before.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class SessionSavedOnce extends OncePerRequestFilter {

  /** More than the largest page; the container keeps a buffer this size with its connection. */
  static final int BUFFER_BYTES = 128 * 1024;

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (response.getBufferSize() < BUFFER_BYTES) {
      response.setBufferSize(BUFFER_BYTES);
    }
    chain.doFilter(request, new SentWhenDone(response));
  }

  /** A response whose writer's flush waits for the end of the request. */
  private static final class SentWhenDone extends HttpServletResponseWrapper {

    private PrintWriter writer;

    SentWhenDone(HttpServletResponse response) {
      super(response);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        writer =
            new PrintWriter(super.getWriter(), false) {
              @Override
              public void flush() {
                // The container sends what is written when the request is done.
              }
            };
      }
      return writer;
    }
  }
}
