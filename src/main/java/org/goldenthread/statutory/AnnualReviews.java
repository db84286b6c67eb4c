package org.goldenthread.statutory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.ChildSummary;
import org.goldenthread.child.Children;
import org.goldenthread.child.Happened;
import org.goldenthread.child.SenStatus;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineCalendar;
import org.goldenthread.deadline.DeadlineFacts;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.Tracked;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.meeting.MeetingDetails;
import org.goldenthread.meeting.MeetingKind;
import org.goldenthread.meeting.MeetingStatus;
import org.goldenthread.meeting.MeetingTimes;
import org.goldenthread.meeting.MeetingView;
import org.goldenthread.meeting.Meetings;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.OncePerPageView;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual reviews of EHC plans: the review meeting (a meeting of kind annual review, made here or
 * linked), the steps after it, and their deadlines, with the next review's.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReviews {

  /**
   * Why the next review waits when the child's SEN status no longer says EHC plan (the plan ended,
   * or the status is being corrected): it is shown paused, not missed, until the status says so
   * again.
   */
  static final String NO_PLAN_NOW = "The child's SEN status no longer says they have an EHC plan";

  /** A review meeting made here starts at this time, at the child's school, until it is changed. */
  static final LocalTime MEETING_TIME = LocalTime.of(9, 30);

  private final AnnualReviewRepository reviews;
  private final ChildAccess access;
  private final Children children;
  private final Meetings meetings;
  private final DeadlineCalendar calendar;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AnnualReviews(
      AnnualReviewRepository reviews,
      ChildAccess access,
      Children children,
      Meetings meetings,
      DeadlineCalendar calendar,
      ApplicationEventPublisher events,
      Clock clock) {
    this.reviews = reviews;
    this.access = access;
    this.children = children;
    this.meetings = meetings;
    this.calendar = calendar;
    this.events = events;
    this.clock = clock;
  }

  /** The child's reviews, the latest meeting first. */
  public List<AnnualReviewView> forChild(AccessibleChild child) {
    return views(reviews.findByChildIdOrderByMeetingOnDesc(child.id()));
  }

  /** The review, for someone who may see its child; 404 for anyone else. */
  public Opened open(CurrentUser user, UUID reviewId) {
    AnnualReview review = reviews.findById(reviewId).orElseThrow(NotFound::error);
    AccessibleChild child = access.open(user, review.childId());
    return new Opened(child, view(review));
  }

  /** The review of this child, or 404. */
  public AnnualReviewView get(AccessibleChild child, UUID reviewId) {
    return view(find(child, reviewId));
  }

  public boolean mayRecordReview(AccessibleChild child) {
    return ReviewRights.mayRecordReview(child);
  }

  public boolean mayRecordSteps(AccessibleChild child) {
    return ReviewRights.mayRecordSteps(child);
  }

  /**
   * Records a review: its meeting's day and, when it is already arranged, the meeting. Without one,
   * a meeting of kind annual review is made at the child's school: a draft to complete and book
   * when it is still to come, a meeting held when the day has passed.
   */
  @Transactional
  public AnnualReviewView record(AccessibleChild child, LocalDate meetingOn, UUID meetingId) {
    if (!ReviewRights.mayRecordReview(child)) {
      throw ChildAccess.forbidden();
    }
    ChildSummary summary = children.get(child);
    if (summary.senStatus() != SenStatus.E) {
      throw ReviewRules.noPlan();
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate day = meetingId == null ? meetingOn : linkedDay(child, meetingId, meetingOn);
    ReviewRules.checkMeetingOn(day, today);
    if (reviews.existsByChildIdAndMeetingOn(child.id(), day)) {
      throw ReviewRules.sameDay();
    }
    UUID meeting = meetingId != null ? meetingId : newMeeting(child, summary, day, today);
    AnnualReview review =
        reviews.saveAndFlush(
            new AnnualReview(child.id(), day, meeting, child.user(), clock.instant()));
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.CREATE,
            Happened.of("audit.what.annualReview.recorded", Happened.day(day))));
    return view(review);
  }

  /**
   * Records a step of a review.
   *
   * @param version the version read, or null to record on the latest
   */
  @Transactional
  public AnnualReviewView recordStep(
      AccessibleChild child, UUID reviewId, ReviewStepKind kind, LocalDate on, Long version) {
    if (!ReviewRights.mayRecordSteps(child)) {
      throw ChildAccess.forbidden();
    }
    AnnualReview review = find(child, reviewId);
    if (version != null) {
      EditConflict.check(version, review.version());
    }
    review.moveTo(dayOf(review));
    ReviewRules.checkStep(kind, on, review.clock(), LocalDate.now(clock));
    review.record(
        new ReviewStep(UUID.randomUUID(), kind, on, child.user().displayName(), clock.instant()),
        child.user().id());
    AnnualReview saved = reviews.saveAndFlush(review);
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.UPDATE,
            Happened.of(
                "audit.what.annualReview.step",
                Happened.words("statutory.review.step.choice." + kind.name()))));
    return view(saved);
  }

  /**
   * Records the step a review's meeting took by itself (booked: the invitations went out; closed:
   * its record went to everyone), unless it is recorded already or the meeting is no review's.
   */
  @Transactional
  public void recordFromMeeting(UUID meetingId, ReviewStepKind kind, String by) {
    reviews
        .findByMeetingId(meetingId)
        .ifPresent(
            review -> {
              review.moveTo(dayOf(review));
              ReviewClock steps = review.clock();
              LocalDate today = LocalDate.now(clock);
              boolean inTime =
                  !today.isBefore(steps.earliest(kind))
                      && steps.latest(kind).filter(today::isAfter).isEmpty();
              if (steps.allows(kind) && inTime) {
                review.record(
                    new ReviewStep(UUID.randomUUID(), kind, today, by, clock.instant()), null);
                reviews.saveAndFlush(review);
              }
            });
  }

  /** The reviews of these children, for the deadline lists. */
  List<AnnualReviewView> ofChildren(Collection<UUID> childIds) {
    return views(reviewsOf(childIds));
  }

  /** Every review of these children, read once per page view however many parts ask. */
  private List<AnnualReview> reviewsOf(Collection<UUID> childIds) {
    return OncePerPageView.byKey(
            AnnualReview.class.getName(),
            childIds,
            missing -> {
              Map<UUID, List<AnnualReview>> byChild =
                  reviews.findByChildIdIn(missing).stream()
                      .collect(Collectors.groupingBy(AnnualReview::childId));
              missing.forEach(id -> byChild.putIfAbsent(id, List.of()));
              return byChild;
            })
        .values()
        .stream()
        .flatMap(List::stream)
        .toList();
  }

  List<UUID> childrenWithReviews() {
    return reviews.childIdsWithReviews();
  }

  /** The days of the review meetings of these children, earliest first. */
  Map<UUID, List<LocalDate>> meetingDays(Collection<UUID> childIds) {
    if (childIds.isEmpty()) {
      return Map.of();
    }
    List<AnnualReview> all = reviewsOf(childIds);
    return daysByChild(all, days(all));
  }

  /**
   * The first review meeting held on or after a day, and not after today: the one that met the
   * review due from that day.
   */
  static Optional<LocalDate> heldOnOrAfter(List<LocalDate> days, LocalDate from, LocalDate today) {
    return days.stream().filter(d -> !d.isBefore(from) && !d.isAfter(today)).findFirst();
  }

  private LocalDate linkedDay(AccessibleChild child, UUID meetingId, LocalDate meetingOn) {
    MeetingView meeting =
        meetings.forChild(child).stream()
            .filter(m -> m.id().equals(meetingId))
            .filter(m -> m.kind() == MeetingKind.ANNUAL_REVIEW)
            .filter(m -> m.status() != MeetingStatus.CANCELLED)
            .findFirst()
            .orElseThrow(
                () -> ValidationProblem.of("meetingId", "statutory.review.error.meetingId"));
    LocalDate day = MeetingTimes.dateOf(meeting.startsAt());
    if (meetingOn != null && !meetingOn.equals(day)) {
      throw ValidationProblem.of("meetingOn", "statutory.review.error.meetingOn.notMeetingDay");
    }
    if (reviews.existsByMeetingId(meetingId)) {
      throw ReviewRules.meetingTaken();
    }
    return day;
  }

  private UUID newMeeting(
      AccessibleChild child, ChildSummary summary, LocalDate day, LocalDate today) {
    MeetingDetails details =
        new MeetingDetails(
            MeetingKind.ANNUAL_REVIEW,
            MeetingTimes.startsAt(day, MEETING_TIME),
            null,
            summary.schoolName(),
            null,
            null);
    return meetings.create(child, details, day.isAfter(today)).id();
  }

  private AnnualReview find(AccessibleChild child, UUID reviewId) {
    return reviews
        .findById(reviewId)
        .filter(r -> r.childId().equals(child.id()))
        .orElseThrow(NotFound::error);
  }

  private AnnualReviewView view(AnnualReview review) {
    return views(reviews.findByChildIdIn(Set.of(review.childId()))).stream()
        .filter(v -> v.id().equals(review.id()))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The reviews with their deadlines, reading the children's dates of birth and the days of the
   * meetings once for all. {@code all} holds every review of the children it names: each review's
   * next one meets the review due from it.
   */
  private List<AnnualReviewView> views(List<AnnualReview> all) {
    var childIds = all.stream().map(AnnualReview::childId).collect(Collectors.toSet());
    Map<UUID, LocalDate> born = children.datesOfBirth(childIds);
    Set<UUID> withPlans = children.withStatus(childIds, SenStatus.E);
    Map<UUID, LocalDate> days = days(all);
    Map<UUID, List<LocalDate>> byChild = daysByChild(all, days);
    LocalDate today = LocalDate.now(clock);
    return all.stream()
        .sorted(Comparator.comparing((AnnualReview r) -> days.get(r.id())).reversed())
        .map(
            r ->
                view(
                    r,
                    days.get(r.id()),
                    born.get(r.childId()),
                    byChild.getOrDefault(r.childId(), List.of()),
                    withPlans.contains(r.childId()),
                    today))
        .toList();
  }

  /** The day of each review: its meeting's, while the meeting is on; else the day recorded. */
  private Map<UUID, LocalDate> days(List<AnnualReview> all) {
    Map<UUID, Instant> starts =
        meetings.startsOf(
            all.stream().map(AnnualReview::meetingId).filter(Objects::nonNull).toList());
    return all.stream()
        .collect(
            Collectors.toMap(
                AnnualReview::id,
                r ->
                    r.meetingId() != null && starts.containsKey(r.meetingId())
                        ? MeetingTimes.dateOf(starts.get(r.meetingId()))
                        : r.meetingOn()));
  }

  private static Map<UUID, List<LocalDate>> daysByChild(
      List<AnnualReview> all, Map<UUID, LocalDate> days) {
    return all.stream()
        .collect(
            Collectors.groupingBy(
                AnnualReview::childId,
                Collectors.mapping(
                    r -> days.get(r.id()),
                    Collectors.collectingAndThen(
                        Collectors.toList(), list -> list.stream().sorted().toList()))));
  }

  private LocalDate dayOf(AnnualReview review) {
    return days(List.of(review)).get(review.id());
  }

  private AnnualReviewView view(
      AnnualReview review,
      LocalDate day,
      LocalDate dateOfBirth,
      List<LocalDate> days,
      boolean hasPlan,
      LocalDate today) {
    List<Deadline> deadlines = new ArrayList<>();
    for (ReviewClock.Due due : ReviewClock.replay(day, review.steps()).deadlines()) {
      deadlines.add(
          deadline(review, due.kind(), DeadlineFacts.on(due.countsFrom()), due.metOn(), null));
    }
    if (!day.isAfter(today)) {
      LocalDate nextHeld = heldOnOrAfter(days, day.plusDays(1), today).orElse(null);
      deadlines.add(
          deadline(
              review,
              DeadlineKind.ANNUAL_REVIEW,
              new DeadlineFacts(day, null, dateOfBirth),
              nextHeld,
              nextHeld == null && !hasPlan ? NO_PLAN_NOW : null));
    }
    return new AnnualReviewView(
        review.id(),
        review.childId(),
        day,
        review.meetingId(),
        deadlines,
        review.steps(),
        review.version());
  }

  private Deadline deadline(
      AnnualReview review,
      DeadlineKind kind,
      DeadlineFacts facts,
      LocalDate metOn,
      String pausedReason) {
    return calendar.deadline(
        kind,
        calendar.due(kind, facts),
        new Tracked(
            review.id(),
            review.childId(),
            kind.usualOwner(),
            null,
            metOn,
            pausedReason,
            List.of(),
            page(review.childId(), review.id())));
  }

  static String page(UUID childId, UUID reviewId) {
    return "/children/" + childId + "/annual-reviews" + (reviewId == null ? "" : "/" + reviewId);
  }

  /** A review opened through its own address, with its child as the door opened it. */
  public record Opened(AccessibleChild child, AnnualReviewView review) {}
}
