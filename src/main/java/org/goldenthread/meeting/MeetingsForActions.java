package org.goldenthread.meeting;

import java.util.Optional;
import java.util.UUID;
import org.goldenthread.action.ActionMeeting;
import org.goldenthread.action.ActionMeetings;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.web.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the actions agreed at a meeting need of it ({@link ActionMeetings}): who runs it, its date,
 * whether it is still open to new actions, and who may own one.
 */
@Component
@Transactional(readOnly = true)
class MeetingsForActions implements ActionMeetings {

  private final Meetings meetings;
  private final InviteeChoices choices;

  MeetingsForActions(Meetings meetings, InviteeChoices choices) {
    this.meetings = meetings;
    this.choices = choices;
  }

  @Override
  public ActionMeeting of(AccessibleChild child, UUID meetingId) {
    return view(child, meetings.load(meetingOf(child, meetingId)));
  }

  @Override
  @Transactional
  public ActionMeeting forAgreeing(AccessibleChild child, UUID meetingId) {
    return view(child, meetings.loadForChange(meetingOf(child, meetingId)));
  }

  @Override
  public Optional<String> ownerName(AccessibleChild child, UUID meetingId, UUID ownerId) {
    Meeting meeting = meetings.load(meetingOf(child, meetingId));
    return meeting.invitees().stream()
        .filter(i -> i.userId().equals(ownerId))
        .filter(i -> choices.maySee(i.userId(), child.id()))
        .map(i -> i.view().name())
        .findFirst()
        .or(
            () ->
                choices.of(child).stream()
                    .filter(c -> c.userId().equals(ownerId))
                    .map(Invitable::name)
                    .findFirst());
  }

  private static AccessibleMeeting meetingOf(AccessibleChild child, UUID meetingId) {
    return new AccessibleMeeting(meetingId, child);
  }

  private static ActionMeeting view(AccessibleChild child, Meeting meeting) {
    if (!meeting.childId().equals(child.id())) {
      throw NotFound.error();
    }
    return new ActionMeeting(
        meeting.id(),
        meeting.kind().name(),
        meeting.startsAt(),
        MeetingTimes.dateOf(meeting.startsAt()),
        meeting.storedStatus() == MeetingStatus.BOOKED,
        MeetingRules.mayRun(child, meeting));
  }
}
