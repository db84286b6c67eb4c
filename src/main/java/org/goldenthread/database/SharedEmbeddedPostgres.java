package org.goldenthread.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;

/**
 * One embedded server per data directory and JVM, shared by every application context that asks for
 * it (the test suite starts several contexts and must start the server only once). The server stops
 * when the last context using it closes, and at the latest when the JVM exits.
 */
final class SharedEmbeddedPostgres {

  private static final Map<Path, Running> servers = new HashMap<>();
  private static boolean stopAllAtShutdown;

  private SharedEmbeddedPostgres() {}

  static synchronized Lease lease(EmbeddedDatabaseProperties properties) {
    if (!stopAllAtShutdown) {
      SpringApplication.getShutdownHandlers().add(SharedEmbeddedPostgres::stopAll);
      stopAllAtShutdown = true;
    }
    Path directory = properties.directory().toAbsolutePath().normalize();
    Running running =
        servers.computeIfAbsent(
            directory,
            dir ->
                new Running(
                    EmbeddedPostgresServer.start(
                        dir,
                        properties.durable(),
                        properties.clean(),
                        properties.maxConnections())));
    running.leases++;
    return new Lease(directory, running.server);
  }

  /**
   * At JVM exit, once every application context has closed (Spring Boot runs its shutdown handlers
   * only then: a plain JVM shutdown hook would run alongside the contexts' shutdown and stop the
   * server while they still use it), stops whatever is still running.
   */
  private static synchronized void stopAll() {
    servers.values().forEach(running -> running.server.close());
    servers.clear();
  }

  private static synchronized void release(Path directory) {
    Running running = servers.get(directory);
    if (running != null && --running.leases == 0) {
      servers.remove(directory);
      running.server.close();
    }
  }

  private static final class Running {
    private final EmbeddedPostgresServer server;
    private int leases;

    private Running(EmbeddedPostgresServer server) {
      this.server = server;
    }
  }

  /** A context's hold on the shared server; closing it lets the server stop when unused. */
  static final class Lease implements AutoCloseable {
    private final Path directory;
    private final EmbeddedPostgresServer server;
    private boolean closed;

    private Lease(Path directory, EmbeddedPostgresServer server) {
      this.directory = directory;
      this.server = server;
    }

    EmbeddedPostgresServer server() {
      return server;
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        release(directory);
      }
    }
  }
}
