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

/** Adding and editing support services. */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
@RequestMapping("/admin/services")
class ServiceAdminController
    extends OrganisationFormPages<ServiceForm, ServiceSummary, ServiceDetails> {

  static final String FORM_VIEW = "organisation/service-form";
  static final String FORM = "serviceForm";

  private final Organisations organisations;
  private final MessageSource messages;

  ServiceAdminController(Organisations organisations, MessageSource messages) {
    super("/admin/services", FORM_VIEW, FORM, "organisation.service.conflict");
    this.organisations = organisations;
    this.messages = messages;
  }

  @Override
  ServiceForm emptyForm() {
    return ServiceForm.empty();
  }

  @Override
  ServiceForm formOf(ServiceSummary saved) {
    return ServiceForm.of(saved);
  }

  @Override
  Optional<ServiceSummary> find(UUID id) {
    return organisations.service(id);
  }

  @Override
  ServiceSummary create(ServiceDetails details, UUID by) {
    return organisations.createService(details, by);
  }

  @Override
  ServiceSummary edit(UUID id, long version, ServiceDetails details, UUID by) {
    return organisations.editService(id, version, details, by);
  }

  @Override
  String nameOf(ServiceSummary saved) {
    return saved.name();
  }

  @Override
  List<SummaryRow> typed(ServiceForm form) {
    return Labels.rows(
        messages,
        "organisation.service.name.label",
        form.name(),
        "organisation.service.kind.legend",
        Labels.choice(messages, "organisation.service-kind.", form.kind()),
        "organisation.service.authority.label",
        organisations
            .authority(PageForms.id(form.authorityId()))
            .map(LocalAuthoritySummary::name)
            .orElse(""),
        "organisation.service.email.label",
        form.email());
  }

  @Override
  void addChoices(Model model) {
    model.addAttribute("kindChoices", Choice.ofValues(ServiceKind.values()));
    model.addAttribute("authorityChoices", AuthorityChoices.of(organisations.authorities()));
  }
}
