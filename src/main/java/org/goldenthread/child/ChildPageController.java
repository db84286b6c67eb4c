package org.goldenthread.child;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.goldenthread.organisation.Organisations;
import org.goldenthread.organisation.SchoolSummary;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's page (record, one-page profile, team, and the panels other capabilities contribute, the
 * family's among them) and correcting the record.
 */
@Controller
class ChildPageController {

  static final String VIEW = "child/child";
  static final String FORM_VIEW = ChildListPageController.FORM_VIEW;
  static final String FORM = ChildListPageController.FORM;

  private final Children children;
  private final Profiles profiles;
  private final Teams teams;
  private final SchoolChoices schools;
  private final Organisations organisations;
  private final ChildRecordRows rows;
  private final Supplier<List<ChildPagePanel>> panels;

  ChildPageController(
      Children children,
      Profiles profiles,
      Teams teams,
      SchoolChoices schools,
      Organisations organisations,
      ChildRecordRows rows,
      ObjectProvider<ChildPagePanel> panels) {
    this.children = children;
    this.profiles = profiles;
    this.teams = teams;
    this.schools = schools;
    this.organisations = organisations;
    this.rows = rows;
    this.panels = SingletonSupplier.of(() -> panels.orderedStream().toList());
  }

  /**
   * The record and every capability's panel, read in one read-only transaction: one connection and
   * one snapshot for the whole page, instead of a transaction for each panel's read.
   */
  @Transactional(readOnly = true)
  @GetMapping("/children/{childId}")
  String show(AccessibleChild child, Model model) {
    ChildSummary record = children.get(child);
    Allowed allowed = Allowed.of(child);
    model.addAttribute("childRecord", record);
    model.addAttribute(Allowed.ATTRIBUTE, allowed);
    model.addAttribute("recordRows", rows.of(record, allowed.editRecord()));
    model.addAttribute(
        "profile", profiles.sections(child).stream().map(ProfileSectionPage::of).toList());
    model.addAttribute("team", teams.current(child));
    model.addAttribute(
        "panels", panels.get().stream().flatMap(p -> p.panelFor(child).stream()).toList());
    return VIEW;
  }

  @GetMapping("/children/{childId}/edit")
  String edit(AccessibleChild child, Model model) {
    child.require(Permission.EDIT_RECORD);
    ChildSummary record = children.get(child);
    model.addAttribute(FORM, ChildForm.of(record));
    return formPage(child, record, model);
  }

  @PostMapping("/children/{childId}/edit")
  String save(
      AccessibleChild child,
      @ModelAttribute(FORM) @CheckedText ChildForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    child.require(Permission.EDIT_RECORD);
    long version = PageForms.requireVersion(form.version(), binding);
    PageForms.rejectUnreadableDate(
        binding, "dateOfBirth", form.dateOfBirth(), "child.error.dateOfBirth.real");
    if (!PageForms.hasRefusedText(binding)) {
      try {
        ChildSummary saved = children.update(child, version, form.details(binding));
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("child.banner.saved", saved.displayName()));
        return "redirect:/children/" + child.id();
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        ChildSummary now = children.get(child);
        PageForms.showConflict(
            model, FORM, rows.typed(form), ChildForm.of(now), "child.conflict.record");
      }
    }
    return formPage(child, children.get(child), model);
  }

  private String formPage(AccessibleChild child, ChildSummary record, Model model) {
    List<SchoolSummary> choices = new ArrayList<>(schools.addableBy(child.user()));
    if (choices.stream().noneMatch(school -> school.id().equals(record.schoolId()))) {
      organisations.school(record.schoolId()).ifPresent(choices::add);
    }
    model.addAttribute("childRecord", record);
    model.addAttribute("editing", true);
    model.addAttribute("formAction", "/children/" + child.id() + "/edit");
    SchoolChoices.addFormChoices(model, choices);
    return FORM_VIEW;
  }
}
