package org.goldenthread.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.web.Choice;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.SummaryRow;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Adding and editing schools. */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
@RequestMapping("/admin/schools")
class SchoolAdminController
    extends OrganisationFormPages<SchoolForm, SchoolSummary, SchoolDetails> {

  static final String FORM_VIEW = "organisation/school-form";
  static final String FORM = "schoolForm";

  private final Organisations organisations;
  private final MessageSource messages;

  SchoolAdminController(Organisations organisations, MessageSource messages) {
    super("/admin/schools", FORM_VIEW, FORM, "organisation.school.conflict");
    this.organisations = organisations;
    this.messages = messages;
  }

  @Override
  SchoolForm emptyForm() {
    return SchoolForm.empty();
  }

  @Override
  SchoolForm formOf(SchoolSummary saved) {
    return SchoolForm.of(saved);
  }

  @Override
  Optional<SchoolSummary> find(UUID id) {
    return organisations.school(id);
  }

  @Override
  SchoolSummary create(SchoolDetails details, UUID by) {
    return organisations.createSchool(details, by);
  }

  @Override
  SchoolSummary edit(UUID id, long version, SchoolDetails details, UUID by) {
    return organisations.editSchool(id, version, details, by);
  }

  @Override
  String nameOf(SchoolSummary saved) {
    return saved.name();
  }

  @Override
  List<SummaryRow> typed(SchoolForm form) {
    return Labels.rows(
        messages,
        "organisation.school.urn.label",
        form.urn(),
        "organisation.school.name.label",
        form.name(),
        "organisation.school.phase.legend",
        Labels.choice(messages, "organisation.phase.", form.phase()),
        "organisation.school.authority.label",
        organisations
            .authority(PageForms.id(form.authorityId()))
            .map(LocalAuthoritySummary::name)
            .orElse(""),
        "organisation.twoFactor.legend",
        StaffTwoFactor.typed(messages, form.staffTwoFactor()));
  }

  @Override
  void addChoices(Model model) {
    model.addAttribute("phaseChoices", Choice.ofValues(SchoolPhase.values()));
    model.addAttribute("authorityChoices", AuthorityChoices.of(organisations.authorities()));
    StaffTwoFactor.addChoice(model, messages, "organisation.school.twoFactor.item");
  }
}
