package org.goldenthread.statutory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.goldenthread.deadline.AllowedException;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineOwner;

/**
 * The clock of one EHC needs assessment: its milestones replayed in the order they were recorded,
 * giving where it stands and each deadline with the day it counts from. The request starts the
 * decision whether to assess and the final plan; deciding to assess starts the decision not to
 * issue; each request for advice starts that advice; a draft starts the family's time to comment; a
 * refusal to assess, a decision not to issue and the final plan each start the family's time to
 * appeal; the final plan also starts the clock of its first annual review. A deadline that no
 * longer applies (the final plan, once the authority refuses) is closed with the milestone that
 * ended it; an exception is shown beside every deadline still open.
 */
final class AssessmentClock {

  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private final LocalDate requestedOn;
  private AssessmentStatus status = AssessmentStatus.REQUESTED;
  private LocalDate lastStep;
  private final List<Due> deadlines = new ArrayList<>();

  private AssessmentClock(LocalDate requestedOn) {
    this.requestedOn = requestedOn;
    lastStep = requestedOn;
    open(DeadlineKind.DECISION_TO_ASSESS, requestedOn);
    open(DeadlineKind.FINAL_PLAN, requestedOn);
  }

  /** The clock after these milestones. */
  static AssessmentClock replay(LocalDate requestedOn, List<Milestone> milestones) {
    AssessmentClock clock = new AssessmentClock(requestedOn);
    milestones.forEach(clock::apply);
    return clock;
  }

  AssessmentStatus status() {
    return status;
  }

  /** The day of the latest step (the request, or the latest milestone but an exception). */
  LocalDate lastStep() {
    return lastStep;
  }

  List<Due> deadlines() {
    return List.copyOf(deadlines);
  }

  /** The requests for advice still waiting for it, in the order asked. */
  List<Due> openAdvice() {
    return deadlines.stream()
        .filter(d -> d.kind() == DeadlineKind.ADVICE && d.metOn() == null && d.closedOn() == null)
        .toList();
  }

  /** The open request for advice with this id. */
  Optional<Due> openAdvice(UUID adviceId) {
    return openAdvice().stream().filter(d -> d.adviceId().equals(adviceId)).findFirst();
  }

  /** Whether a milestone of this kind may come next, as the process stands. */
  boolean allows(MilestoneKind kind) {
    return switch (kind) {
      case DECISION_TO_ASSESS -> status == AssessmentStatus.REQUESTED;
      case ADVICE_REQUESTED, DECISION_NOT_TO_ISSUE, DRAFT_ISSUED ->
          status == AssessmentStatus.ASSESSING;
      case ADVICE_RECEIVED ->
          status == AssessmentStatus.ASSESSING || status == AssessmentStatus.DRAFT_ISSUED;
      case FINAL_ISSUED -> status == AssessmentStatus.DRAFT_ISSUED;
      case EXCEPTION -> status.underWay();
    };
  }

  private void apply(Milestone step) {
    if (step.kind() != MilestoneKind.EXCEPTION && step.kind() != MilestoneKind.ADVICE_RECEIVED) {
      lastStep = step.on();
    }
    switch (step.kind()) {
      case DECISION_TO_ASSESS -> decided(step);
      case ADVICE_REQUESTED -> adviceRequested(step);
      case ADVICE_RECEIVED -> openAdvice(step.adviceId()).ifPresent(d -> d.met(step.on()));
      case DECISION_NOT_TO_ISSUE -> {
        meet(DeadlineKind.DECISION_NOT_TO_ISSUE, step.on());
        closeUnmet(step.on());
        status = AssessmentStatus.NOT_ISSUING;
        open(DeadlineKind.APPEAL, step.on());
      }
      case DRAFT_ISSUED -> {
        meet(DeadlineKind.DECISION_NOT_TO_ISSUE, step.on());
        status = AssessmentStatus.DRAFT_ISSUED;
        open(DeadlineKind.DRAFT_COMMENTS, step.on());
      }
      case FINAL_ISSUED -> {
        meet(DeadlineKind.FINAL_PLAN, step.on());
        meet(DeadlineKind.DRAFT_COMMENTS, step.on());
        status = AssessmentStatus.FINAL_ISSUED;
        open(DeadlineKind.APPEAL, step.on());
        open(DeadlineKind.ANNUAL_REVIEW, step.on());
      }
      case EXCEPTION -> excepted(step);
    }
  }

  private void decided(Milestone step) {
    meet(DeadlineKind.DECISION_TO_ASSESS, step.on());
    if (Boolean.FALSE.equals(step.assess())) {
      closeUnmet(step.on());
      status = AssessmentStatus.NOT_ASSESSING;
      open(DeadlineKind.APPEAL, step.on());
    } else {
      status = AssessmentStatus.ASSESSING;
      open(DeadlineKind.DECISION_NOT_TO_ISSUE, requestedOn);
    }
  }

  private void adviceRequested(Milestone step) {
    Due advice = new Due(DeadlineKind.ADVICE, step.on(), step.id());
    advice.owedBy(DeadlineOwner.TEAM_MEMBER, step.adviser());
    deadlines.add(advice);
  }

  private void excepted(Milestone step) {
    AllowedException exception =
        new AllowedException(
            step.reason(),
            step.note(),
            step.recordedBy(),
            step.recordedAt().atZone(ENGLAND).toLocalDate());
    deadlines.stream()
        .filter(d -> d.metOn() == null && d.closedOn() == null)
        .filter(d -> d.owner() != DeadlineOwner.FAMILY)
        .forEach(d -> d.excepted(exception));
  }

  private void open(DeadlineKind kind, LocalDate from) {
    deadlines.add(new Due(kind, from, null));
  }

  private void meet(DeadlineKind kind, LocalDate on) {
    deadlines.stream()
        .filter(d -> d.kind() == kind && d.metOn() == null && d.closedOn() == null)
        .forEach(d -> d.met(on));
  }

  /** Closes every deadline not met: the process ended, so they no longer apply. */
  private void closeUnmet(LocalDate on) {
    deadlines.stream()
        .filter(d -> d.metOn() == null && d.closedOn() == null)
        .forEach(d -> d.closed(on));
  }

  /** A deadline of the assessment, as the milestones left it. */
  static final class Due {

    private final DeadlineKind kind;
    private final LocalDate countsFrom;
    private final UUID adviceId;
    private DeadlineOwner owner;
    private String ownerName;
    private LocalDate metOn;
    private LocalDate closedOn;
    private final List<AllowedException> exceptions = new ArrayList<>();

    private Due(DeadlineKind kind, LocalDate countsFrom, UUID adviceId) {
      this.kind = kind;
      this.countsFrom = countsFrom;
      this.adviceId = adviceId;
      this.owner = kind.usualOwner();
    }

    DeadlineKind kind() {
      return kind;
    }

    LocalDate countsFrom() {
      return countsFrom;
    }

    /** For advice: the milestone that asked for it. */
    UUID adviceId() {
      return adviceId;
    }

    DeadlineOwner owner() {
      return owner;
    }

    String ownerName() {
      return ownerName;
    }

    LocalDate metOn() {
      return metOn;
    }

    /** The day a milestone ended the process before this was met: it no longer applies. */
    LocalDate closedOn() {
      return closedOn;
    }

    List<AllowedException> exceptions() {
      return List.copyOf(exceptions);
    }

    private void owedBy(DeadlineOwner who, String name) {
      owner = who;
      ownerName = name;
    }

    private void met(LocalDate on) {
      metOn = on;
    }

    private void closed(LocalDate on) {
      closedOn = on;
    }

    private void excepted(AllowedException exception) {
      exceptions.add(exception);
    }
  }
}
