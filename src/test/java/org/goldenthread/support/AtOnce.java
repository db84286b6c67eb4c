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
 * Requests sent at the same moment: each on its own thread, all held at a latch until all are
 * ready, then let go together, as people pressing "Save" at once would.
 */
public final class AtOnce {

  private AtOnce() {}

  /** Runs them all at once and answers their results, in the order given. */
  @SafeVarargs
  public static <T> List<T> run(Callable<T>... requests) {
    return run(List.of(requests));
  }

  public static <T> List<T> run(List<Callable<T>> requests) {
    ExecutorService threads = Executors.newFixedThreadPool(requests.size());
    CountDownLatch ready = new CountDownLatch(requests.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<T>> running = new ArrayList<>();
      for (Callable<T> request : requests) {
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
        results.add(result.get(2, TimeUnit.MINUTES));
      }
      return results;
    } catch (Exception e) {
      throw new IllegalStateException("A request sent at once with others failed", e);
    } finally {
      threads.shutdownNow();
    }
  }
}
