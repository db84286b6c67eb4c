package org.goldenthread.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * A throw-away server of Debian's PostgreSQL packages ({@code apt-get install postgresql}), the
 * kind of server a real deployment runs: its own cluster in a temporary directory, listening on a
 * loopback port, with a password-protected account (SCRAM), as production connects. Started as the
 * {@code postgres} system user when the tests run as root, since PostgreSQL refuses to run as root.
 */
public final class DebianPostgres implements AutoCloseable {

  public static final String USERNAME = "goldenthread";
  private static final Path PACKAGES = Path.of("/usr/lib/postgresql");

  private final Path bin;
  private final Path directory;
  private final int port;
  private final String password;

  private DebianPostgres(Path bin, Path directory, int port, String password) {
    this.bin = bin;
    this.directory = directory;
    this.port = port;
    this.password = password;
  }

  /** The newest installed version's programs, if Debian's PostgreSQL server is installed. */
  public static Optional<Path> binaries() {
    if (!Files.isDirectory(PACKAGES)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(PACKAGES)) {
      return versions
          .map(version -> version.resolve("bin"))
          .filter(bin -> Files.isExecutable(bin.resolve("postgres")))
          .filter(bin -> Files.isExecutable(bin.resolve("pg_dump")))
          .max(Comparator.comparingInt(DebianPostgres::majorVersion));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a new, empty server with one database, {@code goldenthread}, owned by its account. */
  public static DebianPostgres start() {
    Path bin =
        binaries()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Debian's PostgreSQL server is not installed (apt-get install postgresql)"));
    try {
      Path directory = Files.createTempDirectory("gt-debian-postgres-");
      String password = UUID.randomUUID().toString();
      Files.writeString(directory.resolve("password"), password, StandardCharsets.UTF_8);
      DebianPostgres server = new DebianPostgres(bin, directory, freePort(), password);
      server.initialise();
      server.createDatabase("goldenthread");
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Debian's PostgreSQL server", e);
    }
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public int port() {
    return port;
  }

  public String password() {
    return password;
  }

  /** One of the server's client programs (pg_dump, pg_restore, psql), of the server's version. */
  public Path tool(String name) {
    return bin.resolve(name);
  }

  public void createDatabase(String name) {
    try (Connection connection =
            DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, password);
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name + " encoding 'UTF8' template template0");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the database " + name, e);
    }
  }

  /**
   * Runs one of the server's client programs against it, with the password in the environment
   * (never on the command line), and answers its output; a failure throws with what it printed.
   */
  public String run(String tool, String... arguments) {
    List<String> command = new ArrayList<>(List.of(tool(tool).toString()));
    command.addAll(List.of("-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USERNAME));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", password);
    return execute(builder);
  }

  private void initialise() throws IOException {
    Path data = directory.resolve("data");
    if (runningAsRoot()) {
      execute(new ProcessBuilder("chown", "-R", "postgres:postgres", directory.toString()));
    }
    asServerUser(
        bin.resolve("initdb").toString(),
        "--pgdata=" + data,
        "--username=" + USERNAME,
        "--pwfile=" + directory.resolve("password"),
        "--auth-host=scram-sha-256",
        "--auth-local=peer",
        "--encoding=UTF8",
        "--no-instructions");
    asServerUser(
        bin.resolve("pg_ctl").toString(),
        "--pgdata=" + data,
        "--log=" + directory.resolve("server.log"),
        "--wait",
        "--timeout=60",
        "--options=-p "
            + port
            + " -c listen_addresses=127.0.0.1 -c unix_socket_directories="
            + directory
            + " -c max_connections=400 -c fsync=off -c synchronous_commit=off"
            + " -c full_page_writes=off",
        "start");
  }

  /**
   * Stops the server once its clients have gone (the app contexts closing their pools, which may
   * happen at the same time, in the JVM's shutdown), or after 20 seconds whatever they do, and
   * removes its directory.
   */
  @Override
  public void close() {
    String data = "--pgdata=" + directory.resolve("data");
    try {
      try {
        asServerUser(
            bin.resolve("pg_ctl").toString(), data, "--mode=smart", "--timeout=20", "stop");
      } catch (IllegalStateException stillInUse) {
        asServerUser(bin.resolve("pg_ctl").toString(), data, "--mode=fast", "stop");
      }
    } finally {
      try {
        FileSystemUtils.deleteRecursively(directory);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private String asServerUser(String... command) {
    List<String> line = new ArrayList<>();
    if (runningAsRoot()) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(List.of(command));
    return execute(new ProcessBuilder(line).directory(directory.toFile()));
  }

  private static String execute(ProcessBuilder builder) {
    try {
      Process process = builder.redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", builder.command())
                + " failed:\n"
                + new String(output, StandardCharsets.UTF_8));
      }
      return new String(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static int majorVersion(Path bin) {
    String name = bin.getParent().getFileName().toString();
    return name.matches("\\d+") ? Integer.parseInt(name) : 0;
  }
}
