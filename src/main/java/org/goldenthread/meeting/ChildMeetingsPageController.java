package org.goldenthread.meeting;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.Children;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's meetings (still to come, drafts, past) with the three a year for a child on SEN
 * support, and booking a new one.
 */
@Controller
class ChildMeetingsPageController {

  static final String VIEW = "meeting/meetings";

  private final Meetings meetings;
  private final MeetingRhythms rhythms;
  private final Children children;
  private final MeetingFormPage formPage;
  private final Clock clock;

  ChildMeetingsPageController(
      Meetings meetings,
      MeetingRhythms rhythms,
      Children children,
      MeetingFormPage formPage,
      Clock clock) {
    this.meetings = meetings;
    this.rhythms = rhythms;
    this.children = children;
    this.formPage = formPage;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  @GetMapping("/children/{childId}/meetings")
  String list(AccessibleChild child, Model model) {
    List<MeetingView> all = meetings.forChild(child);
    boolean mayArrange = meetings.mayArrange(child);
    model.addAttribute("childRecord", children.get(child));
    model.addAttribute("mayArrange", mayArrange);
    model.addAttribute("rhythm", rhythms.forChild(child).orElse(null));
    model.addAttribute(
        "upcoming",
        all.stream()
            .filter(m -> m.status() == MeetingStatus.BOOKED)
            .sorted(Comparator.comparing(MeetingView::startsAt))
            .toList());
    model.addAttribute(
        "drafts",
        mayArrange
            ? all.stream().filter(m -> m.status() == MeetingStatus.DRAFT).toList()
            : List.of());
    model.addAttribute(
        "past",
        all.stream()
            .filter(m -> m.status() != MeetingStatus.BOOKED && m.status() != MeetingStatus.DRAFT)
            .toList());
    return VIEW;
  }

  /**
   * The booking form. Another page may start it with a kind and an agenda of its own ({@code
   * ?kind=TEAM_MEETING&agenda=…&agenda=…}: a meeting about a disagreement starts from the child's
   * strengths and the facts already agreed); the person still reads, changes and books it.
   */
  @GetMapping("/children/{childId}/meetings/new")
  String add(
      AccessibleChild child,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) List<String> agenda,
      Model model) {
    MeetingRules.requireArrange(child);
    model.addAttribute(MeetingFormPage.FORM, formPage.blank(child, kind, agenda));
    return formPage.show(child, null, model);
  }

  @PostMapping("/children/{childId}/meetings/new")
  String create(
      AccessibleChild child,
      @ModelAttribute(MeetingFormPage.FORM) MeetingForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    MeetingRules.requireArrange(child);
    MeetingDetails details = form.details(binding);
    if (binding.hasErrors()) {
      formPage.alsoCheck(details, binding);
      return formPage.show(child, null, model);
    }
    try {
      MeetingView booked = meetings.create(child, details, false);
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE,
          PageBanner.success(
              booked.endsAt().isAfter(clock.instant())
                  ? "meeting.banner.booked"
                  : "meeting.banner.recorded",
              null));
      return "redirect:/meetings/" + booked.id();
    } catch (ValidationProblem problem) {
      PageForms.reject(binding, problem, MeetingFormPage.FIELDS);
      return formPage.show(child, null, model);
    }
  }
}
