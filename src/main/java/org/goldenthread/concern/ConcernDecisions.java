package org.goldenthread.concern;

import static org.goldenthread.child.Happened.day;
import static org.goldenthread.child.Happened.words;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.ChildAccess;
import org.goldenthread.child.ChildRecordChanged;
import org.goldenthread.child.Children;
import org.goldenthread.child.Happened;
import org.goldenthread.child.Relationship;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.meeting.MeetingAccess;
import org.goldenthread.meeting.MeetingKind;
import org.goldenthread.meeting.MeetingView;
import org.goldenthread.meeting.Meetings;
import org.goldenthread.plan.Plans;
import org.goldenthread.statutory.AssessmentView;
import org.goldenthread.statutory.EhcAssessments;
import org.goldenthread.statutory.RequestedBy;
import org.goldenthread.web.EditConflict;
import org.goldenthread.web.NotFound;
import org.goldenthread.web.ProblemTypes;
import org.goldenthread.web.ValidationProblem;
import org.goldenthread.web.ValidationProblem.FieldMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * The decision on a concern, given in writing with its reasons: keep an eye on it until a review
 * date, start SEN support (the child's SEN status becomes K and the plan starts), or ask for an EHC
 * needs assessment (the statutory clock starts). Made at a meeting (the first-concern meeting, or
 * another of the child's meetings held since) or without one, and saying which.
 */
@Service
@Transactional(readOnly = true)
public class ConcernDecisions {

  private final ConcernRepository concerns;
  private final Children children;
  private final Plans plans;
  private final EhcAssessments assessments;
  private final Meetings meetings;
  private final MeetingAccess meetingAccess;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ConcernDecisions(
      ConcernRepository concerns,
      Children children,
      Plans plans,
      EhcAssessments assessments,
      Meetings meetings,
      MeetingAccess meetingAccess,
      ApplicationEventPublisher events,
      Clock clock) {
    this.concerns = concerns;
    this.children = children;
    this.plans = plans;
    this.assessments = assessments;
    this.meetings = meetings;
    this.meetingAccess = meetingAccess;
    this.events = events;
    this.clock = clock;
  }

  /** Whether the person may book the child's first-concern meeting: those who arrange meetings. */
  public boolean mayBookMeeting(AccessibleChild child) {
    return meetings.mayArrange(child);
  }

  /**
   * The child's meetings a decision may say it was made at: those held (or closed) since the day
   * the concern was raised, the first-concern ones first, latest first.
   */
  public List<MeetingView> meetingsFor(AccessibleChild child, ConcernView concern) {
    Instant since = concern.raisedOn().atStartOfDay(clock.getZone()).toInstant();
    return meetings.forChild(child).stream()
        .filter(m -> m.status().happened() && !m.startsAt().isBefore(since))
        .sorted(
            java.util.Comparator.comparing((MeetingView m) -> m.kind() != MeetingKind.FIRST_CONCERN)
                .thenComparing(MeetingView::startsAt, java.util.Comparator.reverseOrder()))
        .toList();
  }

  /**
   * Records the decision, today: only school staff (an officer of the authority only to ask for an
   * EHC needs assessment), and only once.
   *
   * @param version the version read, or null to decide on what is there (a second decision is still
   *     a 409)
   */
  @Transactional
  public ConcernView decide(
      AccessibleChild child, UUID concernId, DecisionInput input, Long version) {
    Concern concern =
        concerns
            .findForDecision(concernId)
            .filter(c -> c.childId().equals(child.id()))
            .orElseThrow(NotFound::error);
    if (!ConcernRights.mayDecide(child)) {
      throw ChildAccess.forbidden();
    }
    if (concern.decided()) {
      throw alreadyDecided();
    }
    if (version != null) {
      EditConflict.check(version, concern.version());
    }
    LocalDate today = LocalDate.now(clock);
    List<FieldMessage> problems = new ArrayList<>();
    if (input.decision() == null) {
      problems.add(new FieldMessage("decision", "concern.error.decision"));
    } else if (!ConcernRights.decisions(child).contains(input.decision())) {
      problems.add(new FieldMessage("decision", "concern.error.decisionNotYours"));
    }
    String reasons =
        ConcernTexts.required(input.reasons(), "reasons", "concern.error.reasons", problems);
    if (input.reviewOn() == null && input.decision() == ConcernDecision.MONITOR) {
      problems.add(new FieldMessage("reviewOn", "concern.error.reviewOn"));
    } else if (input.reviewOn() != null
        && (input.reviewOn().isBefore(today) || input.reviewOn().isAfter(today.plusYears(2)))) {
      problems.add(new FieldMessage("reviewOn", "concern.error.reviewOn.range"));
    }
    String how = ConcernTexts.optional(input.how(), "how", ConcernTexts.MOST_HOW, problems);
    MeetingView meeting = meetingOf(child, concern, input, how, problems);
    if (!problems.isEmpty()) {
      throw new ValidationProblem(problems);
    }
    CurrentUser user = child.user();
    UUID assessmentId = follow(child, input.decision());
    concern.decide(
        new Concern.Decided(
            input.decision(),
            reasons,
            input.reviewOn(),
            today,
            user.id(),
            user.displayName(),
            clock.instant(),
            meeting == null ? null : meeting.id(),
            meeting == null ? null : meeting.startsAt(),
            meeting == null ? how : null,
            assessmentId));
    Concern saved = concerns.saveAndFlush(concern);
    events.publishEvent(
        child.changed(
            ChildRecordChanged.Action.UPDATE,
            Happened.of(
                meeting == null
                    ? "audit.what.concern.decidedWithoutMeeting"
                    : "audit.what.concern.decidedAtMeeting",
                day(saved.raisedOn()),
                words("audit.concern.decision." + input.decision().name()))));
    events.publishEvent(
        new ConcernDecided(
            saved.id(),
            child.id(),
            input.decision(),
            input.reviewOn(),
            meeting != null,
            saved.raisedById(),
            user.id(),
            user.displayName()));
    return saved.view(child.displayName(), today, clock.instant());
  }

  /**
   * The meeting the decision was made at: the one named, or else the first-concern meeting of the
   * concern once held, unless the decision says it was made without one.
   */
  private MeetingView meetingOf(
      AccessibleChild child,
      Concern concern,
      DecisionInput input,
      String how,
      List<FieldMessage> problems) {
    boolean without = Boolean.TRUE.equals(input.withoutMeeting());
    if (input.meetingId() != null) {
      if (without) {
        problems.add(new FieldMessage("meetingId", "concern.error.meetingOrNot"));
        return null;
      }
      if (how != null) {
        problems.add(new FieldMessage("how", "concern.error.howWithMeeting"));
      }
      Optional<MeetingView> named = held(child, input.meetingId(), concern);
      if (named.isEmpty()) {
        problems.add(new FieldMessage("meetingId", "concern.error.meeting"));
      }
      return named.orElse(null);
    }
    if (without || how != null || concern.meetingId() == null) {
      return null;
    }
    return held(child, concern.meetingId(), concern).orElse(null);
  }

  /** The child's meeting, when it has happened since the concern was raised. */
  private Optional<MeetingView> held(AccessibleChild child, UUID meetingId, Concern concern) {
    MeetingView meeting;
    try {
      meeting = meetings.get(meetingAccess.open(child.user(), meetingId));
    } catch (ErrorResponseException notFound) {
      return Optional.empty();
    }
    Instant since = concern.raisedOn().atStartOfDay(clock.getZone()).toInstant();
    return Optional.of(meeting)
        .filter(m -> m.childId().equals(child.id()))
        .filter(m -> m.status().happened() && !m.startsAt().isBefore(since));
  }

  /** What follows from the decision: SEN support and a plan, or the statutory clock. */
  private UUID follow(AccessibleChild child, ConcernDecision decision) {
    switch (decision) {
      case SEN_SUPPORT -> {
        children.recordSenSupport(child);
        plans.start(child);
        return null;
      }
      case REQUEST_EHC_ASSESSMENT -> {
        boolean officer =
            child.grant().relationships().contains(Relationship.AUTHORITY_OFFICER)
                && child.grant().relationships().stream()
                    .noneMatch(r -> r == Relationship.SENCO || r == Relationship.HEAD);
        AssessmentView started =
            assessments.request(
                child, LocalDate.now(clock), officer ? RequestedBy.OTHER : RequestedBy.SCHOOL);
        return started.id();
      }
      default -> {
        return null;
      }
    }
  }

  static ErrorResponseException alreadyDecided() {
    return ProblemTypes.refusal(
        HttpStatus.CONFLICT, ProblemTypes.EDIT_CONFLICT, "api.problem.concernDecided");
  }
}
