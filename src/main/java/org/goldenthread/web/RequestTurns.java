package org.goldenthread.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests take turns, in the order they came: the app works on at most two for each processor at
 * once ({@code goldenthread.requests-at-once} to set another number), and the others wait, each on
 * its own thread, for the next turn. More at once would only share the processors and the database
 * connections, and every one would finish later.
 *
 * <p>The queue is fair on purpose. Tomcat's own (a few threads, connections waiting for one) lets a
 * kept-alive connection whose next request has already come go first, so that under load some
 * people waited half a second for a page that others got in a few milliseconds.
 *
 * <p>A turn is for work on the processors, not for waiting on someone's network: an upload (a
 * multipart body, read as it arrives) takes none, and a response gives its turn back once its body
 * passes {@value #LARGE_BODY} bytes, when what remains is to send a file at the reader's speed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestTurns extends OncePerRequestFilter {

  static final int PER_PROCESSOR = 2;
  static final int LARGE_BODY = 64 * 1024;

  private final int atOnce;
  private final Semaphore turns;

  RequestTurns(@Value("${goldenthread.requests-at-once:0}") int atOnce) {
    this.atOnce = atOnce > 0 ? atOnce : PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
    this.turns = new Semaphore(this.atOnce, true);
  }

  /** How many requests may be worked on at once. */
  int atOnce() {
    return atOnce;
  }

  /** How many requests are waiting for a turn now. */
  int waiting() {
    return turns.getQueueLength();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (RequestBodyLimit.isUpload(request)) {
      chain.doFilter(request, response);
      return;
    }
    Turn turn = new Turn();
    try {
      chain.doFilter(request, new TurnGivenBackForLargeBodies(response, turn));
    } finally {
      turn.end();
    }
  }

  /** One request's turn, taken when made and given back once. */
  private final class Turn {

    private final AtomicBoolean held = new AtomicBoolean(true);

    Turn() {
      turns.acquireUninterruptibly();
    }

    void end() {
      if (held.compareAndSet(true, false)) {
        turns.release();
      }
    }
  }

  /** The response, which gives the turn back when its body grows large. */
  private static final class TurnGivenBackForLargeBodies extends HttpServletResponseWrapper {

    private final Turn turn;
    private ServletOutputStream body;

    TurnGivenBackForLargeBodies(HttpServletResponse response, Turn turn) {
      super(response);
      this.turn = turn;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (body == null) {
        body = new CountedBody(super.getOutputStream(), turn);
      }
      return body;
    }
  }

  private static final class CountedBody extends ServletOutputStream {

    private final ServletOutputStream out;
    private final Turn turn;
    private long written;

    CountedBody(ServletOutputStream out, Turn turn) {
      this.out = out;
      this.turn = turn;
    }

    @Override
    public void write(int b) throws IOException {
      counted(1);
      out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      counted(length);
      out.write(bytes, offset, length);
    }

    private void counted(int length) {
      written += length;
      if (written > LARGE_BODY) {
        turn.end();
      }
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    @Override
    public boolean isReady() {
      return out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      out.setWriteListener(listener);
    }
  }
}
