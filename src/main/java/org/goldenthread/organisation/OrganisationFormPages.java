package org.goldenthread.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.SummaryRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The add and edit pages every kind of organisation has, under the kind's address ({@code
 * /admin/schools/new}, {@code /admin/schools/{id}/edit}): the form, each refused rule beside its
 * field, a stale edit shown with what is saved now and what was typed, and a banner on the list
 * once saved. A kind's controller says only what differs: its form, its service calls and its
 * choices. The form is in the model under its type's name ({@code schoolForm}). Only platform
 * administrators may use them: the rule is on this class, where the handlers are declared (a rule
 * on the kind's class alone would not hold for them).
 *
 * @param <F> the kind's form
 * @param <S> the kind's summary, as the service answers it
 * @param <D> the details the form gives the service
 */
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
abstract class OrganisationFormPages<F extends OrganisationForm<D>, S, D> {

  static final String LIST = "redirect:/admin/organisations";

  private final String path;
  private final String formView;
  private final String formName;
  private final String conflictKey;

  OrganisationFormPages(String path, String formView, String formName, String conflictKey) {
    this.path = path;
    this.formView = formView;
    this.formName = formName;
    this.conflictKey = conflictKey;
  }

  abstract F emptyForm();

  abstract F formOf(S saved);

  abstract Optional<S> find(UUID id);

  abstract S create(D details, UUID by);

  abstract S edit(UUID id, long version, D details, UUID by);

  abstract String nameOf(S saved);

  /** What was typed, labelled, to show beside what is saved now after a stale edit. */
  abstract List<SummaryRow> typed(F form);

  /** The choices the form offers. */
  void addChoices(Model model) {}

  @GetMapping("/new")
  String add(Model model) {
    model.addAttribute(formName, emptyForm());
    return formPage(model, null);
  }

  @PostMapping("/new")
  String create(
      @ModelAttribute F form,
      BindingResult binding,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    try {
      S created = create(form.details(), user.id());
      redirect.addFlashAttribute(SuccessBanner.ATTRIBUTE, SuccessBanner.added(nameOf(created)));
      return LIST;
    } catch (OrganisationRefused refused) {
      FormErrors.reject(binding, refused);
      return formPage(model, null);
    }
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable UUID id, Model model) {
    model.addAttribute(formName, formOf(find(id).orElseThrow(NotFound::error)));
    return formPage(model, id);
  }

  @PostMapping("/{id}/edit")
  String save(
      @PathVariable UUID id,
      @ModelAttribute F form,
      BindingResult binding,
      @AuthenticationPrincipal CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    long version = FormErrors.requireVersion(form.version(), binding);
    try {
      S saved = edit(id, version, form.details(), user.id());
      redirect.addFlashAttribute(SuccessBanner.ATTRIBUTE, SuccessBanner.saved(nameOf(saved)));
      return LIST;
    } catch (OrganisationRefused refused) {
      FormErrors.reject(binding, refused);
    } catch (OrganisationConflict conflict) {
      S now = find(id).orElseThrow(NotFound::error);
      FormErrors.showConflict(model, formName, typed(form), formOf(now), conflictKey);
    } catch (OrganisationNotFound notFound) {
      throw NotFound.error();
    }
    return formPage(model, id);
  }

  private String formPage(Model model, UUID id) {
    model.addAttribute("editing", id != null);
    model.addAttribute("formAction", id == null ? path + "/new" : path + "/" + id + "/edit");
    addChoices(model);
    return formView;
  }
}
