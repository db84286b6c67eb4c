package org.goldenthread.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import org.goldenthread.web.EditConflict;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Your account: the name others see, and your password. A name saved from a stale page, or two
 * changes racing, end in a conflict message on this page (409), never a silent overwrite. Changing
 * the password signs out every other session of the account and revokes its API tokens; this one
 * stays signed in.
 */
@Controller
class AccountController {

  static final String VIEW = "identity/account";
  static final String CONFLICT = "conflict";
  static final String NAME_FORM = "nameForm";
  static final String PASSWORD_FORM = "passwordForm";

  private final Accounts accounts;
  private final SecurityContextRepository contexts;

  AccountController(Accounts accounts, SecurityContextRepository contexts) {
    this.accounts = accounts;
    this.contexts = contexts;
  }

  @GetMapping("/account")
  String show(@AuthenticationPrincipal CurrentUser user, Model model) {
    return page(user, model);
  }

  @PostMapping("/account/name")
  String rename(
      @AuthenticationPrincipal CurrentUser user,
      @Valid @ModelAttribute(NAME_FORM) NameForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (result.hasErrors()) {
      return page(user, model);
    }
    try {
      accounts.rename(user.id(), form.name(), versionOf(form.version()));
    } catch (EditConflict conflict) {
      return conflict(user, model, response);
    }
    keepSignedInAs(accounts.findById(user.id()).orElseThrow(), request, response);
    redirect.addFlashAttribute("success", "identity.account.nameChanged");
    return "redirect:/account";
  }

  @PostMapping("/account/password")
  String changePassword(
      @AuthenticationPrincipal CurrentUser user,
      @ModelAttribute(PASSWORD_FORM) PasswordForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (!Objects.equals(form.newPassword(), form.confirmPassword())) {
      result.rejectValue("confirmPassword", "identity.password.error.mismatch");
      return page(user, model);
    }
    Optional<Accounts.FieldProblem> problem;
    try {
      problem =
          accounts.changePassword(
              user.id(),
              versionOf(form.version()),
              form.currentPassword(),
              form.newPassword(),
              request.getSession().getId());
    } catch (EditConflict conflict) {
      return conflict(user, model, response);
    }
    if (problem.isPresent()) {
      result.rejectValue(problem.get().field(), problem.get().messageKey());
      return page(user, model);
    }
    redirect.addFlashAttribute("success", "identity.account.passwordChanged");
    return "redirect:/account";
  }

  /**
   * The page as the account is now. A form already in the model (sent back with errors) stays as
   * typed; the other starts afresh, with the version it must send back.
   */
  private String page(CurrentUser user, Model model) {
    CurrentUser fresh = accounts.findById(user.id()).orElseThrow();
    long version = accounts.versionOf(user.id());
    model.addAttribute("account", fresh);
    if (!model.containsAttribute(NAME_FORM)) {
      model.addAttribute(NAME_FORM, new NameForm(fresh.displayName(), version));
    }
    if (!model.containsAttribute(PASSWORD_FORM)) {
      model.addAttribute(PASSWORD_FORM, new PasswordForm("", "", "", version));
    }
    return VIEW;
  }

  /**
   * The account changed since the page was read, or at the same moment: nothing was saved. The page
   * as it is now, saying so, with both forms afresh.
   */
  private String conflict(CurrentUser user, Model model, HttpServletResponse response) {
    for (String form : new String[] {NAME_FORM, PASSWORD_FORM}) {
      model.asMap().remove(form);
      model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + form);
    }
    model.addAttribute(CONFLICT, true);
    response.setStatus(HttpStatus.CONFLICT.value());
    return page(user, model);
  }

  /** A form without its version (not sent by our pages) can only be a conflict. */
  private static long versionOf(Long sent) {
    return sent == null ? -1 : sent;
  }

  /**
   * The session holds the person as they were when they signed in; after a change to their name it
   * holds them as they are now, so that the header shows the new name.
   */
  private void keepSignedInAs(
      CurrentUser fresh, HttpServletRequest request, HttpServletResponse response) {
    CurrentUser user = fresh.withoutPassword();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }

  record NameForm(
      @NotBlank(message = "{identity.account.error.nameMissing}")
          @Size(max = 200, message = "{identity.account.error.nameTooLong}")
          String name,
      Long version) {}

  record PasswordForm(
      String currentPassword, String newPassword, String confirmPassword, Long version) {}
}
