package org.goldenthread.meeting;

import java.util.List;
import org.goldenthread.voice.Views;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.Choice;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding preparation before a meeting, for anyone invited. A parent is offered what a parent brings
 * (key points, questions, what works at home, what their child has said, the child's own views) and
 * sentence starters to begin with; a professional their update. What the child or the family wants
 * to say is pointed to a view linked to the meeting, which stays open until it is answered.
 */
@Controller
class PreparationPageController {

  static final String VIEW = "meeting/preparation-form";
  static final String FORM = "contributionForm";

  /** What a parent brings, in the order offered. */
  static final List<ContributionKind> FOR_PARENTS =
      List.of(
          ContributionKind.PARENT_KEY_POINTS,
          ContributionKind.QUESTION,
          ContributionKind.WORKS_AT_HOME,
          ContributionKind.CHILD_SAID,
          ContributionKind.CHILD_VIEWS,
          ContributionKind.OTHER);

  /** What a professional or member of staff brings, in the order offered. */
  static final List<ContributionKind> FOR_STAFF =
      List.of(
          ContributionKind.PROFESSIONAL_UPDATE,
          ContributionKind.CHILD_VIEWS,
          ContributionKind.QUESTION,
          ContributionKind.OTHER);

  private final Meetings meetings;
  private final MeetingPreparation preparation;
  private final Views views;

  PreparationPageController(Meetings meetings, MeetingPreparation preparation, Views views) {
    this.meetings = meetings;
    this.preparation = preparation;
    this.views = views;
  }

  @GetMapping("/meetings/{meetingId}/preparation/new")
  String add(AccessibleMeeting who, Model model) {
    requirePrepare(who);
    model.addAttribute(FORM, ContributionForm.empty());
    return page(who, model);
  }

  @PostMapping("/meetings/{meetingId}/preparation/new")
  String create(
      AccessibleMeeting who,
      @ModelAttribute(FORM) @CheckedText ContributionForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    requirePrepare(who);
    if (!PageForms.hasRefusedText(binding)) {
      try {
        ContributionView added = preparation.add(who, form.input());
        redirect.addFlashAttribute(
            PageBanner.ATTRIBUTE,
            PageBanner.success(
                added.chairOnly() ? "meeting.banner.preparedForChair" : "meeting.banner.prepared",
                null));
        // No #preparation: a page opened at a fragment takes focus off the success banner, and a
        // screen reader would not say that it was added.
        return "redirect:/meetings/" + who.id();
      } catch (ValidationProblem problem) {
        PageForms.reject(binding, problem);
      }
    }
    return page(who, model);
  }

  private void requirePrepare(AccessibleMeeting who) {
    if (!meetings.rights(who).prepare()) {
      throw MeetingAccess.forbidden();
    }
  }

  private String page(AccessibleMeeting who, Model model) {
    MeetingView meeting = meetings.get(who);
    boolean parent =
        meeting.invitees().stream().anyMatch(i -> i.userId().equals(who.user().id()) && i.parent());
    List<ContributionKind> offered = parent ? FOR_PARENTS : FOR_STAFF;
    model.addAttribute("meeting", meeting);
    model.addAttribute("asParent", parent);
    model.addAttribute(
        "kindChoices", Choice.ofValues(offered.stream().sorted().toArray(ContributionKind[]::new)));
    model.addAttribute(
        "prompts",
        preparation.prompts().stream()
            .filter(p -> offered.contains(p.suits()))
            .map(PreparationPrompt::messageKey)
            .toList());
    model.addAttribute("chairOnlyChoices", Choice.ofValues("true"));
    model.addAttribute("chairIsMe", meeting.organiserId().equals(who.user().id()));
    model.addAttribute("mayAddView", !views.mayRecord(who.child()).isEmpty());
    return VIEW;
  }
}
