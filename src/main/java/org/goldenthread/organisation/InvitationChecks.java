package org.goldenthread.organisation;

import java.util.Optional;
import java.util.UUID;
import org.goldenthread.identity.NewInvitation;
import org.goldenthread.identity.Role;
import org.goldenthread.web.PageForms;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What the invitation page checks before asking identity to send it: every question answered, and
 * the organisation chosen in the select that goes with the role, of the kind that role is held at.
 * Identity checks the rest (a well-formed email, not the inviter's own address, not already holding
 * that role there); its refusals are shown beside the field they are about.
 */
@Component
class InvitationChecks {

  private final Organisations organisations;

  InvitationChecks(Organisations organisations) {
    this.organisations = organisations;
  }

  /** The invitation to send, or empty with every problem added to {@code errors}. */
  Optional<NewInvitation> check(InvitationForm form, Errors errors) {
    String email = OrganisationRules.tidy(form.email());
    String name = OrganisationRules.tidy(form.name());
    if (email == null) {
      errors.rejectValue("email", "organisation.invitation.error.email.required");
    }
    if (name == null) {
      errors.rejectValue("name", "organisation.invitation.error.name.required");
    } else if (name.length() > OrganisationRules.NAME_MAX) {
      errors.rejectValue("name", "organisation.invitation.error.name.too-long");
    }
    Role role = form.chosenRole();
    UUID organisationId = null;
    if (role == null) {
      errors.rejectValue("role", "organisation.invitation.error.role.required");
    } else if (role.organisationKind() != Role.OrganisationKind.NONE) {
      organisationId = chosenOrganisation(form, role, errors);
    }
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new NewInvitation(email, name, role, organisationId));
  }

  private UUID chosenOrganisation(InvitationForm form, Role role, Errors errors) {
    String field = InvitationForm.organisationField(role);
    String kind = role.organisationKind().name().toLowerCase().replace('_', '-');
    UUID id = PageForms.id(form.organisationFor(role));
    if (id == null) {
      errors.rejectValue(field, "organisation.invitation.error." + kind + ".required");
      return null;
    }
    boolean exists =
        switch (role.organisationKind()) {
          case SCHOOL -> organisations.school(id).isPresent();
          case LOCAL_AUTHORITY -> organisations.authority(id).isPresent();
          case SERVICE -> organisations.service(id).isPresent();
          case NONE -> false;
        };
    if (!exists) {
      errors.rejectValue(field, "organisation.invitation.error." + kind + ".required");
    }
    return id;
  }
}
