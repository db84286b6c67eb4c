package org.goldenthread.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildListing;
import org.goldenthread.child.Children;
import org.goldenthread.child.SenStatus;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.OncePerPageView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three meetings a year with parents ({@link MeetingRhythm}) for a child on SEN support, and
 * for every such child a person may see (a SENCO's caseload), flagged children first.
 */
@Service
@Transactional(readOnly = true)
public class MeetingRhythms {

  private final MeetingRepository meetings;
  private final Children children;
  private final Clock clock;

  MeetingRhythms(MeetingRepository meetings, Children children, Clock clock) {
    this.meetings = meetings;
    this.children = children;
    this.clock = clock;
  }

  /** The child's rhythm, when the child is on SEN support (K); empty otherwise. */
  public Optional<ChildRhythm> forChild(AccessibleChild child) {
    return children
        .find(child.id())
        .filter(summary -> summary.senStatus() == SenStatus.K)
        .map(summary -> rhythm(summary.listing(), meetings.ofChild(summary.id())));
  }

  /**
   * Every child on SEN support at these schools that the person may see, flagged ones first, then
   * those with none booked, then by name.
   */
  public List<ChildRhythm> forSchools(CurrentUser user, Set<UUID> schoolIds) {
    OnSupport all = onSupport(user);
    List<ChildListing> onSupport =
        all.children().stream().filter(child -> schoolIds.contains(child.schoolId())).toList();
    Map<UUID, List<Meeting>> byChild = all.meetings();
    return onSupport.stream()
        .map(child -> rhythm(child, byChild.getOrDefault(child.id(), List.of())))
        .sorted(
            Comparator.comparing((ChildRhythm r) -> !r.check().flagged())
                .thenComparing(r -> !r.check().noneBooked()))
        .toList();
  }

  /**
   * The children on SEN support the person may see, with all their meetings: read once per page
   * view, for the rhythm on a SENCO's home and the deadline of each child's next meeting. The
   * meetings come with their invitees, so that they can be counted outside this read.
   */
  OnSupport onSupport(CurrentUser user) {
    return OncePerPageView.get(
        OnSupport.class.getName() + "." + user.id(),
        () -> {
          List<ChildListing> onSupport = children.visibleWithStatus(user, SenStatus.K);
          List<Meeting> found =
              onSupport.isEmpty()
                  ? List.of()
                  : meetings.findByChildIdIn(onSupport.stream().map(ChildListing::id).toList());
          found.forEach(Meeting::withParents);
          return new OnSupport(
              onSupport, found.stream().collect(Collectors.groupingBy(Meeting::childId)));
        });
  }

  /** Children on SEN support with their meetings, by child. */
  record OnSupport(List<ChildListing> children, Map<UUID, List<Meeting>> meetings) {}

  /**
   * The meetings with parents that have happened (as {@link MeetingRhythm} counts), earliest first.
   */
  static List<Meeting> heldWithParents(List<Meeting> all, Instant now) {
    return all.stream()
        .filter(Meeting::withParents)
        .filter(m -> m.statusAt(now).happened() && m.startedBy(now))
        .sorted(Comparator.comparing(Meeting::startsAt))
        .toList();
  }

  /** The days (in England) these meetings were held. */
  static List<LocalDate> heldOn(List<Meeting> held) {
    return held.stream().map(m -> MeetingTimes.dateOf(m.startsAt())).toList();
  }

  private ChildRhythm rhythm(ChildListing child, List<Meeting> all) {
    Instant now = clock.instant();
    List<Meeting> withParents = all.stream().filter(Meeting::withParents).toList();
    List<LocalDate> held = heldOn(heldWithParents(all, now));
    List<Meeting> booked =
        withParents.stream()
            .filter(m -> m.statusAt(now) == MeetingStatus.BOOKED)
            .sorted(Comparator.comparing(Meeting::startsAt))
            .toList();
    RhythmCheck check =
        MeetingRhythm.check(
            LocalDate.now(clock),
            held,
            booked.stream().map(m -> MeetingTimes.dateOf(m.startsAt())).toList());
    Meeting next = booked.isEmpty() ? null : booked.get(0);
    return new ChildRhythm(
        child.id(),
        child.displayName(),
        child.yearGroup(),
        check,
        next == null ? null : next.id(),
        next == null ? null : next.startsAt());
  }
}
