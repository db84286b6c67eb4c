package org.goldenthread.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.database.EmbeddedPostgresServerTests.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database of the app survives {@code kill -9} of the JVM: the postmaster is left
 * running, holding {@code postmaster.pid}, and the next start stops it and carries on with every
 * committed row.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class EmbeddedPostgresRestartTests {

  private static final Duration CHILD_START = Duration.ofSeconds(120);
  private static final Duration SHORT = Duration.ofSeconds(30);

  @TempDir Path temp;
  private Path dataDirectory;
  private Process child;

  @Test
  void committedDataSurvivesKillOfTheJvmAndTheOrphanedServerIsStopped() throws Exception {
    dataDirectory = temp.resolve("postgres");
    Path output = temp.resolve("child.log");
    child = startChild(dataDirectory, output);
    await(
        () -> log(output).contains(EmbeddedPostgresChild.READY) || !child.isAlive(),
        CHILD_START,
        "the child JVM to commit its row");
    assertThat(child.isAlive())
        .as("the child JVM is running; its output:%n%s", log(output))
        .isTrue();
    long orphan = StalePostmaster.readPid(dataDirectory).orElseThrow();

    child.destroyForcibly();
    assertThat(child.waitFor(SHORT.toSeconds(), TimeUnit.SECONDS)).as("child killed").isTrue();
    assertThat(isRunning(orphan))
        .as("the postmaster (pid %d) outlives the killed JVM", orphan)
        .isTrue();

    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, true, false)) {
      assertThat(query(server.dataSource(), "select note from survivor"))
          .isEqualTo(EmbeddedPostgresChild.ROW);
      assertThat(server.postmasterPid()).isNotEqualTo(orphan);
      await(() -> !isRunning(orphan), SHORT, "the orphaned postmaster to be gone");
    }
    assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
  }

  /** Whatever happened above, no child JVM and no postmaster outlives the test. */
  @AfterEach
  void stopEverything() throws InterruptedException {
    if (child != null) {
      child.destroyForcibly();
      child.waitFor(SHORT.toSeconds(), TimeUnit.SECONDS);
    }
    if (dataDirectory != null) {
      StalePostmaster.stopIfRunning(dataDirectory);
    }
  }

  private static Process startChild(Path dataDirectory, Path output) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            EmbeddedPostgresChild.class.getName(),
            dataDirectory.toString())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
  }

  /**
   * Whether a process is running. A zombie (dead, not yet reaped by its parent) is not: where
   * nothing reaps orphans, a stopped postmaster lingers as one.
   */
  static boolean isRunning(long pid) {
    if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      return false;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
    } catch (IOException e) {
      // Gone since the check above; or no /proc (not Linux), where isAlive has the last word.
      return !Files.isDirectory(Path.of("/proc", "self"));
    }
  }

  static void await(BooleanSupplier condition, Duration limit, String what)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Gave up after " + limit + " waiting for " + what);
      }
      Thread.sleep(100);
    }
  }

  static String log(Path output) {
    try {
      return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "(could not read " + output + ": " + e.getMessage() + ")";
    }
  }
}
