package org.goldenthread.meeting;

import jakarta.servlet.http.HttpServletResponse;
import org.goldenthread.web.Dates;
import org.goldenthread.web.PageBanner;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the pages for running a meeting (minutes, actions, closing) share. */
final class MeetingPages {

  private static final Dates DATES = new Dates();

  private MeetingPages() {}

  /** The meeting, when this person runs it (change, minutes, actions, closing); otherwise 403. */
  static MeetingView runnable(Meetings meetings, AccessibleMeeting who) {
    if (!meetings.rights(who).change()) {
      throw MeetingAccess.forbidden();
    }
    return meetings.get(who);
  }

  /** Booked and not yet closed: actions can be agreed. */
  static boolean booked(MeetingView meeting) {
    return meeting.status() == MeetingStatus.BOOKED || meeting.status() == MeetingStatus.HELD;
  }

  /** Booked and its time has come: its minutes can be written and it can be closed. */
  static boolean held(MeetingView meeting) {
    return meeting.status() == MeetingStatus.HELD;
  }

  /**
   * Back to the meeting's page, saying why it cannot be minuted or closed: it has not started yet
   * (and when it does), it is a draft, or it is closed or cancelled.
   */
  static String notHeld(MeetingView meeting, RedirectAttributes redirect) {
    if (meeting.status() == MeetingStatus.BOOKED) {
      redirect.addFlashAttribute(PageBanner.ATTRIBUTE, notStarted(meeting));
      return "redirect:/meetings/" + meeting.id();
    }
    return notBooked(meeting, redirect);
  }

  /** Back to the meeting's page, saying why it cannot be run (a draft, or closed). */
  static String notBooked(MeetingView meeting, RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        PageBanner.ATTRIBUTE,
        PageBanner.important(
            meeting.status() == MeetingStatus.DRAFT
                ? "meeting.error.notBooked"
                : "meeting.error.notOpen",
            null));
    return "redirect:/meetings/" + meeting.id();
  }

  /**
   * A form sent before the meeting started (its time was moved while the form was open): the form
   * is shown again as it was filled in, with why nothing was saved and when it can be (409).
   */
  static void refusedBeforeStart(MeetingView meeting, Model model, HttpServletResponse response) {
    model.addAttribute(PageBanner.ATTRIBUTE, notStarted(meeting));
    response.setStatus(HttpStatus.CONFLICT.value());
  }

  private static PageBanner notStarted(MeetingView meeting) {
    return PageBanner.important("meeting.notStarted.banner", DATES.dateTime(meeting.startsAt()));
  }
}
