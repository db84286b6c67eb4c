package org.goldenthread.statutory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goldenthread.deadline.DeadlineKind;

/**
 * The deadlines of one annual review, from its meeting day and the steps recorded since: the
 * invitations (2 weeks before the meeting), the report (2 weeks after), the authority's decision (4
 * weeks after), and, once amendments are proposed, the final amended plan (8 weeks after them).
 * Each step meets the deadline it answers.
 */
final class ReviewClock {

  private final LocalDate meetingOn;
  private final List<ReviewStep> steps;

  private ReviewClock(LocalDate meetingOn, List<ReviewStep> steps) {
    this.meetingOn = meetingOn;
    this.steps = List.copyOf(steps);
  }

  static ReviewClock replay(LocalDate meetingOn, List<ReviewStep> steps) {
    return new ReviewClock(meetingOn, steps);
  }

  /** The step of this kind, when it was recorded. */
  Optional<ReviewStep> step(ReviewStepKind kind) {
    return steps.stream().filter(s -> s.kind() == kind).findFirst();
  }

  /**
   * Whether a step of this kind may be recorded now: each once, the final plan after amendments.
   */
  boolean allows(ReviewStepKind kind) {
    if (step(kind).isPresent()) {
      return false;
    }
    return kind != ReviewStepKind.FINAL_AMENDED
        || step(ReviewStepKind.AMENDMENTS_PROPOSED).isPresent();
  }

  /** The first day a step of this kind can have happened. */
  LocalDate earliest(ReviewStepKind kind) {
    return switch (kind) {
      case INVITATIONS_SENT -> EhcAssessments.EARLIEST_REQUEST;
      case FINAL_AMENDED ->
          step(ReviewStepKind.AMENDMENTS_PROPOSED).map(ReviewStep::on).orElse(meetingOn);
      default -> meetingOn;
    };
  }

  /** The last day a step of this kind can have happened: invitations go before the meeting. */
  Optional<LocalDate> latest(ReviewStepKind kind) {
    return kind == ReviewStepKind.INVITATIONS_SENT ? Optional.of(meetingOn) : Optional.empty();
  }

  List<Due> deadlines() {
    List<Due> due = new ArrayList<>();
    due.add(due(DeadlineKind.REVIEW_INVITATIONS, meetingOn, ReviewStepKind.INVITATIONS_SENT));
    due.add(due(DeadlineKind.REVIEW_REPORT, meetingOn, ReviewStepKind.REPORT_SENT));
    due.add(due(DeadlineKind.REVIEW_DECISION, meetingOn, ReviewStepKind.DECISION));
    step(ReviewStepKind.AMENDMENTS_PROPOSED)
        .ifPresent(
            proposed ->
                due.add(
                    due(
                        DeadlineKind.AMENDMENT_FINAL,
                        proposed.on(),
                        ReviewStepKind.FINAL_AMENDED)));
    return due;
  }

  private Due due(DeadlineKind kind, LocalDate countsFrom, ReviewStepKind metBy) {
    return new Due(kind, countsFrom, step(metBy).map(ReviewStep::on).orElse(null));
  }

  /** A deadline of the review: the day its rule counts from, and the day it was met. */
  record Due(DeadlineKind kind, LocalDate countsFrom, LocalDate metOn) {}
}
