package org.goldenthread.statutory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.Children;
import org.goldenthread.child.Happened;
import org.goldenthread.child.SenStatus;
import org.goldenthread.deadline.Deadline;
import org.goldenthread.deadline.DeadlineCalendar;
import org.goldenthread.deadline.DeadlineFacts;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.Tracked;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ValidationProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** EHC needs assessments: the request, the milestones after it, and their deadlines. */
@Service
@Transactional(readOnly = true)
public class EhcAssessments {

  /** The SEND regulations of 2014 brought EHC plans: no request is older than they are. */
  static final LocalDate EARLIEST_REQUEST = LocalDate.of(2014, 9, 1);

  private final EhcAssessmentRepository assessments;
  private final ChildAccess access;
  private final Children children;
  private final DeadlineCalendar calendar;
  private final AnnualReviews reviews;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  EhcAssessments(
      EhcAssessmentRepository assessments,
      ChildAccess access,
      Children children,
      DeadlineCalendar calendar,
      AnnualReviews reviews,
      ApplicationEventPublisher events,
      Clock clock) {
    this.assessments = assessments;
    this.access = access;
    this.children = children;
    this.calendar = calendar;
    this.reviews = reviews;
    this.events = events;
    this.clock = clock;
  }

  public List<AssessmentView> forChild(AccessibleChild child) {
    return views(assessments.findByChildIdOrderByRequestedOnDescRecordedAtDesc(child.id()));
  }

  /** The assessment, for someone who may see its child; 404 for anyone else. */
  public Opened open(CurrentUser user, UUID assessmentId) {
    EhcAssessment assessment = assessments.findById(assessmentId).orElseThrow(NotFound::error);
    AccessibleChild child = access.open(user, assessment.childId());
    return new Opened(child, view(assessment));
  }

  /** The assessment of this child, or 404. */
  public AssessmentView get(AccessibleChild child, UUID assessmentId) {
    return view(find(child, assessmentId));
  }

  public boolean mayRequest(AccessibleChild child) {
    return AssessmentRights.mayRequest(child);
  }

  public boolean mayRecordMilestones(AccessibleChild child) {
    return AssessmentRights.mayRecordMilestones(child);
  }

  /** Records a request: the day it was received and who made it. */
  @Transactional
  public AssessmentView request(AccessibleChild child, LocalDate requestedOn, RequestedBy by) {
    if (!AssessmentRights.mayRequest(child)) {
      throw ChildAccess.forbidden();
    }
    LocalDate today = LocalDate.now(clock);
    if (requestedOn == null) {
      throw ValidationProblem.of("requestedOn", "statutory.error.requestedOn.missing");
    }
    if (requestedOn.isAfter(today) || requestedOn.isBefore(EARLIEST_REQUEST)) {
      throw ValidationProblem.of("requestedOn", "statutory.error.requestedOn.range");
    }
    if (by == null) {
      throw ValidationProblem.of("requestedBy", "statutory.error.requestedBy");
    }
    if (assessments.existsByChildIdAndStatusIn(child.id(), AssessmentStatus.UNDER_WAY)) {
      throw MilestoneRules.alreadyUnderWay();
    }
    EhcAssessment assessment =
        assessments.saveAndFlush(
            new EhcAssessment(child.id(), requestedOn, by, child.user(), clock.instant()));
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.CREATE, Happened.of("audit.what.assessment.requested")));
    return view(assessment);
  }

  /**
   * Records the next milestone.
   *
   * @param version the version read, or null to record on the latest
   */
  @Transactional
  public AssessmentView record(
      AccessibleChild child, UUID assessmentId, MilestoneInput input, Long version) {
    if (!AssessmentRights.mayRecordMilestones(child)) {
      throw ChildAccess.forbidden();
    }
    EhcAssessment assessment = find(child, assessmentId);
    if (version != null) {
      EditConflict.check(version, assessment.version());
    }
    MilestoneInput checked =
        MilestoneRules.checked(
            input, assessment.clock(), assessment.requestedOn(), LocalDate.now(clock));
    assessment.record(
        new Milestone(
            UUID.randomUUID(),
            checked.kind(),
            checked.on(),
            checked.assess(),
            checked.adviser(),
            checked.adviceId(),
            checked.reason(),
            checked.note(),
            child.user().displayName(),
            clock.instant()),
        child.user().id());
    EhcAssessment saved = assessments.saveAndFlush(assessment);
    if (checked.kind() == MilestoneKind.FINAL_ISSUED) {
      children.recordEhcPlan(child);
    }
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.UPDATE,
            Happened.of(
                "audit.what.assessment.step",
                Happened.words("audit.assessment.step." + checked.kind().name()))));
    return view(saved);
  }

  /** The assessments of these children, with their deadlines: for the deadline lists. */
  List<AssessmentView> ofChildren(Collection<UUID> childIds) {
    if (childIds.isEmpty()) {
      return List.of();
    }
    return views(assessments.findByChildIdIn(childIds));
  }

  /**
   * The assessments whose deadlines may still call for a notice: those under way, and those ended
   * in the last six months (the family's time to appeal).
   */
  List<AssessmentView> recentlyActive(LocalDate today) {
    return views(
        assessments.findRecentlyActive(
            AssessmentStatus.UNDER_WAY,
            today.minusMonths(6).atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant()));
  }

  private EhcAssessment find(AccessibleChild child, UUID assessmentId) {
    return assessments
        .findById(assessmentId)
        .filter(a -> a.childId().equals(child.id()))
        .orElseThrow(NotFound::error);
  }

  private AssessmentView view(EhcAssessment assessment) {
    return views(List.of(assessment)).get(0);
  }

  /**
   * The assessments with their deadlines, reading once for all those whose plan has a first review
   * to count the children's dates of birth (6 months for a child under 5) and the days of their
   * review meetings (the first held after the plan meets it).
   */
  private List<AssessmentView> views(List<EhcAssessment> found) {
    Set<UUID> withPlans =
        found.stream()
            .filter(a -> a.status() == AssessmentStatus.FINAL_ISSUED)
            .map(EhcAssessment::childId)
            .collect(Collectors.toSet());
    Map<UUID, LocalDate> born = children.datesOfBirth(withPlans);
    Set<UUID> stillPlanned = children.withStatus(withPlans, SenStatus.E);
    Map<UUID, List<LocalDate>> reviewDays = reviews.meetingDays(withPlans);
    LocalDate today = LocalDate.now(clock);
    return found.stream()
        .map(
            a ->
                view(
                    a,
                    born.get(a.childId()),
                    reviewDays.getOrDefault(a.childId(), List.of()),
                    stillPlanned.contains(a.childId()),
                    today))
        .toList();
  }

  private AssessmentView view(
      EhcAssessment assessment,
      LocalDate dateOfBirth,
      List<LocalDate> reviewDays,
      boolean hasPlan,
      LocalDate today) {
    List<Deadline> deadlines =
        assessment.clock().deadlines().stream()
            .filter(due -> due.closedOn() == null)
            .map(
                due -> {
                  LocalDate metOn = metOn(due, reviewDays, today);
                  boolean waits =
                      due.kind() == DeadlineKind.ANNUAL_REVIEW && metOn == null && !hasPlan;
                  return deadline(
                      assessment,
                      due,
                      dateOfBirth,
                      metOn,
                      waits ? AnnualReviews.NO_PLAN_NOW : null);
                })
            .toList();
    return new AssessmentView(
        assessment.id(),
        assessment.childId(),
        assessment.requestedOn(),
        assessment.requestedBy(),
        assessment.status(),
        deadlines,
        assessment.milestones(),
        assessment.version());
  }

  /** The day a deadline was met: by a milestone, or the first review by the review held. */
  private static LocalDate metOn(
      AssessmentClock.Due due, List<LocalDate> reviewDays, LocalDate today) {
    if (due.metOn() == null && due.kind() == DeadlineKind.ANNUAL_REVIEW) {
      return AnnualReviews.heldOnOrAfter(reviewDays, due.countsFrom(), today).orElse(null);
    }
    return due.metOn();
  }

  /** The deadline by its rule; a review's counts the child's age (6 months under 5). */
  private Deadline deadline(
      EhcAssessment assessment,
      AssessmentClock.Due due,
      LocalDate dateOfBirth,
      LocalDate metOn,
      String pausedReason) {
    return calendar.deadline(
        due.kind(),
        calendar.due(due.kind(), new DeadlineFacts(due.countsFrom(), null, dateOfBirth)),
        new Tracked(
            assessment.id(),
            assessment.childId(),
            due.owner(),
            due.ownerName(),
            metOn,
            pausedReason,
            due.exceptions(),
            "/children/" + assessment.childId() + "/ehc-assessments/" + assessment.id()));
  }

  /** An assessment opened through its own address, with its child as the door opened it. */
  public record Opened(AccessibleChild child, AssessmentView assessment) {}
}
