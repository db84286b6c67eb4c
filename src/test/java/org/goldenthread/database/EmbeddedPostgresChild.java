package org.goldenthread.database;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The application's side of {@link EmbeddedPostgresRestartTests}, run in a JVM of its own so that
 * the test can kill it: starts the durable embedded server on the directory given, commits a row,
 * says so on standard output and waits to be killed.
 *
 * <p>It also ends by itself when its standard input closes, so that it cannot outlive a test JVM
 * that died before killing it.
 */
final class EmbeddedPostgresChild {

  static final String READY = "EMBEDDED-POSTGRES-CHILD-READY";
  static final String ROW = "committed before kill -9";

  private EmbeddedPostgresChild() {}

  public static void main(String[] args) throws IOException, SQLException {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), true, false);
    try (Connection c = server.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create table survivor (note text not null)");
      s.execute("insert into survivor (note) values ('" + ROW + "')");
    }
    System.out.println(READY);
    System.out.flush();
    while (System.in.read() != -1) {
      // Blocks until killed, or until the test JVM has gone.
    }
    server.close();
  }
}
