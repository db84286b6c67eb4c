package org.goldenthread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

class RequestThreadsTests {

  private final int processors = Runtime.getRuntime().availableProcessors();

  @Test
  void fourThreadsForEachProcessorWhenNothingIsSet() {
    MockEnvironment environment = new MockEnvironment();

    new RequestThreads().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("server.tomcat.threads.max", Integer.class))
        .isEqualTo(4 * processors);
    assertThat(environment.getProperty("server.tomcat.threads.min-spare", Integer.class))
        .isEqualTo(Math.min(10, 4 * processors));
  }

  @Test
  void aNumberSetByTheOperatorWins() {
    MockEnvironment environment = new MockEnvironment();
    environment
        .getPropertySources()
        .addFirst(new MapPropertySource("operator", Map.of("server.tomcat.threads.max", "32")));

    new RequestThreads().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("server.tomcat.threads.max", Integer.class)).isEqualTo(32);
  }
}
