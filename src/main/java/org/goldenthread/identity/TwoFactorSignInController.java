package org.goldenthread.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The second step of signing in, for someone whose password was right a moment ago ({@link
 * PendingSignIn}): the code from their app (or a recovery code), or, for someone who must use
 * two-factor sign-in and has not yet, setting it up and seeing their recovery codes. Only at the
 * end of it are they signed in; without a half sign-in in the session these pages go back to the
 * sign-in page. A wrong code is counted with wrong passwords ({@link SignInThrottle}).
 */
@Controller
class TwoFactorSignInController {

  static final String CODE_PATH = "/sign-in/code";
  static final String SET_UP_PATH = "/sign-in/set-up-two-factor";
  static final String SET_UP_DONE_PATH = SET_UP_PATH + "/done";
  static final String CODE_VIEW = "identity/sign-in-code";
  private static final String BACK_TO_SIGN_IN = "redirect:/sign-in";

  private final SignIn signIn;
  private final TwoFactorEnrolments enrolments;
  private final SignedInSessions sessions;

  TwoFactorSignInController(
      SignIn signIn, TwoFactorEnrolments enrolments, SignedInSessions sessions) {
    this.signIn = signIn;
    this.enrolments = enrolments;
    this.sessions = sessions;
  }

  @GetMapping(CODE_PATH)
  String askForCode(HttpServletRequest request, Model model) {
    if (PendingSignIn.at(PendingSignIn.Step.CODE, request).isEmpty()) {
      return BACK_TO_SIGN_IN;
    }
    model.addAttribute(TwoFactorPages.CODE_FORM, new TwoFactorPages.CodeForm(""));
    return CODE_VIEW;
  }

  @PostMapping(CODE_PATH)
  String checkCode(
      @ModelAttribute(TwoFactorPages.CODE_FORM) TwoFactorPages.CodeForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response) {
    Optional<PendingSignIn> pending = PendingSignIn.at(PendingSignIn.Step.CODE, request);
    if (pending.isEmpty()) {
      return BACK_TO_SIGN_IN;
    }
    if (form.blank()) {
      result.rejectValue("code", "identity.twoFactor.signIn.error.codeMissing");
      return CODE_VIEW;
    }
    SignIn.Outcome outcome =
        signIn.attemptCode(
            pending.get().userId(), pending.get().email(), form.code(), request.getRemoteAddr());
    return switch (outcome.result()) {
      case THROTTLED -> {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        yield SignInController.THROTTLED_VIEW;
      }
      case SIGNED_IN -> {
        sessions.start(outcome.user(), request, response);
        yield "redirect:" + sessions.nextPage(request, response);
      }
      default -> {
        result.rejectValue("code", "identity.twoFactor.signIn.error.codeWrong");
        yield CODE_VIEW;
      }
    };
  }

  @GetMapping(SET_UP_PATH)
  String setUp(HttpServletRequest request, Model model) {
    return PendingSignIn.at(PendingSignIn.Step.SET_UP, request)
        .flatMap(pending -> enrolments.begin(pending.userId()))
        .map(setUp -> TwoFactorPages.setUp(model, setUp, SET_UP_PATH, true))
        .orElse(BACK_TO_SIGN_IN);
  }

  @PostMapping(SET_UP_PATH)
  String confirmSetUp(
      @ModelAttribute(TwoFactorPages.CODE_FORM) TwoFactorPages.CodeForm form,
      BindingResult result,
      HttpServletRequest request,
      Model model) {
    Optional<PendingSignIn> pending = PendingSignIn.at(PendingSignIn.Step.SET_UP, request);
    if (pending.isEmpty()) {
      return BACK_TO_SIGN_IN;
    }
    Optional<List<String>> recoveryCodes =
        TwoFactorPages.confirm(enrolments, pending.get().userId(), form, result);
    if (recoveryCodes.isEmpty()) {
      return setUp(request, model);
    }
    pending.get().moveTo(PendingSignIn.Step.SET_UP_DONE, request);
    return TwoFactorPages.recoveryCodesThenSignIn(model, recoveryCodes.get(), SET_UP_DONE_PATH);
  }

  /** The recovery codes were shown: now the person is signed in. */
  @PostMapping(SET_UP_DONE_PATH)
  String finishSetUp(HttpServletRequest request, HttpServletResponse response) {
    Optional<SignIn.Outcome> outcome =
        PendingSignIn.at(PendingSignIn.Step.SET_UP_DONE, request)
            .map(pending -> signIn.setUpFinished(pending.userId(), request.getRemoteAddr()))
            .filter(done -> done.result() == SignIn.Result.SIGNED_IN);
    if (outcome.isEmpty()) {
      return BACK_TO_SIGN_IN;
    }
    sessions.start(outcome.get().user(), request, response);
    return "redirect:" + sessions.nextPage(request, response);
  }
}
