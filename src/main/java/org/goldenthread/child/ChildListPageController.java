package org.goldenthread.child;

import java.util.List;
import java.util.UUID;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of children a person may see, and adding a child to a school's roll. */
@Controller
class ChildListPageController {

  static final String LIST_VIEW = "child/children";
  static final String FORM_VIEW = "child/child-form";
  static final String FORM = "childForm";

  private final Children children;
  private final SchoolChoices schools;

  ChildListPageController(Children children, SchoolChoices schools) {
    this.children = children;
    this.schools = schools;
  }

  @Transactional(readOnly = true)
  @GetMapping("/children")
  String list(
      @AuthenticationPrincipal CurrentUser user,
      @ModelAttribute(Caseload.FILTER) ChildFilter filter,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Caseload.show(model, children, user, filter, page, "/children");
    model.addAttribute("canAddChild", !schools.addableBy(user).isEmpty());
    return LIST_VIEW;
  }

  @GetMapping("/children/new")
  String add(@AuthenticationPrincipal CurrentUser user, Model model) {
    List<SchoolSummary> addable = addable(user);
    String only = addable.size() == 1 ? addable.get(0).id().toString() : null;
    model.addAttribute(FORM, ChildForm.empty(only));
    return formPage(model, addable);
  }

  @PostMapping("/children/new")
  String create(
      @AuthenticationPrincipal CurrentUser user,
      @ModelAttribute(FORM) ChildForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    List<SchoolSummary> addable = addable(user);
    PageForms.rejectUnreadableDate(
        binding, "dateOfBirth", form.dateOfBirth(), "child.error.dateOfBirth.real");
    UUID school = form.details().schoolId();
    if (school != null && addable.stream().noneMatch(s -> s.id().equals(school))) {
      binding.rejectValue("schoolId", "child.error.school.notAllowed");
    }
    try {
      // A date that is not real, or a school they may not add to, reaches the service as none,
      // which it always refuses: every other problem is listed too, and nothing is saved.
      ChildSummary created = children.create(user, form.details(binding));
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE, PageBanner.success("child.banner.added", created.displayName()));
      return "redirect:/children/" + created.id();
    } catch (ValidationProblem problem) {
      PageForms.reject(binding, problem);
      return formPage(model, addable);
    }
  }

  private List<SchoolSummary> addable(CurrentUser user) {
    List<SchoolSummary> addable = schools.addableBy(user);
    if (addable.isEmpty()) {
      throw ChildAccess.forbidden();
    }
    return addable;
  }

  private static String formPage(Model model, List<SchoolSummary> addable) {
    model.addAttribute("editing", false);
    model.addAttribute("formAction", "/children/new");
    SchoolChoices.addFormChoices(model, addable);
    return FORM_VIEW;
  }
}
