package org.goldenthread.concern;

import org.goldenthread.meeting.MeetingBooked;
import org.goldenthread.meeting.MeetingCancelled;
import org.goldenthread.meeting.MeetingChanged;
import org.goldenthread.meeting.MeetingKind;
import org.goldenthread.meeting.MeetingNotice;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the first-concern meeting beside the concerns it is for, from the meeting module's own
 * events, so that the meeting module knows nothing of concerns: a first-concern meeting booked for
 * a child belongs to each of the child's concerns still waiting for a decision and for a meeting; a
 * change of its time moves it there too, and calling it off leaves them waiting for another. (A
 * meeting recorded after it was held announces no booking: the decision names it instead.)
 */
@Component
class ConcernMeetings {

  private final ConcernRepository concerns;

  ConcernMeetings(ConcernRepository concerns) {
    this.concerns = concerns;
  }

  @ApplicationModuleListener
  void on(MeetingBooked event) {
    MeetingNotice notice = event.notice();
    if (notice.kind() == MeetingKind.FIRST_CONCERN) {
      concerns.linkMeeting(notice.childId(), notice.meetingId(), notice.startsAt());
    }
  }

  @ApplicationModuleListener
  void on(MeetingChanged event) {
    MeetingNotice notice = event.notice();
    if (notice.kind() == MeetingKind.FIRST_CONCERN) {
      concerns.moveMeeting(notice.meetingId(), notice.startsAt());
      concerns.linkMeeting(notice.childId(), notice.meetingId(), notice.startsAt());
    } else {
      concerns.unlinkMeeting(notice.meetingId());
    }
  }

  @ApplicationModuleListener
  void on(MeetingCancelled event) {
    concerns.unlinkMeeting(event.notice().meetingId());
  }
}
