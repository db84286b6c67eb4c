package org.goldenthread.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Sends requests at the same moment: each waits at a start line until all are ready. */
public final class Race {

  private Race() {}

  /** Runs every request together and answers their results, in the order given. */
  @SafeVarargs
  public static <T> List<T> run(Callable<T>... requests) {
    return run(List.of(requests));
  }

  public static <T> List<T> run(List<Callable<T>> requests) {
    ExecutorService pool = Executors.newFixedThreadPool(requests.size());
    CountDownLatch ready = new CountDownLatch(requests.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> request : requests) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return request.call();
                }));
      }
      ready.await(30, TimeUnit.SECONDS);
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } catch (Exception e) {
      throw new IllegalStateException("A racing request failed", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
