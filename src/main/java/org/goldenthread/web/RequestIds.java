package org.goldenthread.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, put in the logging context ({@value #MDC_KEY}) for each line logged
 * while it is answered and sent back in the {@value #HEADER} response header. A proxy's id is kept
 * when it looks like one (letters, digits and {@code . _ : -}, at most 64); any other value, too
 * long or with control characters, is replaced by a new id and never written anywhere. It runs
 * first, so that the security filters' lines carry the id too, and again for the error page that
 * the container shows after the request, with the same id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds extends OncePerRequestFilter {

  static final String HEADER = "X-Request-Id";
  static final String MDC_KEY = "requestId";
  private static final String ATTRIBUTE = RequestIds.class.getName();
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = idOf(request);
    request.setAttribute(ATTRIBUTE, id);
    response.setHeader(HEADER, id);
    String outer = MDC.get(MDC_KEY);
    MDC.put(MDC_KEY, id);
    try {
      chain.doFilter(request, response);
    } finally {
      if (outer == null) {
        MDC.remove(MDC_KEY);
      } else {
        MDC.put(MDC_KEY, outer);
      }
    }
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  private static String idOf(HttpServletRequest request) {
    if (request.getAttribute(ATTRIBUTE) instanceof String known) {
      return known;
    }
    String given = request.getHeader(HEADER);
    return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
  }
}
