package org.goldenthread.meeting;

import org.goldenthread.web.EditConflict;
import org.goldenthread.web.PageBanner;
import org.goldenthread.web.PageForms;
import org.goldenthread.web.ValidationProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing a meeting's time, place, invitees or agenda, cancelling it, and sending the invitations
 * of a draft. Each sends the invitees an update: the service does the mail.
 */
@Controller
class MeetingChangePageController {

  static final String CANCEL_VIEW = "meeting/meeting-cancel";

  private final Meetings meetings;
  private final MeetingFormPage formPage;

  MeetingChangePageController(Meetings meetings, MeetingFormPage formPage) {
    this.meetings = meetings;
    this.formPage = formPage;
  }

  @GetMapping("/meetings/{meetingId}/edit")
  String edit(AccessibleMeeting who, Model model, RedirectAttributes redirect) {
    MeetingView meeting = MeetingPages.runnable(meetings, who);
    if (!open(meeting)) {
      return notOpen(meeting, redirect);
    }
    model.addAttribute(MeetingFormPage.FORM, MeetingForm.of(meeting));
    return formPage.show(who.child(), meeting, model);
  }

  @PostMapping("/meetings/{meetingId}/edit")
  String save(
      AccessibleMeeting who,
      @ModelAttribute(MeetingFormPage.FORM) MeetingForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    MeetingView meeting = MeetingPages.runnable(meetings, who);
    long version = PageForms.requireVersion(form.version(), binding);
    MeetingDetails details = form.details(binding);
    if (binding.hasErrors()) {
      formPage.alsoCheck(details, binding);
      return formPage.show(who.child(), meeting, model);
    }
    try {
      MeetingView saved = meetings.update(who, version, details);
      return done(
          saved,
          redirect,
          saved.status() == MeetingStatus.BOOKED
              ? "meeting.banner.changed"
              : "meeting.banner.saved");
    } catch (ValidationProblem problem) {
      PageForms.reject(binding, problem, MeetingFormPage.FIELDS);
    } catch (EditConflict conflict) {
      MeetingView now = meetings.get(who);
      PageForms.showConflict(
          model,
          MeetingFormPage.FORM,
          formPage.typed(form, who.child()),
          MeetingForm.of(now),
          "meeting.form.conflict");
      return formPage.show(who.child(), now, model);
    }
    return formPage.show(who.child(), meeting, model);
  }

  @GetMapping("/meetings/{meetingId}/cancel")
  String confirmCancel(AccessibleMeeting who, Model model, RedirectAttributes redirect) {
    MeetingView meeting = MeetingPages.runnable(meetings, who);
    if (!open(meeting)) {
      return notOpen(meeting, redirect);
    }
    model.addAttribute("meeting", meeting);
    return CANCEL_VIEW;
  }

  @PostMapping("/meetings/{meetingId}/cancel")
  String cancel(
      AccessibleMeeting who,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    MeetingView meeting = MeetingPages.runnable(meetings, who);
    try {
      MeetingView cancelled = meetings.cancel(who, requireVersion(version));
      redirect.addFlashAttribute(
          PageBanner.ATTRIBUTE, PageBanner.success("meeting.banner.cancelled", null));
      return "redirect:/children/" + cancelled.childId() + "/meetings";
    } catch (EditConflict conflict) {
      return important(meeting, redirect, "meeting.banner.conflict");
    } catch (ValidationProblem problem) {
      return notOpen(meeting, redirect);
    }
  }

  @PostMapping("/meetings/{meetingId}/book")
  String book(
      AccessibleMeeting who,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    MeetingView meeting = MeetingPages.runnable(meetings, who);
    try {
      return done(meetings.book(who, requireVersion(version)), redirect, "meeting.banner.booked");
    } catch (EditConflict conflict) {
      return important(meeting, redirect, "meeting.banner.conflict");
    } catch (ValidationProblem problem) {
      return important(meeting, redirect, "meeting.error.notDraft");
    }
  }

  private static boolean open(MeetingView meeting) {
    return meeting.status() != MeetingStatus.CLOSED && meeting.status() != MeetingStatus.CANCELLED;
  }

  private static long requireVersion(Long version) {
    if (version == null) {
      throw new org.springframework.web.server.ResponseStatusException(
          org.springframework.http.HttpStatus.BAD_REQUEST);
    }
    return version;
  }

  private static String notOpen(MeetingView meeting, RedirectAttributes redirect) {
    return important(meeting, redirect, "meeting.error.notOpen");
  }

  private static String important(MeetingView meeting, RedirectAttributes redirect, String key) {
    redirect.addFlashAttribute(PageBanner.ATTRIBUTE, PageBanner.important(key, null));
    return "redirect:/meetings/" + meeting.id();
  }

  private static String done(MeetingView meeting, RedirectAttributes redirect, String key) {
    redirect.addFlashAttribute(PageBanner.ATTRIBUTE, PageBanner.success(key, null));
    return "redirect:/meetings/" + meeting.id();
  }
}
