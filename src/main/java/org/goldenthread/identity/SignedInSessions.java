package org.goldenthread.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The end of signing in on the pages, after the password or after the code: the person in the
 * session, and the page to go to next.
 */
@Component
class SignedInSessions {

  private final SecurityContextRepository contexts;
  private final CsrfTokenRepository csrfTokens;
  private final LanguageChoice languages;
  private final RequestCache requestCache = new HttpSessionRequestCache();

  SignedInSessions(
      SecurityContextRepository contexts,
      CsrfTokenRepository csrfTokens,
      LanguageChoice languages) {
    this.contexts = contexts;
    this.csrfTokens = csrfTokens;
    this.languages = languages;
  }

  /**
   * A new session id (no fixation), a new CSRF token, and the signed-in person in the session in
   * place of any half sign-in, writing in the language they chose.
   */
  void start(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
    request.getSession(true);
    request.changeSessionId();
    PendingSignIn.forget(request);
    csrfTokens.saveToken(null, request, response);
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    languages.signedIn(user, request, response);
  }

  /** Back to the page that asked for sign-in, if it was one of ours; otherwise home. */
  String nextPage(HttpServletRequest request, HttpServletResponse response) {
    SavedRequest saved = requestCache.getRequest(request, response);
    requestCache.removeRequest(request, response);
    if (saved == null || !"GET".equals(saved.getMethod())) {
      return "/";
    }
    String url = saved.getRedirectUrl();
    String origin = request.getScheme() + "://" + request.getServerName();
    int at = url.indexOf('/', url.indexOf("//") + 2);
    return url.startsWith(origin) && at > 0 ? url.substring(at) : "/";
  }
}
