package org.goldenthread.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The actuator (health, readiness and metrics) answers on the management port alone ({@code
 * management.server.port}), without sign-in: that port is kept off the public network. On the
 * public port every {@code /actuator} address answers 404 to everyone, signed in or not, as an
 * address that does not exist; so it does too when the management port is the public one.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

  /** Spring Boot's name for the management port's web server. */
  static final String MANAGEMENT_SERVER = "management";

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain managementPort(HttpSecurity http) throws Exception {
    return http.securityMatcher(ManagementSecurity::onManagementPort)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .build();
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE + 1)
  SecurityFilterChain actuatorNotOnPublicPort(HttpSecurity http) throws Exception {
    return http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
        .requestCache(cache -> cache.disable())
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint((request, response, e) -> notFound(response))
                    .accessDeniedHandler((request, response, e) -> notFound(response)))
        .build();
  }

  private static boolean onManagementPort(HttpServletRequest request) {
    return WebServerApplicationContext.hasServerNamespace(
        WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()),
        MANAGEMENT_SERVER);
  }

  private static void notFound(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
