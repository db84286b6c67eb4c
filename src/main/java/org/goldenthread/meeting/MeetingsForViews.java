package org.goldenthread.meeting;

import java.util.List;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.voice.ViewMeetings;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The child's meetings a view can be about ({@link ViewMeetings}): every one not cancelled. */
@Component
@Transactional(readOnly = true)
class MeetingsForViews implements ViewMeetings {

  private final MeetingRepository meetings;

  MeetingsForViews(MeetingRepository meetings) {
    this.meetings = meetings;
  }

  @Override
  public List<MeetingToTalkAbout> of(AccessibleChild child, int limit) {
    return meetings
        .findByChildIdAndStatusNotOrderByStartsAtDesc(
            child.id(), MeetingStatus.CANCELLED, Limit.of(limit))
        .stream()
        .map(m -> new MeetingToTalkAbout(m.id(), m.kind().name(), m.startsAt()))
        .toList();
  }
}
