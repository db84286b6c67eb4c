package org.goldenthread.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Forgotten password: ask for a link, then follow it to choose a new password. Following the link
 * ({@code /reset-password?token=...}) swaps the token for the link's id, kept in the session, and
 * redirects to {@code /reset-password}: the address the browser keeps, shows and sends on as a
 * referrer never holds the token.
 */
@Controller
class PasswordResetController {

  static final String REQUEST_VIEW = "identity/forgotten-password";
  static final String SENT_VIEW = "identity/forgotten-password-sent";
  static final String RESET_VIEW = "identity/reset-password";
  static final String LINK_CLOSED_VIEW = "identity/link-no-longer-open";
  static final String LINK = PasswordResetController.class.getName() + ".link";

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

  @GetMapping(value = PasswordResets.PATH, params = "token")
  String follow(@RequestParam String token, HttpServletRequest request) {
    UUID link = resets.open(token).orElseThrow(PasswordResets.LinkNoLongerOpen::new);
    request.getSession().setAttribute(LINK, link);
    // The session now holds a key to the account: a new id, so that a session id planted in this
    // browser beforehand (fixation) cannot use it, as at sign-in.
    request.changeSessionId();
    return "redirect:" + PasswordResets.PATH;
  }

  @GetMapping(PasswordResets.PATH)
  String resetForm(
      HttpServletRequest request, @ModelAttribute("resetPasswordForm") ResetPasswordForm form) {
    if (!resets.isOpen(link(request))) {
      throw new PasswordResets.LinkNoLongerOpen();
    }
    return RESET_VIEW;
  }

  @PostMapping(PasswordResets.PATH)
  String reset(
      @ModelAttribute("resetPasswordForm") ResetPasswordForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response) {
    UUID link = link(request);
    if (link == null) {
      throw new PasswordResets.LinkNoLongerOpen();
    }
    if (!Objects.equals(form.password(), form.confirmPassword())) {
      result.rejectValue("confirmPassword", "identity.password.error.mismatch");
      return RESET_VIEW;
    }
    Optional<String> problem;
    try {
      problem = resets.reset(link, form.password());
    } catch (PasswordResets.LinkNoLongerOpen used) {
      // Used a moment ago (a second tab, a double click) or expired while the form was open.
      request.getSession().removeAttribute(LINK);
      response.setStatus(HttpStatus.CONFLICT.value());
      return LINK_CLOSED_VIEW;
    }
    if (problem.isPresent()) {
      result.rejectValue("password", problem.get());
      return RESET_VIEW;
    }
    request.getSession().removeAttribute(LINK);
    return "redirect:/sign-in?passwordChanged";
  }

  /** The link this browser followed, if any. */
  private static UUID link(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(LINK) instanceof UUID link ? link : null;
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
