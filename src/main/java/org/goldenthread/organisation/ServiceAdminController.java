package org.goldenthread.organisation;

import java.util.List;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.Choice;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.SummaryRow;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and editing support services. */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class ServiceAdminController {

  static final String FORM_VIEW = "organisation/service-form";
  static final String FORM = "serviceForm";

  private final Organisations organisations;
  private final MessageSource messages;

  ServiceAdminController(Organisations organisations, MessageSource messages) {
    this.organisations = organisations;
    this.messages = messages;
  }

  @GetMapping("/admin/services/new")
  String add(Model model) {
    model.addAttribute(FORM, ServiceForm.empty());
    return formPage(model, null);
  }

  @PostMapping("/admin/services/new")
  String create(
      @ModelAttribute(FORM) ServiceForm form,
      BindingResult binding,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    try {
      ServiceSummary created = organisations.createService(form.details(), user.id());
      redirect.addFlashAttribute(SuccessBanner.ATTRIBUTE, SuccessBanner.added(created.name()));
      return "redirect:/admin/organisations";
    } catch (OrganisationRefused refused) {
      FormErrors.reject(binding, refused);
      return formPage(model, null);
    }
  }

  @GetMapping("/admin/services/{id}/edit")
  String edit(@PathVariable UUID id, Model model) {
    ServiceSummary service = organisations.service(id).orElseThrow(NotFound::error);
    model.addAttribute(FORM, ServiceForm.of(service));
    return formPage(model, id);
  }

  @PostMapping("/admin/services/{id}/edit")
  String save(
      @PathVariable UUID id,
      @ModelAttribute(FORM) ServiceForm form,
      BindingResult binding,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    long version = FormErrors.requireVersion(form.version(), binding);
    try {
      ServiceSummary saved = organisations.editService(id, version, form.details(), user.id());
      redirect.addFlashAttribute(SuccessBanner.ATTRIBUTE, SuccessBanner.saved(saved.name()));
      return "redirect:/admin/organisations";
    } catch (OrganisationRefused refused) {
      FormErrors.reject(binding, refused);
    } catch (OrganisationConflict conflict) {
      ServiceSummary now = organisations.service(id).orElseThrow(NotFound::error);
      FormErrors.showConflict(
          model, FORM, typed(form), ServiceForm.of(now), "organisation.service.conflict");
    } catch (OrganisationNotFound notFound) {
      throw NotFound.error();
    }
    return formPage(model, id);
  }

  private List<SummaryRow> typed(ServiceForm form) {
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

  private String formPage(Model model, UUID id) {
    model.addAttribute("editing", id != null);
    model.addAttribute(
        "formAction", id == null ? "/admin/services/new" : "/admin/services/" + id + "/edit");
    model.addAttribute("kindChoices", Choice.ofValues(ServiceKind.values()));
    model.addAttribute("authorityChoices", AuthorityChoices.of(organisations.authorities()));
    return FORM_VIEW;
  }
}
