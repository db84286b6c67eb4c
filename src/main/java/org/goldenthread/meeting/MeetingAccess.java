package org.goldenthread.meeting;

import java.util.UUID;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * The door for meetings, which live outside {@code /children/{childId}}: a meeting is opened
 * through its child's door ({@link ChildAccess}), so the same rules hold: a meeting of a child
 * someone may not see does not exist for them (404).
 */
@Service
@Transactional(readOnly = true)
public class MeetingAccess {

  private final MeetingRepository meetings;
  private final ChildAccess access;

  MeetingAccess(MeetingRepository meetings, ChildAccess access) {
    this.meetings = meetings;
    this.access = access;
  }

  /**
   * The meeting, for a person who may see its child.
   *
   * @throws ErrorResponseException 404 when there is no such meeting or its child is not visible
   */
  public AccessibleMeeting open(CurrentUser user, UUID meetingId) {
    if (user == null || meetingId == null) {
      throw NotFound.error();
    }
    Meeting meeting = meetings.findById(meetingId).orElseThrow(NotFound::error);
    return new AccessibleMeeting(meeting.id(), access.open(user, meeting.childId()));
  }

  static ErrorResponseException forbidden() {
    return ProblemTypes.refusal(HttpStatus.FORBIDDEN, null, "api.problem.meetingForbidden");
  }
}
