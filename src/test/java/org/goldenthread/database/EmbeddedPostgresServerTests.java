package org.goldenthread.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class EmbeddedPostgresServerTests {

  @TempDir Path temp;

  @Test
  void aCleanStartWipesWhatAnEarlierRunLeftBehind() throws SQLException {
    Path directory = temp.resolve("postgres");
    try (EmbeddedPostgresServer earlier = EmbeddedPostgresServer.start(directory, false, false)) {
      execute(earlier.dataSource(), "create table left_behind (id int)");
    }
    assertThat(directory.resolve("PG_VERSION")).exists();

    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, false, true)) {
      assertThat(query(server.dataSource(), "select to_regclass('left_behind') is null"))
          .isEqualTo("t");
    }
  }

  @Test
  void theServerIsTheMajorVersionItNames() throws SQLException {
    try (EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(temp.resolve("version"), false, true)) {
      assertThat(query(server.dataSource(), "show server_version"))
          .startsWith(EmbeddedPostgresServer.MAJOR_VERSION + ".");
    }
  }

  @Test
  void dataWrittenByAnotherMajorVersionIsRefusedWithTheWayOut() throws Exception {
    Path directory = temp.resolve("newer");
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("PG_VERSION"), "17\n");

    assertThatThrownBy(() -> EmbeddedPostgresServer.start(directory, true, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("written by PostgreSQL 17")
        .hasMessageContaining("pg_dump");
    assertThat(directory.resolve("PG_VERSION")).hasContent("17");
  }

  @Test
  void aDurableServerHasFsyncAndSynchronousCommitOn() throws SQLException {
    try (EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(temp.resolve("durable"), true, false)) {
      assertThat(query(server.dataSource(), "show fsync")).isEqualTo("on");
      assertThat(query(server.dataSource(), "show synchronous_commit")).isEqualTo("on");
    }
  }

  @Test
  void aThrowAwayServerTradesDurabilityForSpeed() throws SQLException {
    try (EmbeddedPostgresServer server =
        EmbeddedPostgresServer.start(temp.resolve("throw-away"), false, true)) {
      assertThat(query(server.dataSource(), "show fsync")).isEqualTo("off");
      assertThat(query(server.dataSource(), "show synchronous_commit")).isEqualTo("off");
    }
  }

  @Test
  void theDataOfADurableServerOutlivesIt() throws SQLException {
    Path directory = temp.resolve("kept");
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, true, false)) {
      execute(server.dataSource(), "create table kept (name text)");
      execute(server.dataSource(), "insert into kept values ('still here')");
    }
    assertThat(Files.exists(directory.resolve("postmaster.pid"))).isFalse();

    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, true, false)) {
      assertThat(query(server.dataSource(), "select name from kept")).isEqualTo("still here");
    }
  }

  @Test
  void theAppReachesTheServerThroughItsUnixSocket() throws SQLException {
    try (EmbeddedPostgresServer server =
            EmbeddedPostgresServer.start(temp.resolve("socket"), false, true);
        Connection c = DriverManager.getConnection(server.jdbcUrl());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select inet_server_addr() is null, current_database()")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getBoolean(1)).as("no server address: not TCP but the socket").isTrue();
      assertThat(rs.getString(2)).isEqualTo(EmbeddedPostgresServer.DATABASE);
    }
  }

  static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static String query(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).as("a row from: %s", sql).isTrue();
      return rs.getString(1);
    }
  }
}
