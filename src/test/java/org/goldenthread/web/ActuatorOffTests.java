package org.goldenthread.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.IntegrationTest;
import org.goldenthread.support.PageSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/** Without {@code management.server.port} the actuator is off: no management server, no probes. */
@IntegrationTest
class ActuatorOffTests {

  @LocalServerPort int port;
  @Autowired Environment environment;

  @Test
  void noManagementServerIsStarted() {
    assertThat(environment.getProperty("local.management.port")).isNull();
    assertThat(environment.getProperty("management.server.port")).isEqualTo("-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/actuator", "/actuator/health", "/actuator/prometheus"})
  void theActuatorIsNotOnThePublicPort(String path) {
    assertThat(new PageSession(port).get(path).status()).isEqualTo(404);
  }
}
