package org.goldenthread.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.child.TestDoor;
import org.goldenthread.identity.CurrentUser;
import org.goldenthread.identity.Role;
import org.goldenthread.plan.OutcomeStatus;
import org.goldenthread.plan.OutcomeView;
import org.goldenthread.plan.Views;

/** What the mocked {@link Reviews} of a review slice answers: an outcome, and a review of it. */
final class ReviewViews {

  static final String CHILD = "Sarah Bennett";
  static final CurrentUser SENCO = TestDoor.person("Helen Carter", Role.SENCO);
  static final CurrentUser PARENT = TestDoor.person("Claire Bennett", Role.PARENT);
  static final LocalDate HELD_ON = LocalDate.of(2026, 10, 10);
  static final LocalDate NEXT = LocalDate.of(2027, 2, 12);

  private ReviewViews() {}

  /** The one outcome of the plan, in progress, to be reached by 20 July 2027. */
  static OutcomeView outcome() {
    return Views.outcome("Joins a game at playtime", LocalDate.of(2027, 7, 20));
  }

  /**
   * The review held on 10 October 2026 of the child's plan, finding the outcome achieved and
   * carrying on, with the next review by 12 February 2027, recorded by the SENCO.
   */
  static ReviewView held(AccessibleChild child, OutcomeView outcome) {
    return held(child, outcome, NEXT);
  }

  /** The same review, with the next one due by this day. */
  static ReviewView held(AccessibleChild child, OutcomeView outcome, LocalDate nextReviewOn) {
    return new ReviewView(
        UUID.randomUUID(),
        child.id(),
        HELD_ON,
        List.of(
            new ProgressView(
                outcome.id(),
                outcome.text(),
                outcome.successCriteria(),
                outcome.targetDate(),
                OutcomeStatus.ACHIEVED,
                "Joined a game on four playtimes out of five")),
        "She talks about her friends at home",
        "I like Lego club",
        "Talking with Mrs Patel",
        ReviewDecision.CONTINUE,
        "Keep the group going",
        nextReviewOn,
        List.of(),
        SENCO.id(),
        SENCO.displayName(),
        Instant.parse("2026-10-10T15:00:00Z"),
        1);
  }
}
