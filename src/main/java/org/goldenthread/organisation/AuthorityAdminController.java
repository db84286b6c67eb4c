package org.goldenthread.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.web.SummaryRow;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Adding and editing local authorities. */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
@RequestMapping("/admin/authorities")
class AuthorityAdminController
    extends OrganisationFormPages<AuthorityForm, LocalAuthoritySummary, AuthorityDetails> {

  static final String FORM_VIEW = "organisation/authority-form";
  static final String FORM = "authorityForm";

  private final Organisations organisations;
  private final MessageSource messages;

  AuthorityAdminController(Organisations organisations, MessageSource messages) {
    super("/admin/authorities", FORM_VIEW, FORM, "organisation.authority.conflict");
    this.organisations = organisations;
    this.messages = messages;
  }

  @Override
  AuthorityForm emptyForm() {
    return AuthorityForm.empty();
  }

  @Override
  AuthorityForm formOf(LocalAuthoritySummary saved) {
    return AuthorityForm.of(saved);
  }

  @Override
  Optional<LocalAuthoritySummary> find(UUID id) {
    return organisations.authority(id);
  }

  @Override
  LocalAuthoritySummary create(AuthorityDetails details, UUID by) {
    return organisations.createAuthority(details, by);
  }

  @Override
  LocalAuthoritySummary edit(UUID id, long version, AuthorityDetails details, UUID by) {
    return organisations.editAuthority(id, version, details, by);
  }

  @Override
  String nameOf(LocalAuthoritySummary saved) {
    return saved.name();
  }

  @Override
  List<SummaryRow> typed(AuthorityForm form) {
    return Labels.rows(
        messages,
        "organisation.authority.name.label",
        form.name(),
        "organisation.authority.code.label",
        form.code(),
        "organisation.twoFactor.legend",
        StaffTwoFactor.typed(messages, form.staffTwoFactor()));
  }

  @Override
  void addChoices(Model model) {
    StaffTwoFactor.addChoice(model, messages, "organisation.authority.twoFactor.item");
  }
}
