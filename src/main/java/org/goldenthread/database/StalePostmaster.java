package org.goldenthread.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running by a JVM that was killed (kill -9 leaves the daemonised
 * postmaster behind, holding {@code postmaster.pid}). It is asked to shut down the way PostgreSQL
 * prefers (SIGTERM: no new connections, finish and write a checkpoint), and only forced if it does
 * not stop in time; either way the next start recovers every committed transaction.
 */
final class StalePostmaster {

  private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
  private static final Duration GRACE = Duration.ofSeconds(30);

  private StalePostmaster() {}

  static void stopIfRunning(Path dataDirectory) {
    readPid(dataDirectory)
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(StalePostmaster::isPostgres)
        .ifPresent(postmaster -> stop(postmaster, dataDirectory.resolve("postmaster.pid")));
  }

  static Optional<Long> readPid(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    try {
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(pidFile);
      // A postmaster writes its pid; a single-user backend writes minus its pid, and is not ours.
      return lines.isEmpty()
          ? Optional.empty()
          : Optional.of(Long.parseLong(lines.get(0).trim())).filter(pid -> pid > 0);
    } catch (IOException | NumberFormatException e) {
      log.warn("Could not read {}: {}", pidFile, e.getMessage());
      return Optional.empty();
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(command -> command.contains("postgres")).orElse(true);
  }

  private static void stop(ProcessHandle postmaster, Path pidFile) {
    log.warn(
        "Found a PostgreSQL server (pid {}) left running by an earlier run; stopping it",
        postmaster.pid());
    postmaster.destroy();
    if (!waitForExit(postmaster, pidFile, GRACE)) {
      log.warn("PostgreSQL (pid {}) did not stop in {}; forcing it", postmaster.pid(), GRACE);
      postmaster.destroyForcibly();
      waitForExit(postmaster, pidFile, GRACE);
    }
  }

  /**
   * Waits until the server has gone. A clean shutdown removes the pid file; the process itself may
   * linger as a zombie where nothing reaps orphans, so the file is the surer sign.
   */
  private static boolean waitForExit(ProcessHandle process, Path pidFile, Duration limit) {
    Instant deadline = Instant.now().plus(limit);
    while (isRunning(process, pidFile) && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return !isRunning(process, pidFile);
  }

  private static boolean isRunning(ProcessHandle process, Path pidFile) {
    return process.isAlive() && Files.exists(pidFile);
  }
}
