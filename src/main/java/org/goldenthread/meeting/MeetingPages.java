package org.goldenthread.meeting;

import org.goldenthread.web.PageBanner;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the pages for running a meeting (minutes, actions, closing) share. */
final class MeetingPages {

  private MeetingPages() {}

  /** The meeting, when this person runs it (change, minutes, actions, closing); otherwise 403. */
  static MeetingView runnable(Meetings meetings, AccessibleMeeting who) {
    if (!meetings.rights(who).change()) {
      throw MeetingAccess.forbidden();
    }
    return meetings.get(who);
  }

  /** Booked and not yet closed: its minutes and actions can be written, and it can be closed. */
  static boolean booked(MeetingView meeting) {
    return meeting.status() == MeetingStatus.BOOKED || meeting.status() == MeetingStatus.HELD;
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
}
