package org.goldenthread.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import org.goldenthread.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;

/** The test suite runs on the embedded server of the app, in throw-away mode, fully migrated. */
@IntegrationTest
class EmbeddedTestDatabaseTests {

  @Autowired JdbcTemplate jdbc;

  @Test
  void theSuiteRunsOnAThrowAwayEmbeddedServerInTarget() {
    assumeFalse(
        StringUtils.hasText(System.getenv("GT_TEST_DATABASE_URL")),
        "GT_TEST_DATABASE_URL is set: the suite runs on that server, not the embedded one");

    Path dataDirectory = Path.of(jdbc.queryForObject("show data_directory", String.class));
    // target/test-postgres, or target/test-postgres-N in the Nth of Maven's parallel test JVMs
    assertThat(dataDirectory.getParent()).isEqualTo(Path.of("target").toAbsolutePath());
    assertThat(dataDirectory.getFileName().toString()).matches("test-postgres(-\\d+)?");
    assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("off");
  }

  @Test
  void everyMigrationHasBeenApplied() {
    assertThat(
            jdbc.queryForObject(
                "select count(*) from flyway_schema_history where not success", Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class))
        .isBetween(
            Integer.parseInt(EmbeddedPostgresServer.MAJOR_VERSION) * 10000,
            Integer.parseInt(EmbeddedPostgresServer.MAJOR_VERSION) * 10000 + 9999);
  }
}
