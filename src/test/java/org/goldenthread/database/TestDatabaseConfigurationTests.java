package org.goldenthread.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The test profile maps {@code GT_TEST_DATABASE_URL} to {@code spring.datasource.url}; unset or
 * empty, the embedded server is used.
 */
class TestDatabaseConfigurationTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(
              context -> {
                try {
                  context
                      .getEnvironment()
                      .getPropertySources()
                      .addLast(new ResourcePropertySource("classpath:application-test.properties"));
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              })
          .withUserConfiguration(EmbeddedProbe.class);

  @Test
  void anEmptyTestDatabaseUrlMeansTheEmbeddedServer() {
    runner
        .withPropertyValues("GT_TEST_DATABASE_URL=")
        .run(
            context -> {
              assertThat(context.getEnvironment().getProperty("spring.datasource.url")).isEmpty();
              assertThat(context).hasBean("embedded");
            });
  }

  @Test
  void aTestDatabaseUrlIsTheDataSourceUrl() {
    runner
        .withPropertyValues(
            "GT_TEST_DATABASE_URL=jdbc:postgresql://elsewhere:5432/goldenthread_test",
            "GT_TEST_DATABASE_USERNAME=tester",
            "GT_TEST_DATABASE_PASSWORD=secret")
        .run(
            context -> {
              assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
                  .isEqualTo("jdbc:postgresql://elsewhere:5432/goldenthread_test");
              assertThat(context.getEnvironment().getProperty("spring.datasource.username"))
                  .isEqualTo("tester");
              assertThat(context.getEnvironment().getProperty("spring.datasource.password"))
                  .isEqualTo("secret");
              assertThat(context).doesNotHaveBean("embedded");
            });
  }

  @Test
  void noDataSourceUrlAtAllMeansTheEmbeddedServer() {
    new ApplicationContextRunner()
        .withUserConfiguration(EmbeddedProbe.class)
        .run(context -> assertThat(context).hasBean("embedded"));
  }

  @Test
  void aBlankDataSourceUrlMeansTheEmbeddedServer() {
    new ApplicationContextRunner()
        .withPropertyValues("spring.datasource.url=   ")
        .withUserConfiguration(EmbeddedProbe.class)
        .run(context -> assertThat(context).hasBean("embedded"));
  }

  @Configuration(proxyBeanMethods = false)
  @Conditional(NoDataSourceUrlCondition.class)
  static class EmbeddedProbe {

    @Bean
    String embedded() {
      return "embedded";
    }
  }
}
