package org.goldenthread.database;

import java.util.Optional;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * With {@code -Dgoldenthread.test.database=debian} (the {@code external-postgres} run of {@code
 * ./mvnw verify}), the tests of this JVM run on a server of Debian's PostgreSQL packages instead of
 * the embedded one: it is started once before the first test and handed to the app through {@code
 * GT_TEST_DATABASE_URL} exactly as an operator's server would be. It stops when the JVM does, once
 * the app contexts (closed at the same time) have let go of their connections. Without that
 * property this does nothing.
 */
public final class DebianPostgresSession implements LauncherSessionListener {

  static final String SWITCH = "goldenthread.test.database";

  private static volatile DebianPostgres server;

  /** The server the tests of this JVM run on, when they run on Debian's PostgreSQL. */
  public static Optional<DebianPostgres> current() {
    return Optional.ofNullable(server);
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!"debian".equals(System.getProperty(SWITCH))) {
      return;
    }
    server = DebianPostgres.start();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(DebianPostgresSession::stop, "debian-postgres-stop"));
    System.setProperty("GT_TEST_DATABASE_URL", server.jdbcUrl("goldenthread"));
    System.setProperty("GT_TEST_DATABASE_USERNAME", DebianPostgres.USERNAME);
    System.setProperty("GT_TEST_DATABASE_PASSWORD", server.password());
  }

  private static synchronized void stop() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
