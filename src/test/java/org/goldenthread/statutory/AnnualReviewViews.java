package org.goldenthread.statutory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.goldenthread.child.AccessibleChild;
import org.goldenthread.deadline.DeadlineKind;
import org.goldenthread.deadline.DeadlineStatus;

/** An annual review for slice tests: met on 12 March 2026, the decision made, the report late. */
final class AnnualReviewViews {

  private AnnualReviewViews() {}

  static AnnualReviewView held(AccessibleChild child) {
    UUID id = UUID.randomUUID();
    return new AnnualReviewView(
        id,
        child.id(),
        LocalDate.parse("2026-03-12"),
        UUID.randomUUID(),
        List.of(
            AssessmentViews.deadline(
                child,
                id,
                DeadlineKind.REVIEW_INVITATIONS,
                "2026-02-26",
                DeadlineStatus.MET,
                "2026-02-20"),
            AssessmentViews.deadline(
                child, id, DeadlineKind.REVIEW_REPORT, "2026-03-26", DeadlineStatus.MISSED, null),
            AssessmentViews.deadline(
                child,
                id,
                DeadlineKind.REVIEW_DECISION,
                "2026-04-09",
                DeadlineStatus.MET,
                "2026-04-01"),
            AssessmentViews.deadline(
                child, id, DeadlineKind.ANNUAL_REVIEW, "2027-03-12", DeadlineStatus.PENDING, null)),
        List.of(
            new ReviewStep(
                UUID.randomUUID(),
                ReviewStepKind.INVITATIONS_SENT,
                LocalDate.parse("2026-02-20"),
                "Helen Carter",
                Instant.parse("2026-02-20T10:00:00Z")),
            new ReviewStep(
                UUID.randomUUID(),
                ReviewStepKind.DECISION,
                LocalDate.parse("2026-04-01"),
                "Priya Shah",
                Instant.parse("2026-04-01T10:00:00Z"))),
        3);
  }
}
