package org.goldenthread.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.database.EmbeddedPostgresRestartTests.await;
import static org.goldenthread.database.EmbeddedPostgresRestartTests.isRunning;
import static org.goldenthread.database.EmbeddedPostgresRestartTests.log;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.goldenthread.GoldenThreadApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server stops with the application, after it: when the app is stopped (SIGTERM, as
 * Ctrl-C or a service manager sends), the application shuts down on a working database and only
 * then does the server stop. (zonky's own JVM shutdown hook stopped it alongside the application's
 * shutdown, which then failed to check its outstanding event publications, or in the test suite
 * waited 30 seconds for a connection.)
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class EmbeddedPostgresShutdownTests {

  private static final Duration START = Duration.ofSeconds(120);

  @TempDir Path temp;
  private Path dataDirectory;
  private Process app;

  @Test
  void theServerStopsWithTheApplicationAndAfterIt() throws Exception {
    dataDirectory = temp.resolve("postgres");
    Path output = temp.resolve("app.log");
    app =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                GoldenThreadApplication.class.getName(),
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--goldenthread.database.embedded.directory=" + dataDirectory)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    await(
        () -> log(output).contains("Started GoldenThreadApplication") || !app.isAlive(),
        START,
        "the application to start");
    assertThat(app.isAlive())
        .as("the application is running; its output:%n%s", log(output))
        .isTrue();
    long postmaster = StalePostmaster.readPid(dataDirectory).orElseThrow();

    app.destroy();

    assertThat(app.waitFor(20, TimeUnit.SECONDS))
        .as("the application stops promptly; its output:%n%s", log(output))
        .isTrue();
    assertThat(isRunning(postmaster)).as("the postmaster has stopped").isFalse();
    assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
    String log = log(output);
    assertThat(log)
        .as("the application's shutdown had its database")
        .doesNotContain("terminating connection due to administrator command")
        .doesNotContain("the database system is shutting down")
        .doesNotContain("Connection is not available");
    assertThat(log.indexOf("embedded-postgres - Shutdown completed"))
        .as("the connection pool closed before the server stopped; the output:%n%s", log)
        .isNotNegative()
        .isLessThan(log.indexOf("shut down postmaster"));
  }

  @AfterEach
  void stopEverything() throws InterruptedException {
    if (app != null) {
      app.destroyForcibly();
      app.waitFor(30, TimeUnit.SECONDS);
    }
    if (dataDirectory != null) {
      StalePostmaster.stopIfRunning(dataDirectory);
    }
  }
}
