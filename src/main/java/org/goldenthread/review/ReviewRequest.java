package org.goldenthread.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.goldenthread.plan.OutcomeStatus;

/** A review as the API receives it. */
record ReviewRequest(
    LocalDate heldOn,
    List<ProgressRequest> progress,
    String parentView,
    String childView,
    String childViewGatheredBy,
    ReviewDecision decision,
    String decisionNotes,
    LocalDate nextReviewOn,
    List<UUID> viewsAnswered) {

  /** Progress on one outcome: its id, a status (api.md's outcome statuses) and the evidence. */
  record ProgressRequest(UUID outcomeId, OutcomeStatus status, String evidence) {}

  ReviewInput input() {
    List<ReviewInput.Progress> entries =
        progress == null
            ? List.of()
            : progress.stream()
                .filter(Objects::nonNull)
                .map(
                    entry ->
                        new ReviewInput.Progress(
                            entry.outcomeId(), entry.status(), entry.evidence()))
                .toList();
    return new ReviewInput(
        heldOn,
        entries,
        parentView,
        childView,
        childViewGatheredBy,
        decision,
        decisionNotes,
        nextReviewOn,
        viewsAnswered == null ? List.of() : viewsAnswered);
  }
}
