package org.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.goldenthread.GoldenThreadApplication;
import org.goldenthread.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;

/**
 * A first start writes the demo whole or not at all, and the port opens only once it is there: a
 * start stopped half way leaves nothing, and the next start completes it.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DemoStartTests {

  @TempDir Path temp;

  @Test
  void anInterruptedFirstStartLeavesNothingAndTheNextStartCompletesTheDemo() throws Exception {
    Path data = temp.resolve("postgres");

    assertThatThrownBy(() -> start(data, new StopsHalfWay()).close())
        .hasStackTraceContaining(StopsHalfWay.MESSAGE);
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, false, false)) {
      assertThat(count(server.dataSource(), "select count(*) from local_authority")).isZero();
      assertThat(count(server.dataSource(), "select count(*) from app_user")).isZero();
      assertThat(count(server.dataSource(), "select count(*) from child")).isZero();
    }

    AtomicReference<Long> childrenWhenThePortOpened = new AtomicReference<>();
    try (ConfigurableApplicationContext app =
        start(
            data,
            (ApplicationListener<WebServerInitializedEvent>)
                event ->
                    childrenWhenThePortOpened.set(
                        count(
                            event.getApplicationContext().getBean(DataSource.class),
                            "select count(*) from child")))) {
      long children = count(app.getBean(DataSource.class), "select count(*) from child");
      assertThat(children).isPositive();
      assertThat(childrenWhenThePortOpened.get())
          .as("every demo child was in place when the port opened")
          .isEqualTo(children);
      assertThat(count(app.getBean(DataSource.class), "select count(*) from meeting")).isPositive();
      assertThat(app.getBean(DemoLoader.class).isRunning()).isTrue();
    }
  }

  /** The app on a fresh data directory of its own that outlives each start (a first start). */
  private static ConfigurableApplicationContext start(Path data, Object extra) {
    SpringApplicationBuilder builder = new SpringApplicationBuilder(GoldenThreadApplication.class);
    if (extra instanceof ApplicationListener<?> listener) {
      builder.listeners(listener);
    } else {
      builder.initializers(
          context -> context.getBeanFactory().registerSingleton("stopsHalfWay", extra));
    }
    // Arguments, not default properties: they outrank application.properties.
    return builder.run(
        "--server.port=0",
        "--spring.datasource.url=",
        "--goldenthread.demo-data=true",
        "--goldenthread.database.embedded.directory=" + data,
        "--goldenthread.database.embedded.durable=false",
        "--goldenthread.database.embedded.clean=false");
  }

  private static long count(DataSource dataSource, String sql) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The last step of a start that is stopped after every other step has written its part. */
  @Order(Integer.MAX_VALUE)
  static final class StopsHalfWay implements DemoStep {
    static final String MESSAGE = "The start was stopped half way";

    @Override
    public void load() {
      throw new IllegalStateException(MESSAGE);
    }
  }
}
