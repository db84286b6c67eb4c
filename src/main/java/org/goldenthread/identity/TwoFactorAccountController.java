package org.goldenthread.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-factor sign-in under "Your account": whether it is on, setting it up, and turning it off with
 * the password (not offered to someone who must use it).
 */
@Controller
@RequestMapping(TwoFactorAccountController.PATH)
class TwoFactorAccountController {

  static final String PATH = "/account/two-factor";
  static final String VIEW = "identity/two-factor";
  static final String TURN_OFF_FORM = "turnOffForm";
  private static final String SET_UP_PATH = PATH + "/set-up";

  private final TwoFactorEnrolments enrolments;

  TwoFactorAccountController(TwoFactorEnrolments enrolments) {
    this.enrolments = enrolments;
  }

  @GetMapping
  String show(@AuthenticationPrincipal CurrentUser user, Model model) {
    return page(user, model);
  }

  @GetMapping("/set-up")
  String setUp(@AuthenticationPrincipal CurrentUser user, Model model) {
    return enrolments
        .begin(user.id())
        .map(setUp -> TwoFactorPages.setUp(model, setUp, SET_UP_PATH, false))
        .orElse("redirect:" + PATH);
  }

  @PostMapping("/set-up")
  String confirmSetUp(
      @AuthenticationPrincipal CurrentUser user,
      @ModelAttribute(TwoFactorPages.CODE_FORM) TwoFactorPages.CodeForm form,
      BindingResult result,
      Model model) {
    Optional<List<String>> recoveryCodes =
        TwoFactorPages.confirm(enrolments, user.id(), form, result);
    if (recoveryCodes.isEmpty()) {
      return setUp(user, model);
    }
    return TwoFactorPages.recoveryCodes(model, recoveryCodes.get(), PATH);
  }

  @PostMapping("/turn-off")
  String turnOff(
      @AuthenticationPrincipal CurrentUser user,
      @ModelAttribute(TURN_OFF_FORM) TurnOffForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Optional<String> problem = enrolments.turnOff(user, form.password());
    if (problem.isPresent()) {
      result.rejectValue("password", problem.get());
      return page(user, model);
    }
    redirect.addFlashAttribute("success", "identity.twoFactor.turnedOff");
    return "redirect:" + PATH;
  }

  private String page(CurrentUser user, Model model) {
    model.addAttribute("status", enrolments.status(user));
    if (!model.containsAttribute(TURN_OFF_FORM)) {
      model.addAttribute(TURN_OFF_FORM, new TurnOffForm(""));
    }
    return VIEW;
  }

  record TurnOffForm(String password) {}
}
