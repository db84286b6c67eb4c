package org.goldenthread.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} on API requests. A token that is unknown, expired or
 * revoked answers 401 at once; no header leaves the request anonymous for the rules to judge.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  static final String TOKEN_ATTRIBUTE = BearerTokenFilter.class.getName() + ".token";
  private static final String PREFIX = "Bearer ";

  private final ApiTokens tokens;
  private final ApiProblemWriter problems;

  BearerTokenFilter(ApiTokens tokens, ApiProblemWriter problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      chain.doFilter(request, response);
      return;
    }
    String token = header.substring(PREFIX.length()).strip();
    Optional<CurrentUser> user = token.isEmpty() ? Optional.empty() : tokens.authenticate(token);
    if (user.isEmpty()) {
      problems.unauthorised(request, response);
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            user.get(), null, user.get().getAuthorities()));
    SecurityContextHolder.setContext(context);
    request.setAttribute(TOKEN_ATTRIBUTE, token);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
