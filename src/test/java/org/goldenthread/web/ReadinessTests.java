package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.goldenthread.GoldenThreadApplication;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Readiness is DOWN while the app is still starting and UP once its start-up work is done. The app
 * is started here with one more start-up step that waits until the test lets it go, while the test
 * asks the management port.
 */
class ReadinessTests {

  private final CountDownLatch startUpMayFinish = new CountDownLatch(1);
  private volatile int managementPort;

  @Test
  void readinessIsDownDuringStartUpAndUpAfter() throws Exception {
    CompletableFuture<ConfigurableApplicationContext> starting =
        CompletableFuture.supplyAsync(this::start);
    try {
      await().atMost(Duration.ofMinutes(3)).until(() -> managementPort != 0 || starting.isDone());
      assertThat(starting).isNotDone();

      PageSession.Page notReady = management().get("/actuator/health/readiness");
      assertThat(notReady.status()).isEqualTo(503);
      assertThat(notReady.body()).contains("\"OUT_OF_SERVICE\"");
      assertThat(management().get("/actuator/health/liveness").status()).isEqualTo(200);

      startUpMayFinish.countDown();
      try (ConfigurableApplicationContext app = starting.get(3, TimeUnit.MINUTES)) {
        PageSession.Page ready = management().get("/actuator/health/readiness");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"");
      }
    } finally {
      startUpMayFinish.countDown();
    }
  }

  private ConfigurableApplicationContext start() {
    ApplicationRunner heldStartUpStep = arguments -> startUpMayFinish.await(3, TimeUnit.MINUTES);
    ApplicationListener<WebServerInitializedEvent> ports =
        event -> {
          if (ManagementSecurity.MANAGEMENT_SERVER.equals(
              event.getApplicationContext().getServerNamespace())) {
            managementPort = event.getWebServer().getPort();
          }
        };
    return new SpringApplicationBuilder(GoldenThreadApplication.class)
        .profiles("test")
        .initializers(
            context -> context.getBeanFactory().registerSingleton("heldStartUp", heldStartUpStep))
        .listeners(ports)
        .run("--server.port=0", "--management.server.port=0");
  }

  private PageSession management() {
    return new PageSession(managementPort);
  }
}
