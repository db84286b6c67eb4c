package org.goldenthread.statutory;

import java.util.List;
import java.util.Map;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.deadline.AllowedException;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.http.HttpStatus;
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
 * Recording one step of an assessment (an officer of the child's authority, or the school's SENCO
 * or head): a page per kind of step, asking only for what that step needs.
 */
@Controller
@RequestMapping("/children/{childId}/ehc-assessments/{assessmentId}/steps/{step}")
class MilestonePageController {

  static final String VIEW = "statutory/step-form";
  static final String FORM = "stepForm";

  private final EhcAssessments assessments;

  MilestonePageController(EhcAssessments assessments) {
    this.assessments = assessments;
  }

  @GetMapping
  String show(
      AccessibleChild child,
      @PathVariable String assessmentId,
      @PathVariable String step,
      Model model) {
    AssessmentView assessment = assessment(child, assessmentId);
    model.addAttribute(FORM, StepForm.empty(assessment.version()));
    return page(child, assessment, kind(step), model);
  }

  @PostMapping
  String record(
      AccessibleChild child,
      @PathVariable String assessmentId,
      @PathVariable String step,
      @ModelAttribute(FORM) @CheckedText StepForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    AssessmentView assessment = assessment(child, assessmentId);
    MilestoneKind kind = kind(step);
    PageForms.rejectUnreadableDate(binding, "on", form.on(), "statutory.error.on.real");
    if (!binding.hasErrors()) {
      try {
        assessments.record(child, assessment.id(), form.input(kind), form.version());
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("statutory.banner.recorded", null));
        return "redirect:/children/" + child.id() + "/ehc-assessments/" + assessment.id();
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem, Map.of("kind", "on"));
      } catch (EditConflict conflict) {
        binding.reject("statutory.error.changed");
        assessment = assessment(child, assessmentId);
      } catch (ErrorResponseException refused) {
        if (refused.getStatusCode() != HttpStatus.CONFLICT) {
          throw refused;
        }
        binding.reject("statutory.error.outOfOrder");
      }
    }
    return page(child, assessment, kind, model);
  }

  private AssessmentView assessment(AccessibleChild child, String assessmentId) {
    if (!assessments.mayRecordMilestones(child)) {
      throw ChildAccess.forbidden();
    }
    return assessments.get(child, NotFound.id(assessmentId));
  }

  private static MilestoneKind kind(String step) {
    return AssessmentTimeline.Step.kindOf(step).orElseThrow(NotFound::error);
  }

  private String page(
      AccessibleChild child, AssessmentView assessment, MilestoneKind kind, Model model) {
    model.addAttribute("child", child);
    model.addAttribute("assessment", assessment);
    model.addAttribute("kind", kind);
    model.addAttribute("stepSlug", AssessmentTimeline.Step.of(kind).slug());
    model.addAttribute("assessChoices", Choice.ofValues("true", "false"));
    model.addAttribute("reasonChoices", Choice.ofValues(AllowedException.Reason.values()));
    model.addAttribute("adviceChoices", unanswered(assessment));
    return VIEW;
  }

  /** The requests for advice not yet answered: what advice received may answer. */
  private static List<Choice> unanswered(AssessmentView assessment) {
    return AssessmentClock.replay(assessment.requestedOn(), assessment.events())
        .openAdvice()
        .stream()
        .map(due -> Choice.of(due.adviceId().toString(), due.ownerName()))
        .toList();
  }
}
