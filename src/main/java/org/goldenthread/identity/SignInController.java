package org.goldenthread.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The sign-in page. Wrong details get one message that does not say which part was wrong. */
@Controller
class SignInController {

  static final String VIEW = "identity/sign-in";
  static final String THROTTLED_VIEW = "identity/sign-in-throttled";

  private final SignIn signIn;
  private final SecurityContextRepository contexts;
  private final CsrfTokenRepository csrfTokens;
  private final RequestCache requestCache = new HttpSessionRequestCache();

  SignInController(
      SignIn signIn, SecurityContextRepository contexts, CsrfTokenRepository csrfTokens) {
    this.signIn = signIn;
    this.contexts = contexts;
    this.csrfTokens = csrfTokens;
  }

  @GetMapping("/sign-in")
  String show(Model model) {
    model.addAttribute("signInForm", new SignInForm("", ""));
    return VIEW;
  }

  @PostMapping("/sign-in")
  String signIn(
      @Valid @ModelAttribute("signInForm") SignInForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (result.hasErrors()) {
      return VIEW;
    }
    SignIn.Outcome outcome =
        signIn.attempt(
            form.email(), form.password(), request.getRemoteAddr(), SignedIn.Channel.PAGES);
    switch (outcome.result()) {
      case THROTTLED -> {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        return THROTTLED_VIEW;
      }
      case REFUSED -> {
        result.rejectValue("email", "identity.signIn.error.wrongDetails");
        return VIEW;
      }
      default -> {
        startSession(outcome.user(), request, response);
        return "redirect:" + nextPage(request, response);
      }
    }
  }

  /** A new session id (no fixation), a new CSRF token, and the signed-in person in the session. */
  private void startSession(
      CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
    request.getSession(true);
    request.changeSessionId();
    csrfTokens.saveToken(null, request, response);
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }

  /** Back to the page that asked for sign-in, if it was one of ours; otherwise home. */
  private String nextPage(HttpServletRequest request, HttpServletResponse response) {
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

  record SignInForm(
      @NotBlank(message = "{identity.signIn.error.emailMissing}") String email,
      @NotBlank(message = "{identity.signIn.error.passwordMissing}") String password) {}
}
