package org.goldenthread.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Forgotten password: ask for a link, then follow it to choose a new password. */
@Controller
class PasswordResetController {

  static final String REQUEST_VIEW = "identity/forgotten-password";
  static final String SENT_VIEW = "identity/forgotten-password-sent";
  static final String RESET_VIEW = "identity/reset-password";
  static final String LINK_CLOSED_VIEW = "identity/link-no-longer-open";

  private final PasswordResets resets;

  PasswordResetController(PasswordResets resets) {
    this.resets = resets;
  }

  @GetMapping("/forgotten-password")
  String requestForm(@ModelAttribute("forgottenPasswordForm") ForgottenPasswordForm form) {
    return REQUEST_VIEW;
  }

  @PostMapping("/forgotten-password")
  String request(
      @Valid @ModelAttribute("forgottenPasswordForm") ForgottenPasswordForm form,
      BindingResult result) {
    if (result.hasErrors()) {
      return REQUEST_VIEW;
    }
    resets.request(form.email());
    return SENT_VIEW;
  }

  @GetMapping("/reset-password/{token}")
  String resetForm(
      @PathVariable String token, @ModelAttribute("resetPasswordForm") ResetPasswordForm form) {
    if (!resets.isOpen(token)) {
      throw new PasswordResets.LinkNoLongerOpen();
    }
    return RESET_VIEW;
  }

  @PostMapping("/reset-password/{token}")
  String reset(
      @PathVariable String token,
      @ModelAttribute("resetPasswordForm") ResetPasswordForm form,
      BindingResult result) {
    if (!Objects.equals(form.password(), form.confirmPassword())) {
      result.rejectValue("confirmPassword", "identity.password.error.mismatch");
      return RESET_VIEW;
    }
    Optional<String> problem = resets.reset(token, form.password());
    if (problem.isPresent()) {
      result.rejectValue("password", problem.get());
      return RESET_VIEW;
    }
    return "redirect:/sign-in?passwordChanged";
  }

  @ExceptionHandler(PasswordResets.LinkNoLongerOpen.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String linkClosed() {
    return LINK_CLOSED_VIEW;
  }

  record ForgottenPasswordForm(
      @NotBlank(message = "{identity.signIn.error.emailMissing}") String email) {}

  record ResetPasswordForm(String password, String confirmPassword) {}
}
