package org.goldenthread.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the app runs on an embedded PostgreSQL: zero set-up for a
 * first run. Production sets {@code SPRING_DATASOURCE_URL} and this configuration stays out of the
 * way.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

  @Bean
  SharedEmbeddedPostgres.Lease embeddedPostgres(EmbeddedDatabaseProperties properties) {
    return SharedEmbeddedPostgres.lease(properties);
  }

  /**
   * A Hikari pool on the embedded server; {@code spring.datasource.hikari.*} applies to it as it
   * would to Spring Boot's own pool (the test profile keeps few idle connections, since the suite
   * holds many application contexts open on one server).
   */
  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(SharedEmbeddedPostgres.Lease embeddedPostgres) {
    HikariDataSource dataSource =
        DataSourceBuilder.create()
            .type(HikariDataSource.class)
            .url(embeddedPostgres.server().jdbcUrl())
            .username("postgres")
            .build();
    dataSource.setPoolName("embedded-postgres");
    return dataSource;
  }
}
