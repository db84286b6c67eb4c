package org.goldenthread.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.goldenthread.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production path, as the {@code external-postgres} run of the build takes it: with a database
 * URL the app runs on that server (here Debian's, signed in with a password), creates every table
 * with Flyway and never starts the embedded server.
 */
@IntegrationTest
class ExternalDatabaseTests {

  @Autowired ApplicationContext context;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @Test
  void theAppRunsOnTheServerItWasGivenAndStartsNoEmbeddedOne() {
    DebianPostgres server = DebianPostgresSession.current().orElseThrow();

    assertThat(((HikariDataSource) dataSource).getJdbcUrl())
        .isEqualTo(server.jdbcUrl("goldenthread"));
    assertThat(context.getBeansOfType(SharedEmbeddedPostgres.Lease.class)).isEmpty();
    assertThat(jdbc.sql("select version()").query(String.class).single()).contains("Debian");
    assertThat(jdbc.sql("select current_user").query(String.class).single())
        .isEqualTo(DebianPostgres.USERNAME);
    // The connections' options reach a server of its own as they reach the embedded one.
    assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single())
        .isEqualTo("force_generic_plan");
  }

  @Test
  void flywayAppliedEveryMigration() throws IOException {
    long migrations;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      migrations = files.filter(file -> file.getFileName().toString().startsWith("V")).count();
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from flyway_schema_history where success and version is not null")
                .query(Long.class)
                .single())
        .isEqualTo(migrations);
  }
}
