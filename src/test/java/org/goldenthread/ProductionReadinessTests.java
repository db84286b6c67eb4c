package org.goldenthread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class ProductionReadinessTests {

  @Test
  void namesEverythingThatIsMissing() {
    assertThatThrownBy(() -> ProductionReadiness.check(new MockEnvironment()))
        .isInstanceOfSatisfying(
            MissingProductionSettings.class,
            e ->
                assertThat(String.join("\n", e.missing()))
                    .contains(
                        "SPRING_DATASOURCE_URL",
                        "SPRING_MAIL_HOST",
                        "GT_TOKEN_SECRET",
                        "GT_BASE_URL"));
  }

  @Test
  void refusesTheDemoSecretAndAShortOne() {
    MockEnvironment environment = complete();
    environment.setProperty("goldenthread.security.token-secret", ProductionReadiness.DEMO_SECRET);
    assertThatThrownBy(() -> ProductionReadiness.check(environment))
        .hasMessageContaining("GT_TOKEN_SECRET");
    environment.setProperty("goldenthread.security.token-secret", "short");
    assertThatThrownBy(() -> ProductionReadiness.check(environment))
        .hasMessageContaining("GT_TOKEN_SECRET");
  }

  @Test
  void acceptsACompleteConfiguration() {
    assertThatCode(() -> ProductionReadiness.check(complete())).doesNotThrowAnyException();
  }

  @Test
  void theAppRefusesToStartInProductionWithoutConfigurationAndSaysWhy() {
    Throwable failure =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                new SpringApplicationBuilder(GoldenThreadApplication.class)
                    .profiles("prod")
                    .properties("server.port=0", "logging.level.root=OFF")
                    .run());
    Throwable cause = failure;
    while (cause != null && !(cause instanceof MissingProductionSettings)) {
      cause = cause.getCause();
    }
    assertThat(cause).isInstanceOf(MissingProductionSettings.class);
    FailureAnalysis analysis = new MissingProductionSettingsFailureAnalyzer().analyze(failure);
    assertThat(analysis.getDescription()).contains("SPRING_DATASOURCE_URL", "SPRING_MAIL_HOST");
    assertThat(analysis.getAction()).isNotBlank();
  }

  private static MockEnvironment complete() {
    return new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:postgresql://db.example/goldenthread")
        .withProperty("spring.mail.host", "smtp.example")
        .withProperty("goldenthread.security.token-secret", "x".repeat(48))
        .withProperty("goldenthread.base-url", "https://goldenthread.example");
  }
}
