package org.goldenthread.organisation;

import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
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

  SchoolAdminController(Organisations organisations) {
    this.organisations = organisations;
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
    SchoolSummary school = organisations.school(id).orElseThrow(FormErrors::notFound);
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
      SchoolSummary now = organisations.school(id).orElseThrow(FormErrors::notFound);
      FormErrors.showConflict(
          model, FORM, form, SchoolForm.of(now), "organisation.school.conflict");
    } catch (OrganisationNotFound notFound) {
      throw FormErrors.notFound();
    }
    return formPage(model, id);
  }

  private String formPage(Model model, UUID id) {
    model.addAttribute("editing", id != null);
    model.addAttribute(
        "formAction", id == null ? "/admin/schools/new" : "/admin/schools/" + id + "/edit");
    model.addAttribute("phases", SchoolPhase.values());
    model.addAttribute("authorities", organisations.authorities());
    return FORM_VIEW;
  }
}
