package org.goldenthread.disagreement;

import java.util.Arrays;
import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.PageOf;
import org.goldenthread.web.ValidationProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's disagreements: the list with the form to record one, and one disagreement with the next
 * option open to the family (its deadline and the rule behind it), what can be appealed, where to
 * get independent advice, the timeline of its stages and the form to add one, the guidance on
 * tricky conversations, and for the SENCO or the lead professional a meeting to book about it.
 */
@Controller
class DisagreementPageController {

  static final String LIST = "disagreement/disagreements";
  static final String DISAGREEMENT = "disagreement/disagreement";
  static final String GUIDANCE = "disagreement/tricky-conversations";
  static final String FORM = "disagreementForm";
  static final String STAGE_FORM = "stageForm";

  private final Disagreements disagreements;
  private final DisagreementAgenda agenda;

  DisagreementPageController(Disagreements disagreements, DisagreementAgenda agenda) {
    this.disagreements = disagreements;
    this.agenda = agenda;
  }

  @GetMapping("/children/{childId}/disagreements")
  String list(AccessibleChild child, Model model) {
    model.addAttribute(FORM, DisagreementForm.empty());
    return listPage(child, model);
  }

  @PostMapping("/children/{childId}/disagreements")
  String record(
      AccessibleChild child,
      @ModelAttribute(FORM) @CheckedText DisagreementForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    DisagreementInput input = form.input(binding);
    if (!binding.hasErrors()) {
      try {
        DisagreementView made = disagreements.record(child, input);
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("disagreement.banner.recorded", null));
        return "redirect:" + DisagreementViews.page(child.id(), made.id());
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      }
    }
    return listPage(child, model);
  }

  @GetMapping("/children/{childId}/disagreements/{disagreementId}")
  String show(AccessibleChild child, @PathVariable String disagreementId, Model model) {
    DisagreementView d = disagreements.get(child, NotFound.id(disagreementId));
    model.addAttribute(STAGE_FORM, StageForm.empty(d.version()));
    return page(child, d, model);
  }

  @PostMapping("/children/{childId}/disagreements/{disagreementId}/stages")
  String addStage(
      AccessibleChild child,
      @PathVariable String disagreementId,
      @ModelAttribute(STAGE_FORM) @CheckedText StageForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    DisagreementView d = disagreements.get(child, NotFound.id(disagreementId));
    long version = PageForms.requireVersion(form.version(), binding);
    StageInput input = form.input(binding);
    if (!binding.hasErrors()) {
      try {
        disagreements.addStage(child, d.id(), input, version);
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("disagreement.banner.stage", null));
        return "redirect:" + DisagreementViews.page(child.id(), d.id()) + "#timeline";
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        binding.reject("disagreement.error.changed");
        d = disagreements.get(child, d.id());
      }
    }
    return page(child, d, model);
  }

  @GetMapping("/guidance/tricky-conversations")
  String trickyConversations() {
    return GUIDANCE;
  }

  private String listPage(AccessibleChild child, Model model) {
    PageOf<DisagreementView> found = disagreements.forChild(child, 0, PageOf.MAX_SIZE);
    boolean mayRecord = disagreements.mayRecord(child);
    model.addAttribute("child", child);
    model.addAttribute("disagreements", found.items());
    model.addAttribute("more", found.total() - found.items().size());
    model.addAttribute("mayRecord", mayRecord);
    model.addAttribute("aboutChoices", Choice.ofValues(DisagreementAbout.values()));
    model.addAttribute("sectionChoices", Choice.ofValues(PlanSection.values()));
    model.addAttribute(
        "staffChoices",
        mayRecord
            ? disagreements.staffChoices(child).stream()
                .map(s -> Choice.of(s.userId().toString(), s.name()))
                .toList()
            : List.<Choice>of());
    return LIST;
  }

  private String page(AccessibleChild child, DisagreementView d, Model model) {
    boolean mayAdd = disagreements.mayAddStage(child);
    model.addAttribute("child", child);
    model.addAttribute("d", d);
    model.addAttribute("today", disagreements.today());
    model.addAttribute("family", child.grant().isFamily());
    model.addAttribute("mayAddStage", mayAdd);
    model.addAttribute(
        "stageChoices", mayAdd ? Choice.ofValues(StageKind.values()) : List.<Choice>of());
    model.addAttribute("settlesChoice", Choice.ofValues("true"));
    model.addAttribute(
        "tribunalSections",
        Arrays.stream(PlanSection.values()).filter(PlanSection::toTribunal).toList());
    model.addAttribute(
        "bookingLink", DisagreementAgenda.mayBook(child) ? agenda.bookingLink(child, d) : null);
    return DISAGREEMENT;
  }
}
