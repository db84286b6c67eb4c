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

/** Adding and editing schools. */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class SchoolAdminController {

  static final String FORM_VIEW = "organisation/school-form";
  static final String FORM = "schoolForm";

  private final Organisations organisations;
  private final MessageSource messages;

  SchoolAdminController(Organisations organisations, MessageSource messages) {
    this.organisations = organisations;
    this.messages = messages;
  }

  @GetMapping("/admin/schools/new")
  String add(Model model) {
    model.addAttribute(FORM, SchoolForm.empty());
    return formPage(model, null);
  }

  @PostMapping("/admin/schools/new")
  String create(
      @ModelAttribute(FORM) SchoolForm form,
      BindingResult binding,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    try {
      SchoolSummary created = organisations.createSchool(form.details(), user.id());
      redirect.addFlashAttribute(SuccessBanner.ATTRIBUTE, SuccessBanner.added(created.name()));
      return "redirect:/admin/organisations";
    } catch (OrganisationRefused refused) {
      FormErrors.reject(binding, refused);
      return formPage(model, null);
    }
  }

  @GetMapping("/admin/schools/{id}/edit")
  String edit(@PathVariable UUID id, Model model) {
    SchoolSummary school = organisations.school(id).orElseThrow(NotFound::error);
    model.addAttribute(FORM, SchoolForm.of(school));
    return formPage(model, id);
  }

  @PostMapping("/admin/schools/{id}/edit")
  String save(
      @PathVariable UUID id,
      @ModelAttribute(FORM) SchoolForm form,
      BindingResult binding,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    long version = FormErrors.requireVersion(form.version(), binding);
    try {
      SchoolSummary saved = organisations.editSchool(id, version, form.details(), user.id());
      redirect.addFlashAttribute(SuccessBanner.ATTRIBUTE, SuccessBanner.saved(saved.name()));
      return "redirect:/admin/organisations";
    } catch (OrganisationRefused refused) {
      FormErrors.reject(binding, refused);
    } catch (OrganisationConflict conflict) {
      SchoolSummary now = organisations.school(id).orElseThrow(NotFound::error);
      FormErrors.showConflict(
          model, FORM, typed(form), SchoolForm.of(now), "organisation.school.conflict");
    } catch (OrganisationNotFound notFound) {
      throw NotFound.error();
    }
    return formPage(model, id);
  }

  private List<SummaryRow> typed(SchoolForm form) {
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
            .orElse(""));
  }

  private String formPage(Model model, UUID id) {
    model.addAttribute("editing", id != null);
    model.addAttribute(
        "formAction", id == null ? "/admin/schools/new" : "/admin/schools/" + id + "/edit");
    model.addAttribute("phaseChoices", Choice.ofValues(SchoolPhase.values()));
    model.addAttribute("authorityChoices", AuthorityChoices.of(organisations.authorities()));
    return FORM_VIEW;
  }
}
