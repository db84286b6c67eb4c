package org.goldenthread.organisation;

import java.util.List;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
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

/** Adding and editing local authorities. */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class AuthorityAdminController {

  static final String FORM_VIEW = "organisation/authority-form";
  static final String FORM = "authorityForm";

  private final Organisations organisations;
  private final MessageSource messages;

  AuthorityAdminController(Organisations organisations, MessageSource messages) {
    this.organisations = organisations;
    this.messages = messages;
  }

  @GetMapping("/admin/authorities/new")
  String add(Model model) {
    model.addAttribute(FORM, AuthorityForm.empty());
    return formPage(model, null);
  }

  @PostMapping("/admin/authorities/new")
  String create(
      @ModelAttribute(FORM) AuthorityForm form,
      BindingResult binding,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    try {
      LocalAuthoritySummary created = organisations.createAuthority(form.details(), user.id());
      redirect.addFlashAttribute(SuccessBanner.ATTRIBUTE, SuccessBanner.added(created.name()));
      return "redirect:/admin/organisations";
    } catch (OrganisationRefused refused) {
      FormErrors.reject(binding, refused);
      return formPage(model, null);
    }
  }

  @GetMapping("/admin/authorities/{id}/edit")
  String edit(@PathVariable UUID id, Model model) {
    LocalAuthoritySummary authority = organisations.authority(id).orElseThrow(NotFound::error);
    model.addAttribute(FORM, AuthorityForm.of(authority));
    return formPage(model, id);
  }

  @PostMapping("/admin/authorities/{id}/edit")
  String save(
      @PathVariable UUID id,
      @ModelAttribute(FORM) AuthorityForm form,
      BindingResult binding,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    long version = FormErrors.requireVersion(form.version(), binding);
    try {
      LocalAuthoritySummary saved =
          organisations.editAuthority(id, version, form.details(), user.id());
      redirect.addFlashAttribute(SuccessBanner.ATTRIBUTE, SuccessBanner.saved(saved.name()));
      return "redirect:/admin/organisations";
    } catch (OrganisationRefused refused) {
      FormErrors.reject(binding, refused);
    } catch (OrganisationConflict conflict) {
      LocalAuthoritySummary now = organisations.authority(id).orElseThrow(NotFound::error);
      FormErrors.showConflict(
          model, FORM, typed(form), AuthorityForm.of(now), "organisation.authority.conflict");
    } catch (OrganisationNotFound notFound) {
      throw NotFound.error();
    }
    return formPage(model, id);
  }

  private List<SummaryRow> typed(AuthorityForm form) {
    return Labels.rows(
        messages,
        "organisation.authority.name.label",
        form.name(),
        "organisation.authority.code.label",
        form.code());
  }

  private String formPage(Model model, UUID id) {
    model.addAttribute("editing", id != null);
    model.addAttribute(
        "formAction", id == null ? "/admin/authorities/new" : "/admin/authorities/" + id + "/edit");
    return FORM_VIEW;
  }
}
