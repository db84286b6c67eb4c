package org.goldenthread.meeting;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.goldenthread.action.MeetingActions;
import org.goldenthread.web.CheckedText;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.PageLabels;
import org.goldenthread.web.ValidationProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Closing a meeting: it needs the date of the next meeting (a draft of it is made) or the reason
 * there will be none, so that everyone leaves knowing what happens next. The meeting's page then
 * shows the summary at the top, and the invitees are emailed it.
 */
@Controller
class ClosePageController {

  static final String VIEW = "meeting/close-form";
  static final String FORM = "closeForm";

  private final Meetings meetings;
  private final MeetingClosing closing;
  private final MeetingActions actions;
  private final PageLabels labels;

  ClosePageController(
      Meetings meetings, MeetingClosing closing, MeetingActions actions, PageLabels labels) {
    this.meetings = meetings;
    this.closing = closing;
    this.actions = actions;
    this.labels = labels;
  }

  @GetMapping("/meetings/{meetingId}/close")
  String show(AccessibleMeeting who, Model model, RedirectAttributes redirect) {
    MeetingView meeting = MeetingPages.runnable(meetings, who);
    if (!MeetingPages.held(meeting)) {
      return MeetingPages.notHeld(meeting, redirect);
    }
    model.addAttribute(FORM, CloseForm.empty(meeting.version()));
    return page(who, meeting, model);
  }

  @PostMapping("/meetings/{meetingId}/close")
  String close(
      AccessibleMeeting who,
      @ModelAttribute(FORM) @CheckedText CloseForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    MeetingView meeting = MeetingPages.runnable(meetings, who);
    long version = PageForms.requireVersion(form.version(), binding);
    Closing entered = form.closing(binding, minutesNeeded(meeting));
    if (binding.hasErrors()) {
      return page(who, meeting, model);
    }
    try {
      closing.close(who, version, entered);
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE, PageBanner.success("meeting.banner.closed", null));
      return "redirect:/meetings/" + who.id();
    } catch (ValidationProblem problem) {
      PageForms.reject(binding, problem, Map.of("status", "followUp"));
    } catch (MeetingNotStarted early) {
      MeetingPages.refusedBeforeStart(meeting, model, response);
    } catch (EditConflict conflict) {
      MeetingView now = meetings.get(who);
      PageForms.showConflict(
          model,
          FORM,
          labels.rows(
              "meeting.close.minutes.label", form.minutes(),
              "meeting.close.followUpOn.legend", labels.typed(form.followUpOn()),
              "meeting.close.reason.label", form.noFollowUpReason()),
          CloseForm.empty(now.version()),
          "meeting.close.conflict");
      return page(who, now, model);
    }
    return page(who, meeting, model);
  }

  private static boolean minutesNeeded(MeetingView meeting) {
    return meeting.minutes().notes() == null;
  }

  private String page(AccessibleMeeting who, MeetingView meeting, Model model) {
    model.addAttribute("meeting", meeting);
    model.addAttribute("actions", actions.forMeeting(who.child(), who.id()));
    model.addAttribute("minutesNeeded", minutesNeeded(meeting));
    return VIEW;
  }
}
