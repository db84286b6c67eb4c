package org.goldenthread.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The sign-in page. Wrong details get one message that does not say which part was wrong. Someone
 * with two-factor sign-in (or who must set it up) goes on to {@link TwoFactorSignInController}.
 */
@Controller
class SignInController {

  static final String VIEW = "identity/sign-in";
  static final String THROTTLED_VIEW = "identity/sign-in-throttled";

  private final SignIn signIn;
  private final SignedInSessions sessions;

  SignInController(SignIn signIn, SignedInSessions sessions) {
    this.signIn = signIn;
    this.sessions = sessions;
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
            form.email(), form.password(), null, request.getRemoteAddr(), SignedIn.Channel.PAGES);
    return switch (outcome.result()) {
      case THROTTLED -> {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        yield THROTTLED_VIEW;
      }
      case REFUSED -> {
        result.rejectValue("email", "identity.signIn.error.wrongDetails");
        yield VIEW;
      }
      case CODE_NEEDED -> {
        pending(outcome, PendingSignIn.Step.CODE).keep(request);
        yield "redirect:" + TwoFactorSignInController.CODE_PATH;
      }
      case SET_UP_NEEDED -> {
        pending(outcome, PendingSignIn.Step.SET_UP).keep(request);
        yield "redirect:" + TwoFactorSignInController.SET_UP_PATH;
      }
      case SIGNED_IN -> {
        sessions.start(outcome.user(), request, response);
        yield "redirect:" + sessions.nextPage(request, response);
      }
    };
  }

  private static PendingSignIn pending(SignIn.Outcome outcome, PendingSignIn.Step step) {
    return new PendingSignIn(outcome.user().id(), outcome.user().email(), step);
  }

  record SignInForm(
      @NotBlank(message = "{identity.signIn.error.emailMissing}") String email,
      @NotBlank(message = "{identity.signIn.error.passwordMissing}") String password) {}
}
