package org.goldenthread.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page that fails while it is being written has already said it is HTML. On the way to the error
 * answer the container keeps that, and the error answer for a client that takes anything (a problem
 * document) could not then be written at all: the person got an empty 500. The error answer chooses
 * its own content type instead.
 */
@Component
class ErrorPageContentType extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!response.isCommitted()) {
      response.setContentType(null);
    }
    chain.doFilter(request, response);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getDispatcherType() != DispatcherType.ERROR;
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }
}
