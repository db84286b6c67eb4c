package org.goldenthread.statutory;

import java.time.LocalDate;
import org.goldenthread.web.ValidationProblem;
import org.springframework.web.ErrorResponseException;

/**
 * The checks an annual review and its steps must pass: their dates (400, naming the field) and
 * their place in the process (409, out of order).
 */
final class ReviewRules {

  /** A review meeting is set at most this far ahead. */
  static final int MOST_MONTHS_AHEAD = 18;

  private ReviewRules() {}

  static void checkMeetingOn(LocalDate meetingOn, LocalDate today) {
    if (meetingOn == null) {
      throw ValidationProblem.of("meetingOn", "statutory.review.error.meetingOn.missing");
    }
    if (meetingOn.isBefore(EhcAssessments.EARLIEST_REQUEST)
        || meetingOn.isAfter(today.plusMonths(MOST_MONTHS_AHEAD))) {
      throw ValidationProblem.of("meetingOn", "statutory.review.error.meetingOn.range");
    }
  }

  static void checkStep(ReviewStepKind kind, LocalDate on, ReviewClock clock, LocalDate today) {
    if (kind == null) {
      throw ValidationProblem.of("kind", "statutory.review.error.kind");
    }
    if (on == null) {
      throw ValidationProblem.of("on", "statutory.error.on.missing");
    }
    if (on.isAfter(today)) {
      throw ValidationProblem.of("on", "statutory.error.on.future");
    }
    if (on.isBefore(clock.earliest(kind))) {
      throw ValidationProblem.of(
          "on",
          kind == ReviewStepKind.FINAL_AMENDED
              ? "statutory.review.error.on.beforeAmendments"
              : "statutory.review.error.on.beforeMeeting");
    }
    if (clock.latest(kind).filter(on::isAfter).isPresent()) {
      throw ValidationProblem.of("on", "statutory.review.error.on.afterMeeting");
    }
    if (!clock.allows(kind)) {
      throw MilestoneRules.conflict(
          clock.step(kind).isPresent()
              ? "api.problem.reviewStepRecorded"
              : "api.problem.reviewStepNeedsAmendments",
          kind.name());
    }
  }

  /** A 409: annual reviews are for a child with a final EHC plan. */
  static ErrorResponseException noPlan() {
    return MilestoneRules.conflict("api.problem.reviewWithoutPlan");
  }

  /** A 409: the meeting given is the meeting of another review already. */
  static ErrorResponseException meetingTaken() {
    return MilestoneRules.conflict("api.problem.reviewMeetingTaken");
  }

  /** A 409: a review is recorded for that day already. */
  static ErrorResponseException sameDay() {
    return MilestoneRules.conflict("api.problem.reviewSameDay");
  }
}
