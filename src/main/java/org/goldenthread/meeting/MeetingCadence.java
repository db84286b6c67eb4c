package org.goldenthread.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.Children;
import org.goldenthread.child.SenStatus;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineCalendar;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;
import org.goldenthread.deadline.DeadlineSource;
import org.goldenthread.deadline.Tracked;
import org.goldenthread.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next of the three meetings a year with parents as a {@code MEETING_CADENCE} deadline, for
 * each child on SEN support the person may see, by the rule the meeting rhythm uses ({@link
 * MeetingRhythm}): owed by the school, due on the checkpoint by which one more meeting should have
 * been held, missed once that day has passed without it, and met (on the day of the third) once
 * three have been held this school year. Its subject is the last meeting held, and it links to the
 * child's meetings.
 */
@Component
@Transactional(readOnly = true)
class MeetingCadence implements DeadlineSource {

  private final MeetingRepository meetings;
  private final MeetingRhythms rhythms;
  private final Children children;
  private final ChildAccess access;
  private final DeadlineCalendar calendar;
  private final Clock clock;

  MeetingCadence(
      MeetingRepository meetings,
      MeetingRhythms rhythms,
      Children children,
      ChildAccess access,
      DeadlineCalendar calendar,
      Clock clock) {
    this.meetings = meetings;
    this.rhythms = rhythms;
    this.children = children;
    this.access = access;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public List<Deadline> visibleTo(Authentication person) {
    if (!(person != null && person.getPrincipal() instanceof CurrentUser user)) {
      return List.of();
    }
    MeetingRhythms.OnSupport onSupport = rhythms.onSupport(user);
    return onSupport.children().stream()
        .map(
            child -> deadline(child.id(), onSupport.meetings().getOrDefault(child.id(), List.of())))
        .toList();
  }

  @Override
  public List<Deadline> aboutChild(Authentication person, UUID childId) {
    if (!(person != null && person.getPrincipal() instanceof CurrentUser user)
        || access.grant(user, childId).isEmpty()
        || children.find(childId).filter(c -> c.senStatus() == SenStatus.K).isEmpty()) {
      return List.of();
    }
    return List.of(deadline(childId, meetings.ofChild(childId)));
  }

  private Deadline deadline(UUID childId, List<Meeting> all) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    List<Meeting> held = MeetingRhythms.heldWithParents(all, now);
    List<LocalDate> thisYear = MeetingRhythm.heldThisYear(today, MeetingRhythms.heldOn(held));
    LocalDate metOn =
        thisYear.size() >= MeetingRhythm.TARGET ? thisYear.get(MeetingRhythm.TARGET - 1) : null;
    return calendar.deadline(
        DeadlineKind.MEETING_CADENCE,
        calendar.agreed(MeetingRhythm.nextDue(today, thisYear.size())),
        new Tracked(
            held.isEmpty() ? null : held.get(held.size() - 1).id(),
            childId,
            DeadlineOwner.SCHOOL,
            null,
            metOn,
            null,
            List.of(),
            "/children/" + childId + "/meetings"));
  }
}
