package org.goldenthread.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
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

/** Your account: the name others see, and your password. */
@Controller
class AccountController {

  static final String VIEW = "identity/account";

  private final Accounts accounts;
  private final SecurityContextRepository contexts;

  AccountController(Accounts accounts, SecurityContextRepository contexts) {
    this.accounts = accounts;
    this.contexts = contexts;
  }

  @GetMapping("/account")
  String show(@AuthenticationPrincipal CurrentUser user, Model model) {
    CurrentUser fresh = accounts.findById(user.id()).orElseThrow();
    model.addAttribute("account", fresh);
    model.addAttribute("nameForm", new NameForm(fresh.displayName()));
    model.addAttribute("passwordForm", new PasswordForm("", "", ""));
    return VIEW;
  }

  @PostMapping("/account/name")
  String rename(
      @AuthenticationPrincipal CurrentUser user,
      @Valid @ModelAttribute("nameForm") NameForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (result.hasErrors()) {
      model.addAttribute("account", accounts.findById(user.id()).orElseThrow());
      model.addAttribute("passwordForm", new PasswordForm("", "", ""));
      return VIEW;
    }
    accounts.rename(user.id(), form.name());
    keepSignedInAs(accounts.findById(user.id()).orElseThrow(), request, response);
    redirect.addFlashAttribute("success", "identity.account.nameChanged");
    return "redirect:/account";
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

  @PostMapping("/account/password")
  String changePassword(
      @AuthenticationPrincipal CurrentUser user,
      @ModelAttribute("passwordForm") PasswordForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (!Objects.equals(form.newPassword(), form.confirmPassword())) {
      result.rejectValue("confirmPassword", "identity.password.error.mismatch");
    } else {
      Optional<Accounts.FieldProblem> problem =
          accounts.changePassword(user.id(), form.currentPassword(), form.newPassword());
      problem.ifPresent(p -> result.rejectValue(p.field(), p.messageKey()));
    }
    if (result.hasErrors()) {
      CurrentUser fresh = accounts.findById(user.id()).orElseThrow();
      model.addAttribute("account", fresh);
      model.addAttribute("nameForm", new NameForm(fresh.displayName()));
      return VIEW;
    }
    redirect.addFlashAttribute("success", "identity.account.passwordChanged");
    return "redirect:/account";
  }

  record NameForm(
      @NotBlank(message = "{identity.account.error.nameMissing}")
          @Size(max = 200, message = "{identity.account.error.nameTooLong}")
          String name) {}

  record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {}
}
