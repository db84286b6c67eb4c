package org.goldenthread.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Two ways in: pages with a session, form sign-in and CSRF; the API with bearer tokens and no
 * session. Both answer with the same security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
          + "base-uri 'self'; object-src 'none'";

  private static final String[] PUBLIC_PAGES = {
    "/sign-in",
    TwoFactorSignInController.CODE_PATH,
    TwoFactorSignInController.SET_UP_PATH,
    TwoFactorSignInController.SET_UP_DONE_PATH,
    "/forgotten-password",
    "/reset-password",
    "/invitations/**",
    "/accessibility",
    "/privacy",
    "/cookies",
    "/deadlines/calculator",
    "/glossary",
    "/glossary/*",
    "/guidance",
    "/guidance/*",
    "/problems/**",
    "/css/**",
    "/js/**",
    "/assets/**",
    "/favicon.ico",
    "/error",
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/swagger-ui.html",
    "/swagger-ui/**"
  };

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http, ApiTokens tokens, ApiProblemWriter problems, Environment environment)
      throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/api/v1/deadlines/calculator")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, e) -> problems.unauthorised(request, response))
                    .accessDeniedHandler(
                        (request, response, e) -> problems.forbidden(request, response)));
    return withHeaders(http, environment).build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(
      HttpSecurity http,
      SecurityContextRepository contexts,
      CsrfTokenRepository csrfTokens,
      Environment environment)
      throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(PUBLIC_PAGES)
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole(Role.PLATFORM_ADMIN.name())
                    .anyRequest()
                    .authenticated())
        .securityContext(context -> context.securityContextRepository(contexts))
        .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in"))
                    .accessDeniedHandler(new ExpiredSessionAwareAccessDeniedHandler()))
        .logout(
            logout ->
                logout
                    .logoutUrl("/sign-out")
                    .logoutSuccessUrl("/sign-in?signedOut")
                    .deleteCookies("JSESSIONID"));
    return withHeaders(http, environment).build();
  }

  private static HttpSecurity withHeaders(HttpSecurity http, Environment environment)
      throws Exception {
    boolean production = environment.acceptsProfiles(Profiles.of("prod"));
    return http.headers(
        headers -> {
          headers
              .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
              .frameOptions(frame -> frame.deny())
              .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
              .contentTypeOptions(options -> {});
          if (production) {
            headers.httpStrictTransportSecurity(
                hsts ->
                    hsts.includeSubDomains(true)
                        .maxAgeInSeconds(31_536_000)
                        .requestMatcher(AnyRequestMatcher.INSTANCE));
          } else {
            headers.httpStrictTransportSecurity(hsts -> hsts.disable());
          }
        });
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  CsrfTokenRepository csrfTokenRepository() {
    return new HttpSessionCsrfTokenRepository();
  }

  /** Keeps Spring Boot from creating a default user; sign-in goes through {@link SignIn}. */
  @Bean
  UserDetailsService userDetailsService(Accounts accounts) {
    return email ->
        accounts
            .findByEmail(email)
            .orElseThrow(() -> new UsernameNotFoundException("No such account"));
  }
}
