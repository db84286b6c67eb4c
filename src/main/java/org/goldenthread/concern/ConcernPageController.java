package org.goldenthread.concern;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.meeting.MeetingView;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.Dates;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.PageLabels;
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
 * A child's concerns: the form to raise one, and one concern with its path (raised, the
 * first-concern meeting, the decision with its reasons), and, for school staff, the way to book the
 * meeting and the form to record the decision.
 */
@Controller
@RequestMapping("/children/{childId}/concerns")
class ConcernPageController {

  static final String NEW = "concern/new";
  static final String CONCERN = "concern/concern";
  static final String FORM = "concernForm";
  static final String DECISION_FORM = "decisionForm";

  private final Concerns concerns;
  private final ConcernDecisions decisions;
  private final PageLabels labels;
  private final Dates dates;
  private final Clock clock;

  ConcernPageController(
      Concerns concerns, ConcernDecisions decisions, PageLabels labels, Dates dates, Clock clock) {
    this.concerns = concerns;
    this.decisions = decisions;
    this.labels = labels;
    this.dates = dates;
    this.clock = clock;
  }

  @GetMapping("/new")
  String form(AccessibleChild child, Model model) {
    requireRaise(child);
    model.addAttribute(FORM, ConcernForm.empty());
    return newPage(child, model);
  }

  @PostMapping
  String raise(
      AccessibleChild child,
      @ModelAttribute(FORM) @CheckedText ConcernForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    requireRaise(child);
    if (!PageForms.hasRefusedText(binding)) {
      try {
        ConcernView raised = concerns.raise(child, form.input());
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("concern.banner.raised", null));
        return "redirect:" + ConcernDeadlines.page(child.id(), raised.id());
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      }
    }
    return newPage(child, model);
  }

  @GetMapping("/{concernId}")
  String show(AccessibleChild child, @PathVariable String concernId, Model model) {
    ConcernView concern = concerns.get(child, NotFound.id(concernId));
    model.addAttribute(
        DECISION_FORM,
        DecisionForm.empty(
            concern.version(), concern.meetingHeld() ? concern.meetingId().toString() : null));
    return concernPage(child, concern, model);
  }

  @PostMapping("/{concernId}/decision")
  String decide(
      AccessibleChild child,
      @PathVariable String concernId,
      @ModelAttribute(DECISION_FORM) @CheckedText DecisionForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    ConcernView concern = concerns.get(child, NotFound.id(concernId));
    long version = PageForms.requireVersion(form.version(), binding);
    PageForms.rejectUnreadableDate(
        binding, "reviewOn", form.reviewOn(), "concern.error.reviewOn.real");
    if (!binding.hasErrors()) {
      try {
        decisions.decide(child, concern.id(), form.input(), version);
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE, PageBanner.success("concern.banner.decided", null));
        return "redirect:" + ConcernDeadlines.page(child.id(), concern.id());
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      } catch (EditConflict conflict) {
        binding.reject("concern.error.changed");
        concern = concerns.get(child, concern.id());
      } catch (ErrorResponseException refused) {
        if (refused.getStatusCode() != HttpStatus.CONFLICT) {
          throw refused;
        }
        binding.reject(
            concerns.get(child, concern.id()).open()
                ? "concern.error.assessmentUnderWay"
                : "concern.error.alreadyDecided");
        concern = concerns.get(child, concern.id());
      }
    }
    return concernPage(child, concern, model);
  }

  private void requireRaise(AccessibleChild child) {
    if (!concerns.mayRaise(child)) {
      throw ChildAccess.forbidden();
    }
  }

  private String newPage(AccessibleChild child, Model model) {
    model.addAttribute("child", child);
    model.addAttribute("answerDays", Concerns.ANSWER_SCHOOL_DAYS);
    return NEW;
  }

  private String concernPage(AccessibleChild child, ConcernView concern, Model model) {
    boolean mayDecide = concerns.mayDecide(child, concern);
    model.addAttribute("child", child);
    model.addAttribute("concern", concern);
    model.addAttribute("raisedOnText", dates.date(concern.raisedOn()));
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("mayDecide", mayDecide);
    model.addAttribute(
        "mayBook", mayDecide && concern.meetingId() == null && decisions.mayBookMeeting(child));
    if (mayDecide) {
      model.addAttribute(
          "decisionChoices",
          Choice.ofValues(concerns.decisionsFor(child).stream().toArray(ConcernDecision[]::new)));
      model.addAttribute("meetingChoices", meetingChoices(child, concern));
    } else {
      model.addAttribute("decisionChoices", List.<Choice>of());
      model.addAttribute("meetingChoices", List.<Choice>of());
    }
    return CONCERN;
  }

  /** The meetings held since the concern was raised, then "without a meeting". */
  private List<Choice> meetingChoices(AccessibleChild child, ConcernView concern) {
    List<Choice> choices = new ArrayList<>();
    for (MeetingView meeting : decisions.meetingsFor(child, concern)) {
      choices.add(
          Choice.of(
              meeting.id().toString(),
              labels.text(
                  "concern.decision.meeting.at",
                  labels.text("meeting.kind." + meeting.kind().name()),
                  dates.dateTime(meeting.startsAt()))));
    }
    choices.add(
        Choice.of(DecisionForm.WITHOUT_MEETING, labels.text("concern.decision.meeting.none")));
    return choices;
  }
}
