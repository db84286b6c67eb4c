package org.goldenthread.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.goldenthread.child.ChildAccessEnded;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.Happened;
import org.goldenthread.child.Relationship;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When someone's way into a child's record ends (consent withdrawn, left the team, information
 * limited), they leave the invitees of every meeting of the child not yet held (a draft, or booked
 * and not started), so that no one else's mail or calendar file names them. They are not mailed
 * about it. Meetings already held or closed keep who was invited, as history. Each removal is in
 * the child's audit, made by Golden Thread itself.
 */
@Component
class InviteesWhoLostAccess {

  /** How the audit names the one who made the change: no person did, the rule did. */
  static final String ACTOR = "Golden Thread (automatic)";

  private final MeetingRepository meetings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  InviteesWhoLostAccess(MeetingRepository meetings, ApplicationEventPublisher events, Clock clock) {
    this.meetings = meetings;
    this.events = events;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(ChildAccessEnded ended) {
    Instant now = clock.instant();
    for (UUID id : meetings.findNotYetHeldInviting(ended.childId(), ended.userId(), now)) {
      meetings
          .findForChange(id)
          .filter(meeting -> meeting.notYetHeldAt(now))
          .ifPresent(meeting -> uninvite(meeting, ended));
    }
  }

  private void uninvite(Meeting meeting, ChildAccessEnded ended) {
    String name = meeting.uninvite(ended.userId());
    if (name == null) {
      return;
    }
    meetings.saveAndFlush(meeting);
    events.publishEvent(
        new ChildRecordChanged(
            ended.childId(),
            null,
            ACTOR,
            Relationship.SENCO,
            ChildRecordChanged.Action.UPDATE,
            Meetings.happened(
                "audit.what.meeting.uninvited",
                meeting,
                Happened.written(name),
                Happened.words("audit.because." + ended.reason().name()))));
  }
}
