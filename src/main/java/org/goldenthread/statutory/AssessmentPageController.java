package org.goldenthread.statutory;

import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's EHC needs assessments: the list with the form to record a request, and one assessment's
 * timeline in plain words (what has happened, what is due next and from whom).
 */
@Controller
@RequestMapping("/children/{childId}/ehc-assessments")
class AssessmentPageController {

  static final String LIST = "statutory/assessments";
  static final String TIMELINE = "statutory/assessment";
  static final String FORM = "requestForm";

  private final EhcAssessments assessments;
  private final AssessmentTimeline timeline;

  AssessmentPageController(EhcAssessments assessments, AssessmentTimeline timeline) {
    this.assessments = assessments;
    this.timeline = timeline;
  }

  @GetMapping
  String list(AccessibleChild child, Model model) {
    model.addAttribute(FORM, RequestForm.empty());
    return listPage(child, model);
  }

  @PostMapping
  String request(
      AccessibleChild child,
      @ModelAttribute(FORM) @CheckedText RequestForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    PageForms.rejectUnreadableDate(
        binding, "requestedOn", form.requestedOn(), "statutory.error.requestedOn.real");
    if (!binding.hasErrors()) {
      try {
        AssessmentView saved =
            assessments.request(
                child,
                form.requestedOn().toLocalDate().orElse(null),
                PageForms.choice(RequestedBy.class, form.requestedBy()));
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("statutory.banner.requested", null));
        return "redirect:/children/" + child.id() + "/ehc-assessments/" + saved.id();
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (ErrorResponseException refused) {
        if (refused.getStatusCode().value() != 409) {
          throw refused;
        }
        binding.reject("statutory.error.underWay");
      }
    }
    return listPage(child, model);
  }

  @GetMapping("/{assessmentId}")
  String show(AccessibleChild child, @PathVariable String assessmentId, Model model) {
    AssessmentView assessment = assessments.get(child, NotFound.id(assessmentId));
    model.addAttribute("child", child);
    model.addAttribute("assessment", assessment);
    model.addAttribute("timeline", timeline.of(assessment));
    model.addAttribute(
        "steps",
        assessments.mayRecordMilestones(child) ? timeline.nextSteps(assessment) : List.of());
    return TIMELINE;
  }

  private String listPage(AccessibleChild child, Model model) {
    var all = assessments.forChild(child);
    model.addAttribute("child", child);
    model.addAttribute("assessments", all);
    model.addAttribute(
        "mayRequest",
        assessments.mayRequest(child) && all.stream().noneMatch(a -> a.status().underWay()));
    model.addAttribute("requesters", Choice.ofValues(RequestedBy.values()));
    return LIST;
  }
}
