package org.goldenthread.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.InvitationRefused;
import org.goldenthread.identity.InvitationSummary;
import org.goldenthread.identity.Invitations;
import org.goldenthread.identity.NewInvitation;
import org.goldenthread.identity.Role;
import org.goldenthread.web.Choice;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inviting people to an authority, a school or a service, and the list of recent invitations. It
 * lives here rather than in identity because it needs the organisations to choose from; the
 * invitation itself is identity's ({@link Invitations}).
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class InvitationAdminController {

  static final String LIST_VIEW = "organisation/invitations";
  static final String FORM_VIEW = "organisation/invitation-form";
  static final String FORM = "invitationForm";
  static final int RECENT = 50;

  /** Identity's field names, as ours; any other is about the organisation. */
  private static final Map<String, String> IDENTITY_FIELDS =
      Map.of("email", "email", "name", "name", "displayName", "name", "role", "role");

  private final Invitations invitations;
  private final Organisations organisations;
  private final InvitationChecks checks;
  private final MessageSource messages;

  InvitationAdminController(
      Invitations invitations,
      Organisations organisations,
      InvitationChecks checks,
      MessageSource messages) {
    this.invitations = invitations;
    this.organisations = organisations;
    this.checks = checks;
    this.messages = messages;
  }

  @GetMapping("/admin/invitations")
  String list(Model model) {
    List<InvitationSummary> recent = invitations.recent(RECENT);
    Map<UUID, String> names =
        organisations.names(
            recent.stream()
                .map(InvitationSummary::organisationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    Instant now = Instant.now();
    model.addAttribute(
        "invitations", recent.stream().map(each -> InvitationRow.of(each, names, now)).toList());
    return LIST_VIEW;
  }

  @GetMapping("/admin/invitations/new")
  String add(Model model) {
    model.addAttribute(FORM, InvitationForm.empty());
    return formPage(model);
  }

  @PostMapping("/admin/invitations/new")
  String send(
      @ModelAttribute(FORM) InvitationForm form,
      BindingResult binding,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    Optional<NewInvitation> invitation = checks.check(form, binding);
    if (invitation.isEmpty()) {
      return formPage(model);
    }
    try {
      InvitationSummary sent = invitations.invite(invitation.get(), user.id());
      redirect.addFlashAttribute(
          SuccessBanner.ATTRIBUTE, SuccessBanner.invitationSent(sent.email()));
      return "redirect:/admin/invitations";
    } catch (InvitationRefused refused) {
      binding.rejectValue(
          fieldOf(refused, invitation.get().role()),
          refused.messageKey(),
          messages.getMessage(
              "organisation.invitation.error.refused", null, LocaleContextHolder.getLocale()));
      return formPage(model);
    }
  }

  /** The field of our form that identity's refusal is about. */
  private static String fieldOf(InvitationRefused refused, Role role) {
    if (IDENTITY_FIELDS.containsKey(refused.field())) {
      return IDENTITY_FIELDS.get(refused.field());
    }
    String organisationField = InvitationForm.organisationField(role);
    return organisationField != null ? organisationField : "role";
  }

  private String formPage(Model model) {
    List<Choice> schools =
        organisations.schools().stream()
            .map(
                school ->
                    Choice.of(
                        school.id().toString(),
                        Labels.text(
                            messages,
                            "organisation.invitation.school.option",
                            school.name(),
                            school.urn())))
            .toList();
    List<Choice> authorities = AuthorityChoices.of(organisations.authorities());
    List<Choice> services =
        organisations.services().stream()
            .map(service -> Choice.of(service.id().toString(), service.name()))
            .toList();
    model.addAttribute(
        "roleOptions",
        InvitationForm.invitableRoles().stream()
            .map(role -> RoleOption.of(role, schools, authorities, services))
            .toList());
    model.addAttribute("invitationFieldOrder", fieldOrder());
    return FORM_VIEW;
  }

  /** The form's fields in the order the page shows them, for the error summary. */
  private static List<String> fieldOrder() {
    return Stream.concat(
            Stream.of("email", "name", "role"),
            InvitationForm.invitableRoles().stream()
                .map(InvitationForm::organisationField)
                .filter(Objects::nonNull))
        .toList();
  }
}
