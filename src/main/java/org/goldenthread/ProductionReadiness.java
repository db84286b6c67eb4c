package org.goldenthread;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Under the {@code prod} profile the app refuses to start, before it creates anything, unless it
 * has an external database, an SMTP server and a secret for tokens (the Keycloak "start"
 * convention: no development defaults in production).
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionReadiness {

  static final String DEMO_SECRET = "local-demo-secret-not-for-production";

  @Bean
  static BeanFactoryPostProcessor productionSettingsCheck(Environment environment) {
    return beanFactory -> check(environment);
  }

  static void check(Environment environment) {
    List<String> missing = new ArrayList<>();
    if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
      missing.add(
          "SPRING_DATASOURCE_URL (the PostgreSQL database, with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD)");
    }
    if (!StringUtils.hasText(environment.getProperty("spring.mail.host"))) {
      missing.add("SPRING_MAIL_HOST (the SMTP server that sends invitations and notifications)");
    }
    String secret = environment.getProperty("goldenthread.security.token-secret");
    if (!StringUtils.hasText(secret) || DEMO_SECRET.equals(secret) || secret.length() < 32) {
      missing.add(
          "GT_TOKEN_SECRET (a random secret of at least 32 characters for sign-in links and API tokens)");
    }
    String baseUrl = environment.getProperty("goldenthread.base-url", "");
    if (!baseUrl.startsWith("https://")) {
      missing.add("GT_BASE_URL (the https:// address people use, for links in emails)");
    }
    if (!missing.isEmpty()) {
      throw new MissingProductionSettings(missing);
    }
  }
}
