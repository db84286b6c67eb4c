package org.goldenthread.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Following an invitation link: a newcomer sets a password; an existing user confirms theirs. */
@Controller
class InvitationAcceptanceController {

  static final String VIEW = "identity/accept-invitation";
  static final String LINK_CLOSED_VIEW = "identity/link-no-longer-open";

  private final InvitationService invitations;

  InvitationAcceptanceController(InvitationService invitations) {
    this.invitations = invitations;
  }

  @GetMapping("/invitations/{token}")
  String show(@PathVariable String token, Model model) {
    InvitationService.OpenInvitation open = openOrThrow(token);
    model.addAttribute("invitation", open);
    model.addAttribute(
        "acceptInvitationForm", new AcceptInvitationForm(open.invitation().name(), "", ""));
    return VIEW;
  }

  @PostMapping("/invitations/{token}")
  String accept(
      @PathVariable String token,
      @ModelAttribute("acceptInvitationForm") AcceptInvitationForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response) {
    InvitationService.OpenInvitation open = openOrThrow(token);
    model.addAttribute("invitation", open);
    if (!open.existingAccount()) {
      if (form.name() == null || form.name().isBlank()) {
        result.rejectValue("name", "identity.invitation.error.name");
      } else if (form.name().strip().length() > 200) {
        result.rejectValue("name", "identity.account.error.nameTooLong");
      }
      if (!Objects.equals(form.password(), form.confirmPassword())) {
        result.rejectValue("confirmPassword", "identity.password.error.mismatch");
      }
      if (result.hasErrors()) {
        return VIEW;
      }
    }
    Optional<Accounts.FieldProblem> problem;
    try {
      problem = invitations.accept(token, form.name(), form.password());
    } catch (InvitationRefused refused) {
      // The invitation was sent by the very account it would grant a role to.
      result.reject(refused.messageKey());
      response.setStatus(HttpStatus.FORBIDDEN.value());
      return VIEW;
    }
    if (problem.isPresent()) {
      result.rejectValue(problem.get().field(), problem.get().messageKey());
      return VIEW;
    }
    return "redirect:/sign-in?invitationAccepted";
  }

  private InvitationService.OpenInvitation openOrThrow(String token) {
    return invitations.open(token).orElseThrow(InvitationService.InvitationNoLongerOpen::new);
  }

  @ExceptionHandler(InvitationService.InvitationNoLongerOpen.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String linkClosed() {
    return LINK_CLOSED_VIEW;
  }

  record AcceptInvitationForm(String name, String password, String confirmPassword) {}
}
