package org.goldenthread.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent after the session ended (30 minutes idle) carries a token the server no longer knows:
 * the person is sent to sign in again with a plain explanation, not shown "forbidden".
 */
class ExpiredSessionAwareAccessDeniedHandler implements AccessDeniedHandler {

  private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, ServletException {
    boolean sessionEnded =
        request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    if (denied instanceof CsrfException && sessionEnded) {
      response.sendRedirect(request.getContextPath() + "/sign-in?sessionEnded");
      return;
    }
    otherwise.handle(request, response, denied);
  }
}
