package org.goldenthread.meeting;

import java.time.Instant;
import org.goldenthread.web.Dates;
import org.goldenthread.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Minutes written, or a meeting closed, before it has started: a meeting dated next month cannot
 * have been held today. Nothing is saved; the API answers 409 with the problem type {@code
 * /problems/meeting-not-started}, and the pages say when it can be done. A meeting that was brought
 * forward is changed to its new time first.
 */
public class MeetingNotStarted extends ErrorResponseException {

  MeetingNotStarted(Instant startsAt) {
    super(
        HttpStatus.CONFLICT,
        ProblemTypes.of(HttpStatus.CONFLICT, ProblemTypes.MEETING_NOT_STARTED, null),
        null,
        "api.problem.meetingNotStarted",
        new Object[] {new Dates().dateTime(startsAt)});
  }

  /** Throws unless the meeting has started by now. */
  static void check(Meeting meeting, Instant now) {
    if (!meeting.startedBy(now)) {
      throw new MeetingNotStarted(meeting.startsAt());
    }
  }
}
