package org.goldenthread.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The pages of setting two-factor sign-in up, which a person reaches from "Your account" or, when
 * they must use it, straight after their password: the key to scan or type with the first code to
 * confirm it, and then the recovery codes, shown once.
 */
final class TwoFactorPages {

  static final String SET_UP_VIEW = "identity/two-factor-set-up";
  static final String RECOVERY_CODES_VIEW = "identity/two-factor-recovery-codes";
  static final String CODE_FORM = "codeForm";

  private TwoFactorPages() {}

  /**
   * The set-up page for this key, posting its code to the address.
   *
   * @param mustUse whether the person must use two-factor sign-in (they are told why they are here)
   */
  static String setUp(
      Model model, TwoFactorEnrolments.SetUp setUp, String formAction, boolean mustUse) {
    model.addAttribute("setUp", setUp);
    model.addAttribute("formAction", formAction);
    model.addAttribute("mustUse", mustUse);
    if (!model.containsAttribute(CODE_FORM)) {
      model.addAttribute(CODE_FORM, new CodeForm(""));
    }
    return SET_UP_VIEW;
  }

  /**
   * Turns two-factor sign-in on with the first code typed, answering the recovery codes; when the
   * code is missing or wrong, says so beside the field and answers nothing.
   */
  static Optional<List<String>> confirm(
      TwoFactorEnrolments enrolments, UUID userId, CodeForm form, BindingResult result) {
    Optional<List<String>> recoveryCodes =
        form.blank() ? Optional.empty() : enrolments.confirm(userId, form.code());
    if (recoveryCodes.isEmpty()) {
      result.rejectValue(
          "code",
          form.blank()
              ? "identity.twoFactor.setUp.error.codeMissing"
              : "identity.twoFactor.setUp.error.codeWrong");
    }
    return recoveryCodes;
  }

  /** The recovery codes just made, with a link on. */
  static String recoveryCodes(Model model, List<String> codes, String continueTo) {
    model.addAttribute("recoveryCodes", codes);
    model.addAttribute("continueTo", continueTo);
    return RECOVERY_CODES_VIEW;
  }

  /** The recovery codes just made, with a button that finishes signing in. */
  static String recoveryCodesThenSignIn(Model model, List<String> codes, String finishAction) {
    model.addAttribute("recoveryCodes", codes);
    model.addAttribute("finishAction", finishAction);
    return RECOVERY_CODES_VIEW;
  }

  /** A code as typed: 6 digits from the app, or a recovery code where one is accepted. */
  record CodeForm(String code) {

    boolean blank() {
      return code == null || code.isBlank();
    }
  }
}
