package org.goldenthread.statutory;

import org.goldenthread.meeting.MeetingBooked;
import org.goldenthread.meeting.MeetingClosed;
import org.goldenthread.meeting.MeetingKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the steps an annual review's meeting takes by itself: booking it sends the invitations,
 * and closing it sends its record (the review's report) to everyone invited.
 */
@Component
class ReviewMeetingSteps {

  private final AnnualReviews reviews;

  ReviewMeetingSteps(AnnualReviews reviews) {
    this.reviews = reviews;
  }

  @ApplicationModuleListener
  void on(MeetingBooked booked) {
    if (booked.notice().kind() == MeetingKind.ANNUAL_REVIEW) {
      reviews.recordFromMeeting(
          booked.notice().meetingId(),
          ReviewStepKind.INVITATIONS_SENT,
          booked.notice().sender().name());
    }
  }

  @ApplicationModuleListener
  void on(MeetingClosed closed) {
    if (closed.notice().kind() == MeetingKind.ANNUAL_REVIEW) {
      reviews.recordFromMeeting(
          closed.notice().meetingId(), ReviewStepKind.REPORT_SENT, closed.notice().sender().name());
    }
  }
}
