package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Requests wait for a turn in the order they came; a turn ends with its request, or sooner when the
 * response's body grows large; an upload takes none. The waits are on latches, never on the clock.
 */
class RequestTurnsTests {

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<String> started = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void twoTurnsForEachProcessorWhenNothingIsSet() {
    assertThat(new RequestTurns(0).atOnce())
        .isEqualTo(2 * Runtime.getRuntime().availableProcessors());
    assertThat(new RequestTurns(3).atOnce()).isEqualTo(3);
  }

  @Test
  void requestsBeyondTheTurnsWaitAndGoInTheOrderTheyCame() throws Exception {
    RequestTurns turns = new RequestTurns(1);
    CountDownLatch firstMayEnd = new CountDownLatch(1);
    Future<?> first = answer(turns, get("first"), holdingUntil(firstMayEnd));
    awaitStarted("first");

    Future<?> second = answer(turns, get("second"), recording());
    awaitWaiting(turns, 1);
    Future<?> third = answer(turns, get("third"), recording());
    awaitWaiting(turns, 2);
    assertThat(started).containsExactly("first");

    firstMayEnd.countDown();
    first.get(10, TimeUnit.SECONDS);
    second.get(10, TimeUnit.SECONDS);
    third.get(10, TimeUnit.SECONDS);
    assertThat(started).containsExactly("first", "second", "third");
  }

  @Test
  void aTurnEndsWhenItsRequestFails() throws Exception {
    RequestTurns turns = new RequestTurns(1);
    FilterChain failing =
        (request, response) -> {
          throw new IllegalStateException("the page failed");
        };

    assertThatThrownBy(() -> turns.doFilter(get("failing"), new MockHttpServletResponse(), failing))
        .hasMessage("the page failed");

    answer(turns, get("next"), recording()).get(10, TimeUnit.SECONDS);
    assertThat(started).containsExactly("next");
  }

  @Test
  void aLargeBodyGivesTheTurnBackWhileItIsSent() throws Exception {
    RequestTurns turns = new RequestTurns(1);
    CountDownLatch downloadMayEnd = new CountDownLatch(1);
    Future<?> download =
        answer(turns, get("download"), writing(RequestTurns.LARGE_BODY + 1, downloadMayEnd));
    awaitStarted("download");

    answer(turns, get("page"), recording()).get(10, TimeUnit.SECONDS);

    assertThat(started).containsExactly("download", "page");
    downloadMayEnd.countDown();
    download.get(10, TimeUnit.SECONDS);
  }

  @Test
  void aSmallBodyKeepsTheTurnUntilTheRequestEnds() throws Exception {
    RequestTurns turns = new RequestTurns(1);
    CountDownLatch pageMayEnd = new CountDownLatch(1);
    Future<?> page = answer(turns, get("page"), writing(RequestTurns.LARGE_BODY, pageMayEnd));
    awaitStarted("page");

    Future<?> next = answer(turns, get("next"), recording());
    awaitWaiting(turns, 1);
    assertThat(started).containsExactly("page");

    pageMayEnd.countDown();
    page.get(10, TimeUnit.SECONDS);
    next.get(10, TimeUnit.SECONDS);
    assertThat(started).containsExactly("page", "next");
  }

  @Test
  void anUploadTakesNoTurn() throws Exception {
    RequestTurns turns = new RequestTurns(1);
    CountDownLatch pageMayEnd = new CountDownLatch(1);
    Future<?> page = answer(turns, get("page"), holdingUntil(pageMayEnd));
    awaitStarted("page");
    MockHttpServletRequest upload = new MockHttpServletRequest("POST", "upload");
    upload.setContentType("multipart/form-data; boundary=x");

    answer(turns, upload, recording()).get(10, TimeUnit.SECONDS);

    assertThat(started).containsExactly("page", "upload");
    pageMayEnd.countDown();
    page.get(10, TimeUnit.SECONDS);
  }

  private static MockHttpServletRequest get(String name) {
    return new MockHttpServletRequest("GET", name);
  }

  private Future<?> answer(RequestTurns turns, MockHttpServletRequest request, FilterChain chain) {
    return threads.submit(
        () -> {
          turns.doFilter(request, new MockHttpServletResponse(), chain);
          return null;
        });
  }

  private FilterChain recording() {
    return (request, response) -> started.add(((MockHttpServletRequest) request).getRequestURI());
  }

  /** Writes a body of so many bytes, then holds the request until it may end. */
  private FilterChain writing(int bytes, CountDownLatch mayEnd) {
    return (request, response) -> {
      response.getOutputStream().write(new byte[bytes]);
      started.add(((MockHttpServletRequest) request).getRequestURI());
      await(mayEnd);
    };
  }

  private FilterChain holdingUntil(CountDownLatch mayEnd) {
    return (request, response) -> {
      started.add(((MockHttpServletRequest) request).getRequestURI());
      await(mayEnd);
    };
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void awaitStarted(String name) throws InterruptedException {
    for (int i = 0; i < 1000 && !started.contains(name); i++) {
      Thread.sleep(10);
    }
    assertThat(started).contains(name);
  }

  private static void awaitWaiting(RequestTurns turns, int waiting) throws InterruptedException {
    for (int i = 0; i < 1000 && turns.waiting() < waiting; i++) {
      Thread.sleep(10);
    }
    assertThat(turns.waiting()).isEqualTo(waiting);
  }
}
