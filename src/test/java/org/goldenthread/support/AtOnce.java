package org.goldenthread.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two requests sent at the same moment: each on its own thread, both held at a latch until both are
 * ready, then let go together, as two people pressing "Save" at once would.
 */
public final class AtOnce {

  private AtOnce() {}

  /** Runs both at once and answers their results, in the order given. */
  public static <T> List<T> run(Callable<T> first, Callable<T> second) {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<T>> running = new ArrayList<>();
      for (Callable<T> request : List.of(first, second)) {
        running.add(
            threads.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return request.call();
                }));
      }
      ready.await();
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> result : running) {
        results.add(result.get(60, TimeUnit.SECONDS));
      }
      return results;
    } catch (Exception e) {
      throw new IllegalStateException("A request sent at once with another failed", e);
    } finally {
      threads.shutdownNow();
    }
  }
}
